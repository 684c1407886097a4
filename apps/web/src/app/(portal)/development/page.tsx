import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { CE_CATEGORY_LABELS, CE_FORMAT_LABELS, PROGRESS_STATUS_LABELS } from "@tend/development";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";
import { Badge, buttonVariants, Card, cn, EmptyState } from "@tend/ui";

import { dayText, hoursText, licenceName, PROGRESS_STATUS_TONE } from "~/lib/development";
import { ROLE_PAGES } from "~/lib/role-pages";
import { Goals } from "./goals";

export const metadata = { title: "Professional development · Tend" };

type Licence = RouterOutputs["development"]["licences"][number];
type Progress = NonNullable<Licence["progress"]>;

/** "397 days left", "Ends today", "Ended 12 days ago". */
function daysLeftText(days: number): string {
  if (days > 1) return `${days} days left`;
  if (days === 1) return "1 day left";
  if (days === 0) return "Ends today";
  return `Ended ${-days} ${days === -1 ? "day" : "days"} ago`;
}

function Bar({ counted, required, label }: { counted: number; required: number; label: string }) {
  const share = required > 0 ? Math.min(1, counted / required) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.round(required / 60)}
      aria-valuenow={Math.round(Math.min(counted, required) / 60)}
      aria-valuetext={`${hoursText(counted)} of ${hoursText(required)}`}
      className="h-2 w-full overflow-hidden rounded-full bg-muted"
    >
      <div className="h-full rounded-full bg-primary" style={{ width: `${share * 100}%` }} />
    </div>
  );
}

