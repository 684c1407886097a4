import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentMembership, currentProfile, signedInApi } from "@tend/nextjs/server";
import { Card, EmptyState } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import { formatWhen } from "~/lib/supervision";

export const metadata = { title: "Supervisees · Tend" };

export default async function SuperviseesPage() {
  const api = await signedInApi();
  const unavailable = await unlessRole("supervisor", ROLE_PAGES.supervisees);
  if (unavailable) return unavailable;
  const [current, me, supervisees] = await Promise.all([
    currentMembership(),
    currentProfile(),
    api.session.superviseeOverview(),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Supervisees</h1>
        <p className="mt-1 text-muted-foreground">
          The people you supervise in {current.organisationName}, their next sessions with you and
          the hours waiting for your signature. You never see their self-checks unless one of them
          shares a result with you.
        </p>
      </div>
      {supervisees.length === 0 ? (
        <EmptyState title="No supervisees yet">
          Nobody is recorded as your supervisee here yet.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Your supervisees">
          {supervisees.map((s) => (
            <li key={s.membershipId}>
              <Card className="h-full space-y-2">
                <h2 className="font-semibold">{s.name}</h2>
                <a
                  href={`mailto:${s.email}`}
                  className="text-sm break-all text-primary underline underline-offset-4"
                >
                  {s.email}
                </a>
                <div className="text-sm">
                  <p className="font-medium">Next sessions</p>
                  {s.upcoming.length === 0 ? (
                    <p className="text-muted-foreground">None booked in the next 30 days</p>
                  ) : (
                    <ul>
                      {s.upcoming.map((u) => (
                        <li key={u.id}>
                          <Link
                            href={`/supervision/sessions/${u.id}`}
                            className="text-primary underline underline-offset-4"
                          >
                            {formatWhen(u.startsAt, me.timeZone)}
                          </Link>
                          {u.kind === "group" ? ` · ${u.title ?? "Group"}` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <p className="text-sm">
                  <span className="font-medium">Hours to sign: </span>
                  {s.awaitingSignature === 0 ? (
                    <span className="text-muted-foreground">none</span>
                  ) : (
                    <Link
                      href="/supervision/cosign"
                      className="text-primary underline underline-offset-4"
                    >
                      {s.awaitingSignature} waiting
                    </Link>
                  )}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
