import { TRPCError } from "@trpc/server";
import Link from "next/link";

import { adminApi } from "@tend/nextjs/server";
import { Card, CardDescription, CardTitle, cn } from "@tend/ui";
import { PrintButton } from "@tend/ui/print-button";

import {
  BandLegend,
  CountsTable,
  GlanceTable,
  LatestTable,
  totalName,
  TrendChart,
  TrendTable,
} from "./report-parts";
import { TeamFilter } from "./team-filter";

export const metadata = { title: "Team wellbeing · Tend admin" };

const GRANULARITIES = [
  { id: "month", label: "Months", periods: 6 },
  { id: "quarter", label: "Quarters", periods: 4 },
] as const;

/** What each measure is, in a sentence an administrator can act on. */
const ABOUT: Record<string, string> = {
  participation:
    "The share of clinicians who completed at least one check in the period. A low figure makes the other figures less certain.",
  compassion_satisfaction:
    "ProQOL 5: the pleasure of doing the work well. Higher is better (10 to 50).",
  burnout:
    "ProQOL 5: exhaustion, frustration and feeling that one's efforts make no difference. Lower is better (10 to 50).",
  secondary_traumatic_stress:
    "ProQOL 5: stress carried from clients' traumatic experiences. Lower is better (10 to 50).",
  pulse: "The one-minute weekly pulse, averaged over each person's latest pulse in the period.",
  supervised:
    "The share of clinicians who had supervision in the 30 days before the period's end (today, for this one): a session they attended, or hours they logged.",
  supervision_hours:
    "Supervision hours logged per clinician a month (returned entries left out). The current period counts the part of it that has passed.",
  in_peer_group:
    "The share of clinicians with a place in a peer support group at the period's end (today, for this one). Who is in which group is never shown.",
  cosigned:
    "Of the hour entries logged in the period, the share a supervisor cosigned within 14 days. Entries still inside their 14 days are not counted yet; the figure stands for the clinicians who logged them.",
  ce_complete:
    "Of the clinicians with a licence to renew (one they hold, with requirements chosen and a renewal cycle begun by the period's last day, or today for this one; a cycle that ended without renewal counts as it stands), the share whose CE requirements for the cycle are met.",
  ce_on_track:
    "Of the same clinicians, the share not yet complete but keeping pace with their cycle, with more than 90 days of it left. Someone with several licences counts by the one that needs most attention.",
  ce_at_risk:
    "Of the same clinicians, the share behind the pace their cycle needs, or within 90 days of its end with something still missing. Lower is better.",
};

