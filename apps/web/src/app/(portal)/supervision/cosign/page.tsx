import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";
import { EmptyState } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import { CosignQueue } from "./cosign-queue";

export const metadata = { title: "Hours to sign · Tend" };

/** The supervisor's cosign queue: approve (sign and lock) or return with a comment. */
export default async function CosignPage() {
  const api = await signedInApi();
  const unavailable = await unlessRole("supervisor", ROLE_PAGES.supervisees);
  if (unavailable) return unavailable;
  const queue = await api.hours.queue();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Hours to sign</h1>
        <p className="mt-1 text-muted-foreground">
          Your supervisees&apos; supervision hours, oldest first. Signing locks an entry for their
          licensing board and is recorded in the audit trail; return one with a comment to have it
          corrected.
        </p>
      </div>
      {queue.length === 0 ? (
        <EmptyState title="Nothing to sign">
          Entries appear when you record attendance, or when a supervisee logs supervision outside
          Tend.
        </EmptyState>
      ) : (
        <CosignQueue entries={queue} />
      )}
    </div>
  );
}
