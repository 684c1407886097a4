import { TRPCError } from "@trpc/server";
import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { EmptyState } from "@tend/ui";

import { Attribution } from "~/components/attribution";
import { SupervisorReading } from "~/components/supervisor-reading";
import { formatDate } from "~/lib/dates";
import { firstNameOf } from "~/lib/names";
import { ROLE_PAGES } from "~/lib/role-pages";

export const metadata = { title: "Shared result · Tend" };

export default async function SharedResultPage({
  params,
}: {
  params: Promise<{ shareId: string }>;
}) {
  const { shareId } = await params;
  const api = await signedInApi();
  const unavailable = await unlessRole("supervisor", ROLE_PAGES.shared);
  if (unavailable) return unavailable;
  const [shared, me] = await Promise.all([
    api.share.getShared({ shareId }).catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"].includes(error.code)
      )
        return null;
      throw error;
    }),
    currentProfile(),
  ]);
  if (!shared) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">This result is not available</h1>
        <EmptyState title="It is not shared with you">
          Its owner may have stopped sharing it.{" "}
          <Link href="/shared" className="text-primary underline">
            See what is shared with you
          </Link>
          .
        </EmptyState>
      </div>
    );
  }
  const firstName = firstNameOf(shared.ownerName);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/shared" className="text-primary underline-offset-4 hover:underline">
          ← Shared with you
        </Link>
      </nav>
      <div>
        <p className="text-sm text-muted-foreground">
          Taken {formatDate(shared.completedAt, me.timeZone)} · shared with you{" "}
          {formatDate(shared.sharedAt, me.timeZone)}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {shared.ownerName}&apos;s {shared.instrument.shortName} result
        </h1>
        <p className="mt-1 text-muted-foreground">
          {firstName} chose to share this with you, for support. It is a screening result, not a
          diagnosis, and it must never inform an evaluation.
        </p>
      </div>
      {shared.note ? (
        <figure>
          <figcaption className="text-sm text-muted-foreground">{firstName}&apos;s note</figcaption>
          <blockquote className="mt-1 border-l-4 border-primary/40 pl-4 italic">
            {shared.note}
          </blockquote>
        </figure>
      ) : null}
      <SupervisorReading
        instrumentId={shared.instrumentId}
        result={shared.result}
        firstName={firstName}
      />
      <Attribution attribution={shared.instrument.attribution} />
    </div>
  );
}
