import Link from "next/link";
import { notFound } from "next/navigation";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, EmptyState } from "@tend/ui";

import { formatDateTime } from "~/lib/dates";
import { readInsideGroup } from "~/lib/group-pages";
import { authorLabel, FLAG_REASON_LABELS } from "~/lib/groups";
import { MuteAuthor, ReviewActions } from "./review-actions";

type Params = Promise<{ groupId: string }>;

export const metadata = { title: "Moderation queue · Tend" };

async function load(groupId: string) {
  const api = await signedInApi();
  return readInsideGroup(() => api.group.moderationQueue({ groupId }));
}

export default async function ModerationPage({ params }: { params: Params }) {
  const { groupId } = await params;
  const queue = await load(groupId);
  if (!queue) notFound();
  if (queue === "refused")
    return (
      <EmptyState title="The moderation queue is for the group's facilitators">
        <Link href={`/groups/${groupId}`} className="text-primary underline">
          Back to the group
        </Link>
      </EmptyState>
    );
  const { timeZone } = await currentProfile();

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link
          href={`/groups/${queue.group.id}/discussion`}
          className="text-primary underline-offset-4 hover:underline"
        >
          ← Discussion of {queue.group.name}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Moderation queue</h1>
        <p className="mt-1 text-muted-foreground">
          Posts members flagged, with their reasons; who flagged them is never shown. The author of
          a post written as “a member” is shown here because it was reported. Restore or remove
          each; the author is told the outcome, and every decision is recorded in the audit log.
        </p>
      </div>
      {queue.posts.length === 0 ? (
        <EmptyState title="Nothing to review">
          When members flag a post, it appears here.
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {queue.posts.map((post) => (
            <li key={post.id}>
              <Card className="space-y-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <span className="font-medium">{authorLabel(post.author)}</span>
                  <span className="text-muted-foreground">
                    {formatDateTime(post.createdAt, timeZone)}
                  </span>
                  {post.state === "hidden" ? <Badge>Hidden from members</Badge> : null}
                  {post.state === "deleted" ? <Badge>Deleted by its author</Badge> : null}
                </div>
                {post.title ? <h2 className="font-semibold break-words">{post.title}</h2> : null}
                {post.body !== null ? (
                  <blockquote className="border-l-2 border-border pl-3 break-words whitespace-pre-line">
                    {post.body}
                  </blockquote>
                ) : null}
                <p className="text-sm">
                  <Link
                    href={`/groups/${queue.group.id}/discussion/${post.threadId}`}
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    Open the thread
                  </Link>
                </p>
                <div>
                  <h3 className="text-sm font-medium">
                    {post.flags.length} {post.flags.length === 1 ? "flag" : "flags"}
                  </h3>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                    {post.flags.map((flag, i) => (
                      <li key={i}>
                        {FLAG_REASON_LABELS[flag.reason]}
                        {flag.note ? (
                          <span className="text-muted-foreground"> — “{flag.note}”</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
                <ReviewActions groupId={queue.group.id} postId={post.id} />
                {post.author.as === "named" || post.author.as === "reported" ? (
                  <MuteAuthor
                    groupId={queue.group.id}
                    membershipId={post.author.membershipId}
                    name={post.author.name}
                  />
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
