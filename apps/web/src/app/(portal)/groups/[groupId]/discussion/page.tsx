import Link from "next/link";
import { notFound } from "next/navigation";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, EmptyState } from "@tend/ui";

import { formatDateTime } from "~/lib/dates";
import { readInsideGroup } from "~/lib/group-pages";
import { authorLabel, threadTitle } from "~/lib/groups";
import { MembersOnly } from "../members-only";
import { Composer } from "./composer";

type Params = Promise<{ groupId: string }>;

export const metadata = { title: "Group discussion · Tend" };

/** Members who may not read inside are sent to the group's page, which says why. */
async function load(groupId: string) {
  const api = await signedInApi();
  return readInsideGroup(() =>
    Promise.all([api.group.get({ groupId }), api.group.threads({ groupId })]),
  );
}

export default async function DiscussionPage({ params }: { params: Params }) {
  const { groupId } = await params;
  const loaded = await load(groupId);
  if (!loaded) notFound();
  if (loaded === "refused")
    return <MembersOnly groupId={groupId} title="The discussion is for the group's members" />;
  const [group, discussion] = loaded;
  const { timeZone } = await currentProfile();

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link
          href={`/groups/${group.id}`}
          className="text-primary underline-offset-4 hover:underline"
        >
          ← {group.name}
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight">Discussion</h1>
          <p className="mt-1 text-muted-foreground">
            Only the group&apos;s members read what is written here, under the group&apos;s
            agreement.
          </p>
        </div>
        {discussion.toReview !== null ? (
          <Link
            href={`/groups/${group.id}/moderation`}
            className="text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Moderation queue{discussion.toReview > 0 ? ` (${discussion.toReview} to review)` : ""}
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="threads-title" className="space-y-3">
        <h2 id="threads-title" className="text-lg font-semibold tracking-tight">
          Threads
        </h2>
        {discussion.threads.length === 0 ? (
          <EmptyState title="No threads yet">Start the first one below.</EmptyState>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {discussion.threads.map((t) => (
              <li key={t.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-4">
                <Link
                  href={`/groups/${group.id}/discussion/${t.id}`}
                  className="font-medium break-words hover:underline"
                >
                  {threadTitle(t)}
                </Link>
                {t.state === "hidden" ? <Badge>Waiting for review</Badge> : null}
                {t.state === "removed" ? <Badge>Removed</Badge> : null}
                <span className="text-sm text-muted-foreground">
                  {authorLabel(t.author)} · {t.replies} {t.replies === 1 ? "reply" : "replies"} ·
                  last activity {formatDateTime(t.lastActivityAt, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Card aria-labelledby="new-thread-title" className="space-y-3">
        <h2 id="new-thread-title" className="text-lg font-semibold tracking-tight">
          Start a thread
        </h2>
        {discussion.canPost ? (
          <Composer groupId={group.id} />
        ) : (
          <p className="text-sm text-muted-foreground">
            A facilitator has paused your posting
            {discussion.mutedUntil
              ? ` until ${formatDateTime(discussion.mutedUntil, timeZone)}`
              : ""}
            . You can still read the discussion.
          </p>
        )}
      </Card>
    </div>
  );
}