function LicenceProgress({ licence, progress }: { licence: Licence; progress: Progress }) {
  const name = licenceName(licence);
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted-foreground">
        Renewal cycle {dayText(progress.cycle.start)} – {dayText(progress.cycle.end)} ·{" "}
        {daysLeftText(progress.daysLeft)}
      </p>
      <div className="space-y-1">
        <p className="text-sm">
          <span className="font-medium">{hoursText(progress.counted)}</span> of{" "}
          {hoursText(progress.required)}
          {progress.carriedIn > 0 ? ` (${hoursText(progress.carriedIn)} carried over)` : ""}
          {progress.missing > 0 ? ` · ${hoursText(progress.missing)} to go` : ""}
        </p>
        <Bar counted={progress.counted} required={progress.required} label={`${name}: hours`} />
      </div>
      {progress.categories.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {progress.categories.map((c) => (
            <li key={c.category} className="flex flex-wrap justify-between gap-x-4">
              <span>{CE_CATEGORY_LABELS[c.category]}</span>
              <span className={c.missing > 0 ? "font-medium" : "text-muted-foreground"}>
                {hoursText(c.counted)} of {hoursText(c.required)}
                {c.missing > 0 ? ` · ${hoursText(c.missing)} to go` : " · done"}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {progress.caps
        .filter((cap) => cap.logged > 0)
        .map((cap) => (
          <p key={cap.formats.join()} className="text-sm text-muted-foreground">
            {cap.formats.map((f) => CE_FORMAT_LABELS[f]).join(" and ")}: at most{" "}
            {hoursText(cap.maxMinutes)} count.
            {cap.excess > 0
              ? ` You logged ${hoursText(cap.logged)}, so ${hoursText(cap.excess)} do not count.`
              : ` You logged ${hoursText(cap.logged)}.`}
          </p>
        ))}
    </div>
  );
}

/** The road to a licence worked toward: approved supervision hours, the pace and the date. */
function Licensure({
  name,
  licensure,
}: {
  name: string;
  licensure: NonNullable<Licence["licensure"]>;
}) {
  const { doneMinutes, requiredMinutes, remainingMinutes, minutesPerWeek, projectedDate } =
    licensure;
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <span className="font-medium">{hoursText(doneMinutes)}</span> of{" "}
        {hoursText(requiredMinutes)} of supervision, approved by your supervisor
        {remainingMinutes > 0 ? ` · ${hoursText(remainingMinutes)} to go` : ""}
      </p>
      <Bar counted={doneMinutes} required={requiredMinutes} label={`${name}: supervised hours`} />
      <p className="text-sm text-muted-foreground">
        {remainingMinutes === 0
          ? "You have the supervised hours this licence requires."
          : projectedDate
            ? `At your recent pace of ${hoursText(Math.round(minutesPerWeek / 6) * 6)} a week, you reach them around ${dayText(projectedDate)}.`
            : "Log supervision hours to see when you would reach them."}{" "}
        <Link
          href="/supervision/hours"
          className="font-medium text-primary underline underline-offset-4"
        >
          Your hour log
        </Link>
      </p>
    </div>
  );
}

function LicenceCard({ licence }: { licence: Licence }) {
  const name = licenceName(licence);
  const headingId = `licence-${licence.id}`;
  const { progress } = licence;
  return (
    <Card aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="ui-card-title">
            {name}
          </h3>
          <p className="text-sm text-muted-foreground">
            {licence.status === "pursuing" ? "Working toward it" : "Held"}
            {licence.number ? ` · No. ${licence.number}` : ""}
            {licence.issuedOn ? ` · issued ${dayText(licence.issuedOn)}` : ""}
          </p>
        </div>
        {progress ? (
          <Badge className={PROGRESS_STATUS_TONE[progress.status]}>
            {PROGRESS_STATUS_LABELS[progress.status]}
          </Badge>
        ) : null}
      </div>
      {licence.licensure ? <Licensure name={name} licensure={licence.licensure} /> : null}
      {progress ? (
        <LicenceProgress licence={licence} progress={progress} />
      ) : licence.status === "active" ? (
        <p className="text-sm text-muted-foreground">
          Add the renewal cycle&apos;s dates and choose its requirements to follow your progress.
        </p>
      ) : null}
      {licence.template ? (
        <p className="text-sm text-muted-foreground">
          Requirements: {licence.template.name}
          {licence.template.example
            ? " — an example, not legal advice: check your board's rules."
            : ""}
        </p>
      ) : null}
      {licence.laterCycles.length > 0 ? (
        <p className="text-sm text-muted-foreground">
          {licence.status === "pursuing"
            ? "Once you hold it (as projected), its renewal cycles: "
            : "Next cycles: "}
          {licence.laterCycles.map((c) => `${dayText(c.start)} – ${dayText(c.end)}`).join("; ")}
        </p>
      ) : null}
      <Link
        href={`/development/licences/${licence.id}`}
        className="text-sm font-medium text-primary underline-offset-4 hover:underline"
      >
        Edit licence<span className="sr-only">: {name}</span>
      </Link>
    </Card>
  );
}

export default async function DevelopmentPage() {
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const [licences, entries, goals] = await Promise.all([
    api.development.licences(),
    api.development.entries(),
    api.development.goals(),
  ]);
  const names = new Map(licences.map((l) => [l.id, licenceName(l)]));

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight">Professional development</h1>
          <p className="mt-1 text-muted-foreground">
            Your licences, the continuing education (CE) each renewal needs, and your CE log.
            Growing in the work protects against compassion fatigue too. Your organisation&apos;s
            administrators can see your CE log, for licence compliance; your self-checks and plan
            stay yours.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/development/log/new" className={buttonVariants()}>
            Log CE
          </Link>
          <Link href="/development/licences/new" className={buttonVariants({ variant: "outline" })}>
            Add a licence
          </Link>
          <Link href="/development/catalog" className={buttonVariants({ variant: "outline" })}>
            Workshop catalog
          </Link>
        </div>
      </div>

      <section aria-labelledby="licences-title" className="space-y-4">
        <h2 id="licences-title" className="text-xl font-semibold tracking-tight">
          Licences
        </h2>
        {licences.length === 0 ? (
          <EmptyState title="No licences yet">
            Add the licences you hold or are working toward, with their renewal cycle, to see how
            much CE each still needs.
          </EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {licences.map((licence) => (
              <LicenceCard key={licence.id} licence={licence} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="goals-title" className="space-y-4">
        <div className="max-w-2xl">
          <h2 id="goals-title" className="text-xl font-semibold tracking-tight">
            Goals
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">
            What you want to learn or reach next. They appear in your prevention plan too, under
            professional development.
          </p>
        </div>
        <Goals goals={goals} />
      </section>

      <section aria-labelledby="log-title" className="space-y-4">
        <h2 id="log-title" className="text-xl font-semibold tracking-tight">
          CE log
        </h2>
        {entries.length === 0 ? (
          <EmptyState title="Nothing logged yet">
            Log each course, workshop or reading with its hours and subjects; link it to the
            licences it counts toward.
          </EmptyState>
        ) : (
          <Card className="p-0">
            <ul className="divide-y divide-border">
              {entries.map((entry) => (
                <li key={entry.id} className="space-y-1 px-5 py-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                    <Link
                      href={`/development/log/${entry.id}`}
                      className="font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {entry.title}
                    </Link>
                    <span className="text-sm whitespace-nowrap tabular-nums">
                      {hoursText(entry.minutes)}
                    </span>
                  </div>
                  <p className="text-sm text-muted-foreground">
                    {dayText(entry.date)} · {CE_FORMAT_LABELS[entry.format]}
                    {entry.provider ? ` · ${entry.provider}` : ""}
                    {" · "}
                    {entry.hasCertificate ? (
                      <a
                        href={`/development/log/${entry.id}/certificate`}
                        className="text-primary underline underline-offset-4"
                      >
                        Certificate<span className="sr-only"> of {entry.title}</span>
                      </a>
                    ) : (
                      "No certificate"
                    )}
                  </p>
                  {entry.categories.length > 0 ? (
                    <p className="text-sm text-muted-foreground">
                      {entry.categories.map((c) => CE_CATEGORY_LABELS[c]).join(", ")}
                    </p>
                  ) : null}
                  <p
                    className={cn(
                      "text-sm",
                      entry.licenceIds.length === 0 && "text-muted-foreground",
                    )}
                  >
                    {entry.licenceIds.length === 0
                      ? "Counts toward no licence yet"
                      : `Counts toward ${entry.licenceIds.map((id) => names.get(id) ?? "a licence").join(" and ")}`}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>
    </div>
  );
}
