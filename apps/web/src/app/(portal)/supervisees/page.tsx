import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentMembership, currentProfile, signedInApi } from "@tend/nextjs/server";
import { EmptyState, Table, Td, Th } from "@tend/ui";

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
        <Table>
          <caption className="sr-only">Your supervisees</caption>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Next sessions</Th>
              <Th>Hours to sign</Th>
            </tr>
          </thead>
          <tbody>
            {supervisees.map((s) => (
              <tr key={s.membershipId}>
                <Td className="font-medium">{s.name}</Td>
                <Td>
                  <a
                    href={`mailto:${s.email}`}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    {s.email}
                  </a>
                </Td>
                <Td>
                  {s.upcoming.length === 0 ? (
                    <span className="text-muted-foreground">None booked</span>
                  ) : (
                    <ul>
                      {s.upcoming.map((u) => (
                        <li key={u.id}>
                          <Link
                            href={`/supervision/sessions/${u.id}`}
                            className="text-primary underline-offset-4 hover:underline"
                          >
                            {formatWhen(u.startsAt, me.timeZone)}
                          </Link>
                          {u.kind === "group" ? ` · ${u.title ?? "Group"}` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </Td>
                <Td>
                  {s.awaitingSignature === 0 ? (
                    <span className="text-muted-foreground">None</span>
                  ) : (
                    <Link
                      href="/supervision/cosign"
                      className="text-primary underline-offset-4 hover:underline"
                    >
                      {s.awaitingSignature} to sign
                    </Link>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
