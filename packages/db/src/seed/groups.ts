/**
 * Peer-group demo data: a group of each format at Riverbend (open, by request, invite-only),
 * with facilitators, members, a pending request and an invitation for Sam, a discussion with
 * an anonymous thread and a flagged reply waiting in the facilitator's queue, and one group at
 * Harbour that Riverbend's people never see.
 */
import type { FlagReason, GroupFormat, GroupVisibility } from "@tend/groups";
import { DEFAULT_AGREEMENT } from "@tend/groups";
import { formatLocal, seriesOccurrences, startOfLocalDay } from "@tend/scheduling";

import type { DbOrTx } from "../client";
import type { SeededPeople } from "./identity";
import {
  groupMeetingEvaluationReceipts,
  groupMeetingEvaluations,
  groupMeetingRsvps,
  groupMeetings,
  groupMembers,
  groupPostFlags,
  groupPosts,
  peerGroups,
} from "../schema";
import { PERSONAS } from "./personas";

/** Who wrote a post: the facilitator, or the group's n-th further member. */
type Author = "facilitator" | number;

interface PostSeed {
  by: Author;
  anonymous?: boolean;
  body: string;
  /** Hours before the seed's "now". */
  hoursAgo: number;
  flags?: { by: Author; reason: FlagReason; note: string }[];
}

interface ThreadSeed extends PostSeed {
  title: string;
  replies: PostSeed[];
}

/** A weekly meeting on a weekday (1 Monday … 7 Sunday) at an hour of the facilitator's clock. */
interface MeetingSeed {
  title: string;
  weekday: number;
  hour: number;
  everyWeeks: number;
  /** How many weeks before the seed's "now" the series began. */
  startedWeeksAgo: number;
  durationMinutes: number;
  place: string;
  link: string;
  /** Answers to the anonymous evaluation of the last past occurrences, latest first. */
  evaluations?: { helpful: number; safe: number; comment: string }[][];
}

interface GroupSeed {
  name: string;
  purpose: string;
  format: GroupFormat;
  visibility: GroupVisibility;
  memberLimit: number;
  facilitator: string;
  coFacilitator?: string;
  /** How many further clinicians are members (taken in order from the organisation's list). */
  members: number;
  /** People by name who asked to join, or were invited. */
  requested?: string[];
  invited?: string[];
  threads?: ThreadSeed[];
  meeting?: MeetingSeed;
}

const THURSDAY_THREADS: ThreadSeed[] = [
  {
    title: "What helps you leave work at work?",
    by: "facilitator",
    hoursAgo: 200,
    body: "A question to start us off before Thursday: what do you do at the end of the day so that the day stays at work? Small things count.",
    replies: [
      {
        by: 0,
        hoursAgo: 190,
        body: "I change my shoes at the door of the building. It sounds silly, but it marks the line.",
      },
      {
        by: 2,
        anonymous: true,
        hoursAgo: 170,
        body: "Honestly, I don't manage it most days. I replay sessions on the drive home. Reading this helps.",
      },
      {
        by: "facilitator",
        hoursAgo: 160,
        body: "Thank you both. Replaying sessions is very common in this work; let's make time for it on Thursday.",
      },
    ],
  },
  {
    title: "A session I can't stop thinking about",
    by: 1,
    anonymous: true,
    hoursAgo: 60,
    body: "This week a client described something that has stayed with me every night since. I'm not ready to bring it to the group in person yet, but I wanted to say it somewhere.",
    replies: [
      {
        by: 3,
        hoursAgo: 50,
        body: "Thank you for saying it here. You don't have to carry it alone, whenever you're ready.",
      },
      {
        by: 4,
        hoursAgo: 30,
        body: "I think I know which family you mean, the one from the school referral on the east side with the younger brother.",
        flags: [
          {
            by: 0,
            reason: "confidentiality",
            note: "This could identify the family.",
          },
        ],
      },
    ],
  },
];

