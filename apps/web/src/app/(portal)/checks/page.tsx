import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, CardDescription } from "@tend/ui";

import { formatDate } from "~/lib/dates";
import { ROLE_PAGES } from "~/lib/role-pages";
import { CadenceForm } from "./cadence-form";

export const metadata = { title: "Self-checks · Tend" };

export default async function ChecksPage() {
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.checks);
  if (unavailable) return unavailable;
  const [instruments, me] = await Promise.all([api.selfCheck.listInstruments(), currentProfile()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Self-checks</h1>
        <p className="mt-1 text-muted-foreground">
          Private check-ins that help you notice compassion fatigue early. Only you see your answers
          and results — not your supervisor, not your administrator — unless you choose to share one
          result.{" "}
          <Link href="/shares" className="text-primary underline underline-offset-4">
            See what you share
          </Link>
          .
        </p>
      </div>
      <ul className="grid gap-6 md:grid-cols-2">
        {instruments.map((i) => (
          <li key={i.id}>
            <Card className="flex h-full flex-col gap-3" aria-labelledby={`check-${i.id}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 id={`check-${i.id}`} className="text-lg font-semibold tracking-tight">
                  {i.shortName}
                </h2>
                {i.cadence.paused ? (
                  <Badge>Reminders off</Badge>
                ) : i.due ? (
                  <Badge className="border-amber-700/30 bg-amber-50 text-amber-900">Due</Badge>
                ) : null}
              </div>
              <CardDescription className="mt-0">{i.description}</CardDescription>
              <p className="text-sm text-muted-foreground">
                {i.itemCount} questions · about {i.estimatedMinutes}{" "}
                {i.estimatedMinutes === 1 ? "minute" : "minutes"}
                {i.validated ? "" : " · not a validated instrument"}
              </p>
              <p className="text-sm">
                {i.lastCompletedAt ? (
                  <>
                    Last taken{" "}
                    <Link
                      href={`/checks/${i.id}/results`}
                      className="text-primary underline underline-offset-4"
                    >
                      {formatDate(i.lastCompletedAt, me.timeZone)}
                    </Link>
                    .
                  </>
                ) : (
                  "Not taken yet."
                )}{" "}
                {!i.cadence.paused && i.nextDueAt && !i.due
                  ? `Next due ${formatDate(i.nextDueAt, me.timeZone)}.`
                  : ""}
              </p>
              <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
                <Link
                  href={`/checks/${i.id}`}
                  className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
                >
                  Take the {i.shortName}
                </Link>
                {i.lastCompletedAt ? (
                  <>
                    <Link
                      href={`/checks/${i.id}/results`}
                      className="text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      Past results<span className="sr-only"> for {i.shortName}</span>
                    </Link>
                    <Link
                      href={`/checks/${i.id}/history`}
                      className="text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      Your history<span className="sr-only"> of {i.shortName}</span>
                    </Link>
                  </>
                ) : null}
              </div>
              <CadenceForm
                instrumentId={i.id}
                name={i.shortName}
                everyDays={i.cadence.everyDays}
                paused={i.cadence.paused}
              />
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
