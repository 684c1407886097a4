import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, CardDescription, EmptyState, Table, Td, Th } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import {
  FORMAT_LABELS,
  formatDate,
  formatHours,
  formatMinutes,
  formatWhen,
} from "~/lib/supervision";
import { AddHourEntry, EntryActions } from "./hour-entry-form";

export const metadata = { title: "Supervision hours · Tend" };

const STATUS_LABELS = {
  pending: "Waiting for signature",
  approved: "Signed",
  returned: "Returned",
} as const;
const PERIODS = { month: "Month", quarter: "Quarter", year: "Year" } as const;

export default async function HoursPage({
  searchParams,
}: {
  searchParams: Promise<{ period?: string }>;
}) {
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.supervision);
  if (unavailable) return unavailable;
  const params = await searchParams;
  const period = params.period === "quarter" || params.period === "year" ? params.period : "month";
  const [me, log, supervisors] = await Promise.all([
    currentProfile(),
    api.hours.log({ period }),
    api.supervision.listMySupervisors(),
  ]);
  const rule = log.boardRule;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Supervision hours</h1>
        <p className="mt-1 text-muted-foreground">
          Attended sessions are added for you; add supervision outside Tend by hand. Your supervisor
          signs each entry, and signed entries are locked.
        </p>
      </div>
      <Card className="space-y-4" aria-labelledby="totals-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="totals-title" className="text-lg font-semibold tracking-tight">
              Signed hours
            </h2>
            <CardDescription>
              {rule.name ? `Counted as ${rule.name} counts them.` : "Every signed minute counts."}
            </CardDescription>
          </div>
          <div className="flex flex-wrap gap-3 text-sm">
            <a href="/supervision/hours/export.csv" className="text-primary underline" download>
              Export signed log (CSV)
            </a>
            <Link href="/supervision/hours/verification" className="text-primary underline">
              Printable verification
            </Link>
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Individual", formatHours(log.total.individualMinutes)],
            ["Group", formatHours(log.total.groupMinutes)],
            ["Counted", formatHours(log.total.countedMinutes)],
            ["Not yet signed", formatHours(log.pendingMinutes)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md bg-muted p-3">
              <dt className="text-sm text-muted-foreground">{label}</dt>
              <dd className="text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        {log.total.adjustments.length > 0 ? (
          <ul className="list-disc pl-5 text-sm text-muted-foreground">
            {log.total.adjustments.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : null}
        <nav aria-label="Period" className="flex gap-2 text-sm">
          {(Object.keys(PERIODS) as (keyof typeof PERIODS)[]).map((p) => (
            <Link
              key={p}
              href={`/supervision/hours?period=${p}`}
              aria-current={p === period ? "page" : undefined}
              className={p === period ? "font-semibold" : "text-primary underline"}
            >
              {PERIODS[p]}
            </Link>
          ))}
        </nav>
        {log.byPeriod.length === 0 ? (
          <EmptyState title="No signed hours yet">
            They appear here once your supervisor signs them.
          </EmptyState>
        ) : (
          <Table stack>
            <caption className="sr-only">Signed hours per {period}</caption>
            <thead>
              <tr>
                <Th>{PERIODS[period]}</Th>
                <Th>Individual</Th>
                <Th>Group</Th>
                <Th>Counted</Th>
              </tr>
            </thead>
            <tbody>
              {log.byPeriod.map((p) => (
                <tr key={p.period}>
                  <Td className="font-medium">{p.period}</Td>
                  <Td label="Individual">{formatHours(p.summary.individualMinutes)}</Td>
                  <Td label="Group">{formatHours(p.summary.groupMinutes)}</Td>
                  <Td label="Counted">{formatHours(p.summary.countedMinutes)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card className="space-y-4" aria-labelledby="entries-title">
        <h2 id="entries-title" className="text-lg font-semibold tracking-tight">
          Entries
        </h2>
        {log.entries.length === 0 ? (
          <EmptyState title="No entries yet">
            Entries appear after your supervisor records attendance, or when you add one.
          </EmptyState>
        ) : (
          <ul className="space-y-2">
            {log.entries.map((e) => (
              <li key={e.id} className="rounded-md border border-border px-4 py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="flex-1">
                    <span className="font-medium">{formatDate(e.date)}</span> ·{" "}
                    {e.kind === "individual" ? "Individual" : "Group"} · {formatMinutes(e.minutes)}{" "}
                    · {FORMAT_LABELS[e.format]} · {e.supervisorName}
                    {e.topic ? (
                      <span className="block text-sm text-muted-foreground">{e.topic}</span>
                    ) : null}
                  </span>
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge>{STATUS_LABELS[e.status]}</Badge>
                    {e.status !== "approved" && !e.fromSession ? (
                      <EntryActions
                        entry={{
                          id: e.id,
                          supervisorMembershipId: e.supervisorMembershipId,
                          kind: e.kind,
                          date: e.date,
                          minutes: e.minutes,
                          format: e.format,
                          topic: e.topic,
                        }}
                        supervisors={supervisors.map((s) => ({
                          membershipId: s.membershipId,
                          name: s.name,
                        }))}
                      />
                    ) : null}
                  </span>
                </div>
                {e.status === "approved" && e.signedAt ? (
                  <p className="mt-1 text-sm text-muted-foreground">
                    Signed by {e.supervisorName} on {formatWhen(e.signedAt, me.timeZone)}; locked.
                  </p>
                ) : null}
                {e.status === "returned" && e.returnComment ? (
                  <p className="mt-1 text-sm">
                    <span className="font-medium">Returned: </span>
                    {e.returnComment}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <AddHourEntry
        supervisors={supervisors.map((s) => ({ membershipId: s.membershipId, name: s.name }))}
      />
    </div>
  );
}