const RIVERBEND_GROUPS: GroupSeed[] = [
  {
    name: "Thursday peer support",
    purpose:
      "An hour after the last session of the week to put down what we carry. Open to every clinician; come when you can.",
    format: "peer-support",
    visibility: "open",
    memberLimit: 10,
    facilitator: PERSONAS.supervisor.name,
    members: 6,
    threads: THURSDAY_THREADS,
    meeting: {
      title: "Thursday peer support",
      weekday: 4,
      hour: 17,
      everyWeeks: 1,
      startedWeeksAgo: 6,
      durationMinutes: 60,
      place: "Room 3, second floor",
      link: "https://meet.example/riverbend-thursday",
      evaluations: [
        [
          { helpful: 3, safe: 4, comment: "" },
          { helpful: 4, safe: 5, comment: "" },
          { helpful: 4, safe: 4, comment: "" },
        ],
        // The two weeks before: nobody answered. Three weeks ago: closed, and shown.
        [],
        [],
        [
          { helpful: 5, safe: 5, comment: "Good to hear I'm not the only one." },
          { helpful: 4, safe: 4, comment: "" },
          { helpful: 4, safe: 5, comment: "" },
          { helpful: 3, safe: 4, comment: "Could we start on time?" },
          { helpful: 5, safe: 5, comment: "" },
        ],
      ],
    },
  },
  {
    name: "Balint group: the cases that stay with us",
    purpose:
      "A closed group that meets fortnightly to think together about the relationship with one client, presented without identifying details.",
    format: "balint",
    visibility: "request",
    memberLimit: 8,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 4,
    requested: ["Nina Patel"],
  },
  {
    name: "Monthly Schwartz round",
    purpose:
      "Colleagues from every team hear a short story from the work and reflect on how it felt, not on what to do.",
    format: "schwartz-round",
    visibility: "open",
    memberLimit: 40,
    facilitator: PERSONAS.supervisor.name,
    members: 12,
    meeting: {
      title: "Schwartz round",
      weekday: 3,
      hour: 12,
      everyWeeks: 4,
      startedWeeksAgo: 2,
      durationMinutes: 60,
      place: "Main hall",
      link: "",
    },
  },
  {
    name: "First-year clinicians' circle",
    purpose: "For clinicians in their first year of practice, by invitation from the facilitators.",
    format: "peer-support",
    visibility: "invite-only",
    memberLimit: 8,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 3,
    invited: [PERSONAS.clinician.name],
  },
  {
    name: "Balint group: children and families",
    purpose:
      "Clinicians who work with children and their families think together, fortnightly, about one relationship with a client at a time.",
    format: "balint",
    visibility: "request",
    memberLimit: 8,
    facilitator: PERSONAS.supervisor.name,
    members: 5,
  },
  {
    name: "Night service team time",
    purpose:
      "A Schwartz-style round for the night service, at the start of a shift: one colleague's story, and how the work feels from the inside.",
    format: "schwartz-round",
    visibility: "open",
    memberLimit: 20,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 6,
  },
  {
    name: "Writing to unwind",
    purpose:
      "Half an hour of quiet reflective writing from a prompt, then a chance to read aloud if you want to. Nothing is collected.",
    format: "other",
    visibility: "open",
    memberLimit: 12,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 4,
  },
  {
    name: "Lunchtime walk",
    purpose:
      "Twenty minutes outside on Tuesdays, no talk of cases unless someone needs it. Meet at the front desk.",
    format: "other",
    visibility: "open",
    memberLimit: 15,
    facilitator: PERSONAS.supervisor.name,
    members: 5,
  },
];

const HARBOUR_GROUPS: GroupSeed[] = [
  {
    name: "Harbour peer support",
    purpose: "Peer support for Harbour's clinicians.",
    format: "peer-support",
    visibility: "open",
    memberLimit: 10,
    facilitator: "",
    members: 5,
  },
];

async function seedOrganisationGroups(
  tx: DbOrTx,
  org: SeededPeople["riverbend"],
  groups: GroupSeed[],
  now: Date,
): Promise<void> {
  const named = (name: string) => {
    const id = org.membershipIds.get(name);
    if (!id) throw new Error(`seed: ${name} is not a member`);
    return id;
  };
  const clinicians = org.people.filter((p) => p.roles.includes("clinician")).map((p) => p.name);
  for (const [index, group] of groups.entries()) {
    // Members joined when the group began, so the report's earlier periods count them too.
    const startedAt = new Date(now.getTime() - Math.max(14, 120 - index * 20) * 86_400_000);
    const [row] = await tx
      .insert(peerGroups)
      .values({
        organisationId: org.organisationId,
        name: group.name,
        purpose: group.purpose,
        format: group.format,
        visibility: group.visibility,
        memberLimit: group.memberLimit,
        agreement: DEFAULT_AGREEMENT,
        createdAt: startedAt,
      })
      .returning({ id: peerGroups.id });
    if (!row) throw new Error("seed: group not stored");
    const facilitator = group.facilitator || (clinicians[0] ?? "");
    const waiting = new Set([...(group.requested ?? []), ...(group.invited ?? [])]);
    const others = clinicians
      // Each group starts its members at a different clinician, so the groups differ.
      .slice(index * 2)
      .concat(clinicians.slice(0, index * 2))
      .filter((name) => name !== facilitator && !waiting.has(name))
      .slice(0, group.members);
    const stand = (name: string, status: "active" | "requested" | "invited", role = "member") => ({
      groupId: row.id,
      organisationId: org.organisationId,
      membershipId: named(name),
      role: role as "member" | "facilitator" | "co-facilitator",
      status,
      pledgeVersion: status === "invited" ? null : 1,
      pledgedAt: status === "invited" ? null : now,
      joinedAt: status === "active" ? startedAt : null,
    });
    await tx
      .insert(groupMembers)
      .values([
        stand(facilitator, "active", "facilitator"),
        ...others.map((name) => stand(name, "active")),
        ...(group.requested ?? []).map((name) => stand(name, "requested")),
        ...(group.invited ?? []).map((name) => stand(name, "invited")),
      ]);
    const author = (by: Author) => named(by === "facilitator" ? facilitator : (others[by] ?? ""));
    if (group.meeting)
      await seedMeeting(
        tx,
        { organisationId: org.organisationId, groupId: row.id, now },
        group.meeting,
        named(facilitator),
        others.map(named),
      );
    for (const thread of group.threads ?? [])
      await seedThread(
        tx,
        { organisationId: org.organisationId, groupId: row.id, now },
        thread,
        author,
      );
  }
}

