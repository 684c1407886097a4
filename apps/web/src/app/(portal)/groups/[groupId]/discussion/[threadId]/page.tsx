import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Card } from "@tend/ui";

import type { PostView } from "./post";
import { formatDateTime } from "~/lib/dates";
import { authorLabel, threadTitle } from "~/lib/groups";
import { Composer } from "../composer";
import { Post } from "./post";

type Params = Promise<{ groupId: string; threadId: string }>;

/** The thread as the caller may see it; outsiders go to the group's page, which says why. */
const loadThread = cache(async (groupId: string, threadId: string) => {
  const api = await signedInApi();
  try {
    return await api.group.thread({ groupId, threadId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect(`/groups/${groupId}`);
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }) {
  const { groupId, threadId } = await params;
  const thread = await loadThread(groupId, threadId);
  return { title: `${thread ? threadTitle(thread.thread) : "Thread"} · Tend` };
}

export default async function ThreadPage({ params }: { params: Params }) {
  const { groupId, threadId } = await params;
  const data = await loadThread(groupId, threadId);
  if (!data) notFound();
  const { timeZone } = await currentProfile();
  const view = (p: typeof data.thread): PostView => ({
    id: p.id,
    title: p.title,
    body: p.body,
    state: p.state,
    author: authorLabel(p.author),
    anonymous: p.anonymous,
    mine: p.mine,
    when: formatDateTime(p.createdAt, timeZone),
    edited: p.editedAt !== null,
  });
  const open = data.thread.state === "visible" || data.thread.state === "deleted";

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link
          href={`/groups/${data.group.id}/discussion`}
          className="text-primary underline-offset-4 hover:underline"
        >
          ← Discussion of {data.group.name}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight break-words">
        {threadTitle(data.thread)}
      </h1>
      <div className="divide-y divide-border">
        <Post groupId={data.group.id} post={view(data.thread)} canPost={data.canPost} />
        {data.replies.map((reply) => (
          <Post key={reply.id} groupId={data.group.id} post={view(reply)} canPost={data.canPost} />
        ))}
      </div>
      <Card aria-labelledby="reply-title" className="space-y-3">
        <h2 id="reply-title" className="text-lg font-semibold tracking-tight">
          Reply
        </h2>
        {!open ? (
          <p className="text-sm text-muted-foreground">
            This thread takes no replies while its opening post is hidden or removed.
          </p>
        ) : data.canPost ? (
          <Composer groupId={data.group.id} threadId={data.thread.id} />
        ) : (
          <p className="text-sm text-muted-foreground">
            A facilitator has paused your posting
            {data.mutedUntil ? ` until ${formatDateTime(data.mutedUntil, timeZone)}` : ""}. You can
            still read.
          </p>
        )}
      </Card>
    </div>
  );
}