/** The CE compliance factors, shown in a section of their own. */
const CE_COMPLIANCE = new Set(["ce_complete", "ce_on_track", "ce_at_risk"]);

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<{ by?: string | string[]; team?: string | string[] }>;
}) {
  const params = await searchParams;
  const granularity = GRANULARITIES.find((g) => g.id === params.by) ?? GRANULARITIES[0];
  const teams = (Array.isArray(params.team) ? params.team : params.team ? [params.team] : [])
    .filter((t) => t.length > 0 && t.length <= 64)
    .slice(0, 500);
  const { api } = await adminApi();
  const ask = (chosen: string[]) =>
    api.report.wellbeing({
      granularity: granularity.id,
      periods: granularity.periods,
      ...(chosen.length > 0 ? { teams: chosen } : {}),
    });
  // A link from before a team was archived names a team the report no longer has: show everyone.
  const { report, stale } = await ask(teams).then(
    (found) => ({ report: found, stale: false }),
    async (error: unknown) => {
      if (teams.length === 0 || !(error instanceof TRPCError) || error.code !== "BAD_REQUEST")
        throw error;
      return { report: await ask([]), stale: true };
    },
  );
  const wellbeing = [report.participation, ...report.measures];
  const sections = [
    {
      id: "wellbeing",
      title: "Wellbeing",
      intro:
        "How clinicians answered the self-checks: participation first, then each ProQOL scale and the weekly pulse.",
      measures: wellbeing,
    },
    {
      id: "protective-factors",
      title: "Protective factors",
      intro:
        "What the clinic controls that protects against compassion fatigue: regular supervision, enough of it, hours signed off without delay, and peer support groups. Each figure follows the same rules as the wellbeing figures.",
      measures: report.factors.filter((f) => !CE_COMPLIANCE.has(f.id)),
    },
    {
      id: "ce-compliance",
      title: "CE compliance",
      intro:
        "Where clinicians stand with the continuing education their licences need, as each of them sees it on their own Development page: complete, on track or at risk. Only clinicians with a licence to renew are counted, and each figure follows the same rules as the others.",
      measures: report.factors.filter((f) => CE_COMPLIANCE.has(f.id)),
    },
  ];
  const latest = report.periods.at(-1);
  const selected = new Set(stale ? [] : teams);
  const query = (change: { by?: string }) => {
    const q = new URLSearchParams();
    const by = change.by ?? granularity.id;
    if (by !== "month") q.set("by", by);
    if (report.selection) for (const key of selected) q.append("team", key);
    return q.toString();
  };
  const href = (path: string, change: { by?: string } = {}) => {
    const text = query(change);
    return text ? `${path}?${text}` : path;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold tracking-tight">Team wellbeing</h1>
          <p className="mt-1 text-muted-foreground">
            How {report.organisationName}&apos;s clinicians are doing, and how well the clinic
            supports them, in aggregate only. A figure is shown only when at least {report.k} people
            stand behind it; nobody&apos;s own answers are ever shown here, and each time this
            report is opened it is recorded in the audit log.
          </p>
          <p className="mt-1 text-sm text-muted-foreground">
            Figures as of{" "}
            <time dateTime={report.asOf}>
              {new Intl.DateTimeFormat("en-GB", {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: report.timeZone,
              }).format(new Date(report.asOf))}
            </time>
            . They are worked out again within the hour, and at once when people or teams change.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <nav aria-label="Period length" className="flex rounded-md border border-border p-0.5">
            {GRANULARITIES.map((g) => (
              <Link
                key={g.id}
                href={href("/reports", { by: g.id })}
                aria-current={g.id === granularity.id ? "page" : undefined}
                className={cn(
                  "rounded px-3 py-1.5 text-sm font-medium",
                  g.id === granularity.id
                    ? "bg-primary text-primary-foreground"
                    : "text-muted-foreground hover:text-foreground",
                )}
              >
                {g.label}
              </Link>
            ))}
          </nav>
          <a
            href={href("/reports/export.csv")}
            download
            className="text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Download CSV
          </a>
          <PrintButton />
        </div>
      </div>

      <TeamFilter
        choices={report.choices}
        selected={report.selection ? [...selected] : []}
        selectionNames={report.selection}
        by={granularity.id}
        stale={stale}
      />

      <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-border bg-card p-4 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">&lt; k</dt>
        <dd className="text-muted-foreground">
          Fewer than {report.k} people answered (for a protective factor: are counted), so the
          figure is hidden.
        </dd>
        <dt className="font-medium">hidden</dt>
        <dd className="text-muted-foreground">
          Hidden as well, so that a hidden figure cannot be worked out from the total.
        </dd>
        <dt className="font-medium">n/a</dt>
        <dd className="text-muted-foreground">
          Not available for this choice of teams: it would give figures of fewer than {report.k}{" "}
          people away.
        </dd>
        <dt className="font-medium">–</dt>
        <dd className="text-muted-foreground">Nobody in this group yet.</dd>
      </dl>

      {latest ? (
        <Card aria-labelledby="glance-title" className="space-y-3 print:break-inside-avoid">
          <div>
            <CardTitle id="glance-title">At a glance: {latest.label}</CardTitle>
            <CardDescription>
              Each team&apos;s wellbeing beside the protective factors, for the latest{" "}
              {granularity.id}. Percentages are shares of people; ProQOL and pulse figures are
              means; supervision hours are per clinician a month.
            </CardDescription>
          </div>
          <GlanceTable
            report={report}
            groups={sections.map((section) => ({
              title: section.title,
              measures: section.measures,
            }))}
          />
        </Card>
      ) : null}

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-4">
          <div className="max-w-3xl">
            <h2 id={section.id} className="text-xl font-semibold tracking-tight">
              {section.title}
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">{section.intro}</p>
          </div>
          {section.measures.map((measure) => {
            const headingId = `measure-${measure.id}`;
            return (
              <Card
                key={measure.id}
                aria-labelledby={headingId}
                className="space-y-4 print:break-inside-avoid"
              >
                <div>
                  <h3 id={headingId} className="ui-card-title">
                    {measure.label}
                  </h3>
                  <CardDescription>{ABOUT[measure.id]}</CardDescription>
                </div>
                <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
                  <div>
                    <h4 className="text-sm font-medium">
                      {totalName(report)}, by {granularity.id}
                    </h4>
                    <TrendChart measure={measure} report={report} />
                  </div>
                  <div>
                    <h4 className="mb-2 text-sm font-medium">Latest {granularity.id}, by team</h4>
                    <LatestTable measure={measure} report={report} />
                    <BandLegend measure={measure} report={report} />
                  </div>
                </div>
                <details className="print:hidden">
                  <summary className="cursor-pointer text-sm font-medium text-primary">
                    Every {granularity.id} by team
                  </summary>
                  <div className="mt-3">
                    <TrendTable measure={measure} report={report} />
                  </div>
                </details>
                {/* Printed, every period is shown: a closed <details> would print nothing. */}
                <div className="hidden print:block">
                  <h4 className="mb-2 text-sm font-medium">Every {granularity.id} by team</h4>
                  <TrendTable measure={measure} report={report} />
                </div>
              </Card>
            );
          })}
          {section.id === "protective-factors" && report.counts.length > 0 ? (
            <Card
              aria-labelledby="measure-peer-groups"
              className="space-y-4 print:break-inside-avoid"
            >
              <div>
                <h3 id="measure-peer-groups" className="ui-card-title">
                  Peer group engagement
                </h3>
                <CardDescription>
                  Across the whole organisation, whatever teams are chosen: the peer support groups
                  that met or posted in each {granularity.id}, and the meetings that took place
                  (cancelled ones left out). Shown when at least {report.k} clinicians were in a
                  peer group at the {granularity.id}&apos;s end; which group met is never shown.
                </CardDescription>
              </div>
              <div className="max-w-xl">
                <CountsTable report={report} />
              </div>
            </Card>
          ) : null}
        </section>
      ))}
    </div>
  );
}