async function seedThread(
  tx: DbOrTx,
  where: { organisationId: string; groupId: string; now: Date },
  thread: ThreadSeed,
  author: (by: Author) => string,
): Promise<void> {
  const at = (hoursAgo: number) => new Date(where.now.getTime() - hoursAgo * 3_600_000);
  const post = async (seed: PostSeed, threadId: string | null, title: string | null) => {
    const [row] = await tx
      .insert(groupPosts)
      .values({
        organisationId: where.organisationId,
        groupId: where.groupId,
        threadId,
        title,
        body: seed.body,
        authorMembershipId: author(seed.by),
        anonymous: seed.anonymous ?? false,
        createdAt: at(seed.hoursAgo),
        lastActivityAt: at(Math.min(seed.hoursAgo, ...thread.replies.map((r) => r.hoursAgo))),
      })
      .returning({ id: groupPosts.id });
    if (!row) throw new Error("seed: post not stored");
    for (const flag of seed.flags ?? [])
      await tx.insert(groupPostFlags).values({
        postId: row.id,
        flaggerMembershipId: author(flag.by),
        reason: flag.reason,
        note: flag.note,
        createdAt: at(seed.hoursAgo - 2),
      });
    return row.id;
  };
  const threadId = await post(thread, null, thread.title);
  for (const reply of thread.replies) await post(reply, threadId, null);
}

export async function seedGroups(tx: DbOrTx, people: SeededPeople, now: Date): Promise<void> {
  await seedOrganisationGroups(tx, people.riverbend, RIVERBEND_GROUPS, now);
  await seedOrganisationGroups(tx, people.harbour, HARBOUR_GROUPS, now);
}

const DAY_MS = 86_400_000;
const ISO_WEEKDAY = (instant: Date, timeZone: string) =>
  Number(formatLocal(instant, timeZone, "i"));

/**
 * A weekly meeting of the group on the facilitator's clock (America/Chicago, as the demo's
 * people), begun some weeks ago: members answer for the series, and the last past occurrences
 * have anonymous evaluations, one of them still below the threshold.
 */
async function seedMeeting(
  tx: DbOrTx,
  where: { organisationId: string; groupId: string; now: Date },
  meeting: MeetingSeed,
  facilitatorMembershipId: string,
  memberIds: string[],
): Promise<void> {
  const timeZone = "America/Chicago";
  let day = new Date(where.now.getTime() - meeting.startedWeeksAgo * 7 * DAY_MS);
  while (ISO_WEEKDAY(day, timeZone) !== meeting.weekday) day = new Date(day.getTime() - DAY_MS);
  const midnight = startOfLocalDay(formatLocal(day, timeZone, "yyyy-MM-dd"), timeZone);
  if (!midnight) throw new Error("seed: no local midnight");
  const firstStart = new Date(midnight.getTime() + meeting.hour * 3_600_000);
  const rule = `FREQ=WEEKLY;INTERVAL=${meeting.everyWeeks};COUNT=26`;
  const [row] = await tx
    .insert(groupMeetings)
    .values({
      organisationId: where.organisationId,
      groupId: where.groupId,
      title: meeting.title,
      rule,
      firstStart,
      durationMinutes: meeting.durationMinutes,
      timeZone,
      place: meeting.place,
      link: meeting.link,
      createdByMembershipId: facilitatorMembershipId,
      createdAt: new Date(firstStart.getTime() - 7 * DAY_MS),
    })
    .returning({ id: groupMeetings.id });
  if (!row) throw new Error("seed: meeting not stored");
  // Most members come to every meeting; one cannot.
  await tx.insert(groupMeetingRsvps).values(
    [facilitatorMembershipId, ...memberIds].map((membershipId, i) => ({
      meetingId: row.id,
      membershipId,
      occurrenceStart: null,
      response: i === memberIds.length ? ("not-going" as const) : ("going" as const),
    })),
  );
  const past = seriesOccurrences(
    { rule, firstStart, timeZone },
    { from: firstStart, to: where.now },
  )
    .filter((o) => o.start.getTime() + meeting.durationMinutes * 60_000 <= where.now.getTime())
    .reverse();
  for (const [i, answers] of (meeting.evaluations ?? []).entries()) {
    const occurrence = past[i];
    if (!occurrence) break;
    if (answers.length === 0) continue;
    // Members answer; facilitators do not evaluate the meetings they run.
    const who = memberIds.slice(0, answers.length);
    await tx.insert(groupMeetingEvaluationReceipts).values(
      who.map((membershipId) => ({
        meetingId: row.id,
        occurrenceStart: occurrence.originalStart,
        membershipId,
      })),
    );
    await tx.insert(groupMeetingEvaluations).values(
      answers.map((a) => ({
        meetingId: row.id,
        occurrenceStart: occurrence.originalStart,
        ...a,
      })),
    );
  }
}
