import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { EmptyState, Table, Td, Th } from "@tend/ui";

import { formatDate } from "~/lib/dates";
import { ROLE_PAGES } from "~/lib/role-pages";

export const metadata = { title: "Shared with you · Tend" };

export default async function SharedWithMePage() {
  const api = await signedInApi();
  const unavailable = await unlessRole("supervisor", ROLE_PAGES.shared);
  if (unavailable) return unavailable;
  const [shares, me] = await Promise.all([api.share.listSharedWithMe(), currentProfile()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Shared with you</h1>
        <p className="mt-1 text-muted-foreground">
          Results your supervisees chose to share with you. Each person decides, one result at a
          time, and can stop sharing whenever they wish. Use them to support, never to evaluate.
        </p>
      </div>
      {shares.length === 0 ? (
        <EmptyState title="Nothing has been shared with you">
          Self-checks stay private unless a supervisee shares a result.
        </EmptyState>
      ) : (
        <Table stack>
          <caption className="sr-only">Results shared with you</caption>
          <thead>
            <tr>
              <Th>Supervisee</Th>
              <Th>Check</Th>
              <Th>Taken</Th>
              <Th>Shared</Th>
            </tr>
          </thead>
          <tbody>
            {shares.map((s) => (
              <tr key={s.id}>
                <Td className="font-medium">
                  <Link
                    href={`/shared/${s.id}`}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    {s.ownerName}
                  </Link>
                </Td>
                <Td label="Check">{s.instrumentName}</Td>
                <Td label="Taken">{formatDate(s.completedAt, me.timeZone)}</Td>
                <Td label="Shared">{formatDate(s.sharedAt, me.timeZone)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
