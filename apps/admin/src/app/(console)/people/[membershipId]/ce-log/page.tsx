import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import type { RouterOutputs } from "@tend/api";
import {
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  dayText,
  hoursText,
  licenceName,
  PROGRESS_STATUS_LABELS,
} from "@tend/development";
import { adminApi } from "@tend/nextjs/server";
import { Badge, buttonVariants, Card, EmptyState } from "@tend/ui";

export const metadata: Metadata = { title: "CE log · People · Tend admin" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

type Log = RouterOutputs["development"]["memberLog"];
type Licence = Log["licences"][number];

function LicenceSummary({ licence }: { licence: Licence }) {
  const { progress } = licence;
  return (
    <Card className="space-y-2" aria-label={licenceName(licence)}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="ui-card-title">{licenceName(licence)}</h3>
        {progress ? <Badge>{PROGRESS_STATUS_LABELS[progress.status]}</Badge> : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {licence.status === "pursuing" ? "Working toward it" : "Held"}
        {licence.number ? ` · No. ${licence.number}` : ""}
        {licence.cycleStart && licence.cycleEnd
          ? ` · cycle ${dayText(licence.cycleStart)} – ${dayText(licence.cycleEnd)}`
          : ""}
      </p>
      {progress ? (
        <>
          <p className="text-sm">
            {hoursText(progress.counted)} of {hoursText(progress.required)}
            {progress.missing > 0 ? ` · ${hoursText(progress.missing)} to go` : ""} ·{" "}
            {progress.daysLeft > 1
              ? `${progress.daysLeft} days left`
              : progress.daysLeft === 1
                ? "1 day left"
                : progress.daysLeft === 0
                  ? "ends today"
                  : "cycle ended"}
          </p>
          {progress.categories.some((c) => c.missing > 0) ? (
            <p className="text-sm text-muted-foreground">
              Still needed:{" "}
              {progress.categories
                .filter((c) => c.missing > 0)
                .map((c) => `${hoursText(c.missing)} of ${CE_CATEGORY_LABELS[c.category]}`)
                .join(", ")}
            </p>
          ) : null}
        </>
      ) : licence.status === "active" ? (
        <p className="text-sm text-muted-foreground">No renewal cycle or requirements chosen.</p>
      ) : null}
      {licence.template ? (
        <p className="text-sm text-muted-foreground">
          Requirements: {licence.template.name}
          {licence.template.example ? " (an example)" : ""}
        </p>
      ) : null}
    </Card>
  );
}

export default async function MemberCeLogPage({
  params,
}: {
  params: Promise<{ membershipId: string }>;
}) {
  const { membershipId } = await params;
  if (!UUID.test(membershipId)) notFound();
  const { api } = await adminApi();
  let log: Log;
  try {
    log = await api.development.memberLog({ membershipId });
  } catch (error) {
    // Not a member of this organisation: not found. Anything else is the error page's.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  const names = new Map(log.licences.map((l) => [l.id, licenceName(l)]));
  const base = `/people/${membershipId}/ce-log`;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={`/people/${membershipId}`}
          className="text-primary underline-offset-4 hover:underline"
        >
          ← {log.person.name}
        </Link>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight break-words">
            CE log of {log.person.name}
          </h1>
          <p className="mt-1 text-muted-foreground">
            Their licences and continuing education, for licence compliance. Viewing, downloading a
            certificate and exporting are recorded in the audit log. Their self-checks, plan and
            goals are never shown here.
          </p>
        </div>
        <a href={`${base}/export.csv`} className={buttonVariants({ variant: "outline" })}>
          Export CSV for an audit
        </a>
      </div>

      <section aria-labelledby="licences-title" className="space-y-3">
        <h2 id="licences-title" className="text-xl font-semibold tracking-tight">
          Licences
        </h2>
        {log.licences.length === 0 ? (
          <EmptyState title="No licences recorded">
            They have not added a licence in the portal yet.
          </EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {log.licences.map((l) => (
              <LicenceSummary key={l.id} licence={l} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="entries-title" className="space-y-3">
        <h2 id="entries-title" className="text-xl font-semibold tracking-tight">
          Entries
        </h2>
        {log.entries.length === 0 ? (
          <EmptyState title="Nothing logged yet" />
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {log.entries.map((e) => (
              <li key={e.id} className="space-y-1 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                  <p className="font-medium break-words">{e.title}</p>
                  <span className="text-sm whitespace-nowrap tabular-nums">
                    {hoursText(e.minutes)}
                  </span>
                </div>
                <p className="text-sm text-muted-foreground">
                  {dayText(e.date)} · {CE_FORMAT_LABELS[e.format]}
                  {e.provider ? ` · ${e.provider}` : ""}
                  {e.fromWorkshop ? " · from the catalog" : ""}
                </p>
                {e.categories.length > 0 ? (
                  <p className="text-sm text-muted-foreground">
                    {e.categories.map((c) => CE_CATEGORY_LABELS[c]).join(", ")}
                  </p>
                ) : null}
                <p className="text-sm">
                  {e.licenceIds.length > 0
                    ? `Counts toward ${e.licenceIds.map((id) => names.get(id) ?? "a licence").join(" and ")}`
                    : "Counts toward no licence"}
                  {" · "}
                  {e.hasCertificate ? (
                    <a
                      href={`${base}/certificates/${e.id}`}
                      className="text-primary underline underline-offset-4"
                    >
                      Certificate<span className="sr-only"> of {e.title}</span>
                    </a>
                  ) : (
                    "no certificate"
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
