import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, CardTitle } from "@tend/ui";

import { formatMeetingTime } from "~/lib/dates";
import {
  FORMAT_DESCRIPTIONS,
  FORMAT_LABELS,
  ROLE_LABELS,
  standingLabel,
  threadTitle,
  VISIBILITY_DESCRIPTIONS,
} from "~/lib/groups";
import { InviteColleagues } from "./invite-colleagues";
import { JoinPanel } from "./join-panel";
import { LeaveGroup, RemoveMember, RequestDecision } from "./member-actions";

type Params = Promise<{ groupId: string }>;

/** The group as the caller may see it (read once per request, for the title and the page). */
const loadGroup = cache(async (groupId: string) => {
  const api = await signedInApi();
  return api.group.get({ groupId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });
});

export async function generateMetadata({ params }: { params: Params }) {
  const group = await loadGroup((await params).groupId);
  return { title: `${group?.name ?? "Peer group"} · Tend` };
}

export default async function GroupPage({ params }: { params: Params }) {
  const group = await loadGroup((await params).groupId);
  if (!group) notFound();
  // Members who accepted the current agreement read inside: the next meeting, the latest threads.
  const api = await signedInApi();
  const [discussion, meetings, { timeZone }] = group.members
    ? await Promise.all([
        api.group.threads({ groupId: group.id }),
        api.group.meetings({ groupId: group.id }),
        currentProfile(),
      ])
    : [null, null, { timeZone: "UTC" }];
  const next = meetings?.meetings
    .flatMap((m) => m.upcoming.filter((o) => !o.cancelled).map((o) => ({ ...o, title: m.title })))
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];

  const { you } = group;
  const badge = standingLabel(you.status, you.role);
  const places = group.memberLimit - group.activeMembers;
  const mayJoin = you.status !== "active" && you.status !== "requested" && you.status !== "removed";
  const needsAgreement = you.status === "active" && you.agreementToAccept;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/groups" className="text-primary underline-offset-4 hover:underline">
          ← Peer groups
        </Link>
      </p>
      <div className="max-w-3xl space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{group.name}</h1>
          {badge ? <Badge>{badge}</Badge> : null}
        </div>
        <p className="text-muted-foreground">
          {FORMAT_LABELS[group.format]}. {FORMAT_DESCRIPTIONS[group.format]}{" "}
          {VISIBILITY_DESCRIPTIONS[group.visibility]}
        </p>
        {group.purpose ? <p className="break-words whitespace-pre-line">{group.purpose}</p> : null}
        <p className="text-sm text-muted-foreground">
          {group.activeMembers} of {group.memberLimit} places taken
          {places <= 0 ? " — the group is full." : "."}
        </p>
      </div>

      {you.status === "requested" ? (
        <Card>
          <CardTitle>Your request is with the facilitators</CardTitle>
          <p className="mt-1 text-sm text-muted-foreground">
            You will see the group&apos;s members here once a facilitator admits you.
          </p>
          <div className="mt-4">
            <LeaveGroup groupId={group.id} kind="request" />
          </div>
        </Card>
      ) : null}
      {you.status === "removed" ? (
        <Card>
          <CardTitle>A facilitator removed you from this group</CardTitle>
          <p className="mt-1 text-sm text-muted-foreground">
            Only a new invitation from a facilitator lets you back in.
          </p>
        </Card>
      ) : null}
      {mayJoin || needsAgreement ? (
        <JoinPanel
          groupId={group.id}
          agreement={group.agreement}
          agreementVersion={group.agreementVersion}
          mode={
            needsAgreement
              ? "accept-again"
              : you.status === "invited"
                ? "invited"
                : group.visibility === "request"
                  ? "request"
                  : "join"
          }
          full={places <= 0}
        />
      ) : null}

      {group.members ? (
        <Card aria-labelledby="members-title" className="space-y-3">
          <h2 id="members-title" className="text-lg font-semibold tracking-tight">
            Members
          </h2>
          <ul className="divide-y divide-border">
            {group.members.map((m) => (
              <li key={m.membershipId} className="flex flex-wrap items-center gap-3 py-2">
                <span className="break-words">{m.name}</span>
                {m.role !== "member" ? <Badge>{ROLE_LABELS[m.role]}</Badge> : null}
                {you.facilitates && m.role === "member" ? (
                  <span className="ml-auto">
                    <RemoveMember groupId={group.id} membershipId={m.membershipId} name={m.name} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <details className="text-sm">
            <summary className="cursor-pointer text-primary">The group&apos;s agreement</summary>
            <p className="mt-2 whitespace-pre-line text-muted-foreground">{group.agreement}</p>
          </details>
        </Card>
      ) : null}

      {meetings ? (
        <Card aria-labelledby="meetings-title" className="space-y-2">
          <h2 id="meetings-title" className="text-lg font-semibold tracking-tight">
            Meetings
          </h2>
          <p className="text-sm">
            {next
              ? `Next: ${next.title}, ${formatMeetingTime(next.start, timeZone)}${next.yourAnswer ? ` · you said ${next.yourAnswer === "going" ? "you are going" : "you are not going"}` : ""}.`
              : "No meeting planned yet."}
          </p>
          {meetings.toEvaluate.length ? (
            <p className="text-sm font-medium text-primary">
              A meeting you could attend is waiting for your short anonymous evaluation.
            </p>
          ) : null}
          <Link
            href={`/groups/${group.id}/meetings`}
            className="inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Open the meetings
          </Link>
        </Card>
      ) : null}

      {discussion ? (
        <Card aria-labelledby="discussion-title" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="discussion-title" className="text-lg font-semibold tracking-tight">
              Discussion
            </h2>
            {discussion.toReview ? (
              <Link
                href={`/groups/${group.id}/moderation`}
                className="text-sm font-medium text-primary underline-offset-4 hover:underline"
              >
                {discussion.toReview} {discussion.toReview === 1 ? "post" : "posts"} to review
              </Link>
            ) : null}
          </div>
          {discussion.threads.length ? (
            <ul className="divide-y divide-border">
              {discussion.threads.slice(0, 3).map((t) => (
                <li key={t.id} className="py-2">
                  <Link
                    href={`/groups/${group.id}/discussion/${t.id}`}
                    className="break-words hover:underline"
                  >
                    {threadTitle(t)}
                  </Link>
                  <span className="text-sm text-muted-foreground">
                    {" "}
                    · {t.replies} {t.replies === 1 ? "reply" : "replies"}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">No threads yet.</p>
          )}
          <Link
            href={`/groups/${group.id}/discussion`}
            className="inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Open the discussion
          </Link>
        </Card>
      ) : null}

      {group.requests && group.requests.length > 0 ? (
        <Card aria-labelledby="requests-title" className="space-y-3">
          <h2 id="requests-title" className="text-lg font-semibold tracking-tight">
            Asking to join
          </h2>
          <ul className="divide-y divide-border">
            {group.requests.map((p) => (
              <li key={p.membershipId} className="flex flex-wrap items-center gap-3 py-2">
                <span className="break-words">{p.name}</span>
                <span className="ml-auto">
                  <RequestDecision groupId={group.id} membershipId={p.membershipId} name={p.name} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {you.facilitates && group.members ? (
        <Card aria-labelledby="invite-title" className="space-y-3">
          <h2 id="invite-title" className="text-lg font-semibold tracking-tight">
            Invite colleagues
          </h2>
          <p className="text-sm text-muted-foreground">
            Invited colleagues see the group and join by accepting its agreement.
          </p>
          <InviteColleagues groupId={group.id} />
        </Card>
      ) : null}

      {group.invited && group.invited.length > 0 ? (
        <Card aria-labelledby="invited-title" className="space-y-2">
          <h2 id="invited-title" className="text-lg font-semibold tracking-tight">
            Invited
          </h2>
          <p className="text-sm text-muted-foreground">
            {group.invited.map((p) => p.name).join(", ")}
          </p>
        </Card>
      ) : null}

      {you.status === "active" ? <LeaveGroup groupId={group.id} kind="member" /> : null}
      {you.status === "invited" ? <LeaveGroup groupId={group.id} kind="invitation" /> : null}
    </div>
  );
}
