import Link from "next/link";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, EmptyState } from "@tend/ui";

import { formatDate, formatDateTime } from "~/lib/dates";
import { StopSharingButton } from "./stop-sharing-button";

export const metadata = { title: "Your shares · Tend" };

const ENDED_WHY = {
  stopped: "You stopped sharing",
  ended: "Ended when the supervision or your membership ended",
} as const;

/**
 * Everything the person has shared with a supervisor: who sees which result since when, a way
 * to stop each share, the shares that have ended, and the trail of their own decisions.
 */
export default async function SharesPage() {
  const api = await signedInApi();
  const [{ active, past, events }, me] = await Promise.all([
    api.share.listMine(),
    currentProfile(),
  ]);
  const tz = me.timeZone;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your shares</h1>
        <p className="mt-1 max-w-prose text-muted-foreground">
          Your self-check results are private. Here is every result you have chosen to show a
          supervisor. You can stop sharing any of them at any time; their access ends at once.
        </p>
      </div>

      <section aria-labelledby="active-title" className="space-y-3">
        <h2 id="active-title" className="text-lg font-semibold">
          Shared now
        </h2>
        {active.length === 0 ? (
          <EmptyState title="You are not sharing any result">
            Nobody but you can see your self-checks. To share one, open it from{" "}
            <Link href="/checks" className="text-primary underline">
              your self-checks
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {active.map((s) => (
              <li key={s.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0 space-y-1">
                    <p>
                      <strong>{s.supervisorName}</strong> sees your{" "}
                      <Link
                        href={`/checks/results/${s.responseId}`}
                        className="text-primary underline underline-offset-4"
                      >
                        {s.instrumentName} of {formatDate(s.completedAt, tz)}
                      </Link>
                    </p>
                    <p className="text-sm text-muted-foreground">
                      Since {formatDateTime(s.sharedAt, tz)} · {s.organisationName}
                    </p>
                    {s.note ? (
                      <p className="text-sm text-muted-foreground">Your note: “{s.note}”</p>
                    ) : null}
                  </div>
                  <StopSharingButton
                    shareId={s.id}
                    supervisorName={s.supervisorName}
                    what={`your ${s.instrumentName} of ${formatDate(s.completedAt, tz)}`}
                  />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      {past.length > 0 ? (
        <section aria-labelledby="past-title" className="space-y-3">
          <h2 id="past-title" className="text-lg font-semibold">
            No longer shared
          </h2>
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {past.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
                <span className="min-w-0 flex-1">
                  {s.instrumentName} of {formatDate(s.completedAt, tz)} with {s.supervisorName}
                </span>
                <Badge>
                  {ENDED_WHY[s.status === "stopped" ? "stopped" : "ended"]}
                  {s.revokedAt ? ` on ${formatDate(s.revokedAt, tz)}` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {events.length > 0 ? (
        <section aria-labelledby="trail-title" className="space-y-3">
          <h2 id="trail-title" className="text-lg font-semibold">
            Your sharing history
          </h2>
          <p className="text-sm text-muted-foreground">
            Each time you shared or stopped sharing, as recorded in Tend&apos;s audit log.
          </p>
          <ol className="space-y-1 text-sm">
            {events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.at.toISOString()} className="text-muted-foreground tabular-nums">
                  {formatDateTime(e.at, tz)}
                </time>{" "}
                — {e.action === "shared" ? "You shared" : "You stopped sharing"} your{" "}
                {e.instrumentName ?? "result"} with {e.supervisorName}
                {e.organisationName ? ` (${e.organisationName})` : ""}.
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
