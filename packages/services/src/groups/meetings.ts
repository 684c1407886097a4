/**
 * A group's meetings: one-off or recurring (an RRULE on the facilitator's wall clock), with a
 * place or a video link. Members answer whether they come, for one occurrence or the whole
 * series; facilitators move or cancel one occurrence, or the whole meeting, and members hear
 * of it by e-mail. After a meeting, members answer a short anonymous evaluation that the
 * facilitators see in aggregate only, once enough have answered. Meetings reach calendars as
 * an `.ics` file and through the personal calendar feed; the worker sends reminders.
 */
import type { Db, DbOrTx } from "@tend/db";
import type { MeetingRow } from "@tend/db/queries";
import type { RsvpResponse } from "@tend/groups";
import type { CalendarSession } from "@tend/supervision";
import {
  cancelMeeting as cancelMeetingRow,
  changeOccurrence as changeOccurrenceRow,
  clearOccurrenceRsvps,
  findMeeting,
  insertEvaluation,
  insertMeeting,
  insertMeetingNotices,
  listEvaluationReceipts,
  listEvaluations,
  listGroupMeetings,
  listGroupPeople,
  listLiveMeetings,
  listRsvps,
  setRsvp,
} from "@tend/db/queries";
import {
  checkMeetingRule,
  effectiveRsvp,
  EVALUATION_WINDOW_DAYS,
  evaluationOpen,
  MAX_MEETINGS_IN_SERIES,
  MAX_WEEKS_BETWEEN_MEETINGS,
  summariseEvaluations,
} from "@tend/groups";
import { createLogger } from "@tend/logger";
import { formatLocal, parseSeriesRule, seriesOccurrences } from "@tend/scheduling";
import { calendarFeed } from "@tend/supervision";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { facilitatorOf, insideGroup } from "./access";

const DAY_MS = 86_400_000;
/** How far ahead a group page lists occurrences, and how many of each meeting. */
const UPCOMING_DAYS = 90;
const UPCOMING_PER_MEETING = 6;
/** How far back facilitators see evaluations. */
const EVALUATIONS_DAYS = 90;
/** Reminders go this long before an occurrence. */
export const MEETING_REMINDER_BEFORE_MS = DAY_MS;

const log = createLogger("group-meetings");

/** No occurrence of a valid rule starts later than this after the first. */
const LONGEST_SERIES_MS = (MAX_MEETINGS_IN_SERIES * MAX_WEEKS_BETWEEN_MEETINGS + 1) * 7 * DAY_MS;

const MEETING_NOT_FOUND = "This meeting does not exist, or it is not in this group.";
const NO_OCCURRENCE = "This meeting has no occurrence at that time.";

export interface MeetingOccurrence {
  /** Its start in the series: the occurrence's identity. */
  originalStart: Date;
  start: Date;
  end: Date;
  moved: boolean;
  cancelled: boolean;
}

/** A meeting's occurrences that start (or, cancelled, would have started) in [from, to). */
export function meetingOccurrences(
  meeting: Pick<MeetingRow, "rule" | "firstStart" | "timeZone" | "durationMinutes" | "changes">,
  range: { from: Date; to: Date },
): MeetingOccurrence[] {
  const length = meeting.durationMinutes * 60_000;
  const from = range.from.getTime();
  const to = range.to.getTime();
  const exceptions = meeting.changes;
  const live = meeting.rule
    ? seriesOccurrences(
        { rule: meeting.rule, firstStart: meeting.firstStart, timeZone: meeting.timeZone },
        range,
        exceptions,
      )
    : oneOff(meeting.firstStart, exceptions).filter(
        (o) => o.start.getTime() >= from && o.start.getTime() < to,
      );
  const cancelled = exceptions
    .filter((c) => c.movedTo === null)
    .filter((c) => c.originalStart.getTime() >= from && c.originalStart.getTime() < to)
    .map((c) => ({ originalStart: c.originalStart, start: c.originalStart, moved: false }));
  return [
    ...live.map((o) => ({ ...o, cancelled: false })),
    ...cancelled.map((o) => ({ ...o, cancelled: true })),
  ]
    .map((o) => ({ ...o, end: new Date(o.start.getTime() + length) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The occurrences starting in [from, to) that took place by `now`: not cancelled, ended, and
 * begun before any cancellation of the whole meeting.
 */
export function heldOccurrences(
  meeting: Pick<
    MeetingRow,
    "rule" | "firstStart" | "timeZone" | "durationMinutes" | "changes" | "cancelledAt"
  >,
  range: { from: Date; to: Date },
  now: Date,
): MeetingOccurrence[] {
  const { cancelledAt } = meeting;
  return meetingOccurrences(meeting, range).filter(
    (o) =>
      !o.cancelled &&
      o.end.getTime() <= now.getTime() &&
      (cancelledAt === null || o.start.getTime() < cancelledAt.getTime()),
  );
}

function oneOff(firstStart: Date, changes: MeetingRow["changes"]) {
  const change = changes.find((c) => c.originalStart.getTime() === firstStart.getTime());
  if (change?.movedTo === null) return [];
  return [
    { originalStart: firstStart, start: change?.movedTo ?? firstStart, moved: Boolean(change) },
  ];
}

/** The occurrence whose start in the series is `originalStart`, as it is now. */
function occurrenceAt(meeting: MeetingRow, originalStart: Date): MeetingOccurrence {
  // Outside the longest series a rule may have, no occurrence can start: nothing to work out.
  const since = originalStart.getTime() - meeting.firstStart.getTime();
  if (!(since >= 0 && since <= LONGEST_SERIES_MS))
    throw new DomainError("NOT_FOUND", NO_OCCURRENCE);
  const isStart = meeting.rule
    ? seriesOccurrences(
        { rule: meeting.rule, firstStart: meeting.firstStart, timeZone: meeting.timeZone },
        { from: originalStart, to: new Date(originalStart.getTime() + 1) },
      ).length === 1
    : originalStart.getTime() === meeting.firstStart.getTime();
  if (!isStart) throw new DomainError("NOT_FOUND", NO_OCCURRENCE);
  const change = meeting.changes.find((c) => c.originalStart.getTime() === originalStart.getTime());
  const start = change?.movedTo ?? originalStart;
  return {
    originalStart,
    start,
    end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
    moved: Boolean(change?.movedTo),
    cancelled: Boolean(change) && change?.movedTo === null,
  };
}

const key = (meetingId: string, originalStart: Date) =>
  `${meetingId}@${originalStart.toISOString()}`;

/** Each member's answers: for the series (key "series") and per occurrence. */
function answersOf(rsvps: Awaited<ReturnType<typeof listRsvps>>) {
  const byMember = new Map<string, Map<string, RsvpResponse>>();
  for (const r of rsvps) {
    const member = byMember.get(r.membershipId) ?? new Map<string, RsvpResponse>();
    member.set(
      r.occurrenceStart ? key(r.meetingId, r.occurrenceStart) : `${r.meetingId}@series`,
      r.response,
    );
    byMember.set(r.membershipId, member);
  }
  return (membershipId: string, meetingId: string, originalStart: Date | null) => {
    const member = byMember.get(membershipId);
    const series = member?.get(`${meetingId}@series`) ?? null;
    if (!originalStart) return series;
    return effectiveRsvp(series, member?.get(key(meetingId, originalStart)) ?? null);
  };
}

/**
 * A group's meetings for its members: the next occurrences of each with who is coming, the
 * caller's answers, the meetings they may evaluate, and for facilitators the evaluations in
 * aggregate.
 */
export async function listMeetings(
  db: DbOrTx,
  actor: MemberActor,
  groupId: string,
  now: Date = new Date(),
) {
  const { group, facilitates } = await insideGroup(db, actor, groupId);
  const me = actor.membership.membershipId;
  // Meetings cancelled within the evaluations' reach still show what their past occurrences got.
  const meetings = await listGroupMeetings(db, {
    groupId: group.id,
    cancelledSince: new Date(now.getTime() - EVALUATIONS_DAYS * DAY_MS),
  });
  const live = meetings.filter((m) => m.cancelledAt === null);
  const ids = meetings.map((m) => m.id);
  const [rsvps, receipts, evaluations] = await Promise.all([
    listRsvps(db, { groupId: group.id, meetingIds: ids }),
    listEvaluationReceipts(db, { membershipId: me, meetingIds: ids }),
    facilitates ? listEvaluations(db, ids) : Promise.resolve([]),
  ]);
  const answer = answersOf(rsvps);
  const members = [...new Set(rsvps.map((r) => r.membershipId))];
  const evaluated = new Set(receipts.map((r) => key(r.meetingId, r.occurrenceStart)));
  const past = (m: MeetingRow, days: number) =>
    heldOccurrences(m, { from: new Date(now.getTime() - days * DAY_MS), to: now }, now);

  return {
    /** What the meetings page names and offers: the group, and whether the caller runs it. */
    group: { id: group.id, name: group.name, facilitates },
    meetings: live.map((m) => ({
      id: m.id,
      title: m.title,
      rule: m.rule,
      timeZone: m.timeZone,
      durationMinutes: m.durationMinutes,
      place: m.place,
      link: m.link,
      yourSeriesAnswer: answer(me, m.id, null),
      upcoming: meetingOccurrences(m, {
        from: now,
        to: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS),
      })
        .slice(0, UPCOMING_PER_MEETING)
        .map((o) => ({
          originalStart: o.originalStart,
          start: o.start,
          end: o.end,
          moved: o.moved,
          cancelled: o.cancelled,
          yourAnswer: answer(me, m.id, o.originalStart),
          going: members.filter((id) => answer(id, m.id, o.originalStart) === "going").length,
        })),
    })),
    toEvaluate: (facilitates ? [] : meetings).flatMap((m) =>
      past(m, EVALUATION_WINDOW_DAYS)
        .filter((o) => evaluationOpen(o.end, now))
        .filter((o) => !evaluated.has(key(m.id, o.originalStart)))
        .filter((o) => answer(me, m.id, o.originalStart) !== "not-going")
        .map((o) => ({
          meetingId: m.id,
          title: m.title,
          originalStart: o.originalStart,
          start: o.start,
        })),
    ),
    /**
     * Facilitators only: each past occurrence's evaluation, shown once it has closed (so that no
     * answer can be told from the change it makes) and only from five answers.
     */
    evaluations: facilitates
      ? meetings.flatMap((m) =>
          past(m, EVALUATIONS_DAYS).map((o) => {
            const answers = evaluations.filter(
              (e) =>
                e.meetingId === m.id && e.occurrenceStart.getTime() === o.originalStart.getTime(),
            );
            const closes = new Date(o.end.getTime() + EVALUATION_WINDOW_DAYS * DAY_MS);
            return {
              meetingId: m.id,
              title: m.title,
              originalStart: o.originalStart,
              start: o.start,
              closes,
              summary:
                closes.getTime() < now.getTime()
                  ? summariseEvaluations(answers)
                  : { answers: answers.length, withheld: true as const },
            };
          }),
        )
      : null,
  };
}

export interface CreateMeetingInput {
  groupId: string;
  title: string;
  firstStart: Date;
  durationMinutes: number;
  /** An RRULE such as "FREQ=WEEKLY;BYDAY=TH"; null for a one-off meeting. */
  rule: string | null;
  place: string;
  link: string;
}

/** Sets up a meeting on the facilitator's wall clock (their time zone). */
export async function createMeeting(
  db: DbOrTx,
  actor: MemberActor,
  input: CreateMeetingInput,
  now: Date = new Date(),
) {
  const { group } = await facilitatorOf(db, actor, input.groupId);
  const timeZone = actor.person.timeZone;
  if (input.firstStart.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Choose a time in the future.", {
      firstStart: ["Choose a time in the future."],
    });
  if (input.rule) {
    const weekday = Number(formatLocal(input.firstStart, timeZone, "i")) % 7;
    const refusal = checkMeetingRule(input.rule, weekday);
    if (refusal) throw new DomainError("INVALID", refusal, { rule: [refusal] });
    try {
      parseSeriesRule({ rule: input.rule, firstStart: input.firstStart, timeZone });
    } catch {
      throw new DomainError("INVALID", "This repeat rule cannot be read.", {
        rule: ["This repeat rule cannot be read."],
      });
    }
  }
  const id = await insertMeeting(db, {
    groupId: group.id,
    organisationId: group.organisationId,
    title: input.title,
    rule: input.rule,
    firstStart: input.firstStart,
    durationMinutes: input.durationMinutes,
    timeZone,
    place: input.place,
    link: input.link,
    createdByMembershipId: actor.membership.membershipId,
  });
  return { id };
}

async function meetingOf(db: DbOrTx, groupId: string, meetingId: string) {
  const meeting = await findMeeting(db, { groupId, meetingId });
  if (!meeting) throw new DomainError("NOT_FOUND", MEETING_NOT_FOUND);
  if (meeting.cancelledAt) throw new DomainError("CONFLICT", "This meeting has been cancelled.");
  return meeting;
}

/** Says whether the caller comes: to one occurrence, or (`originalStart` null) to every one. */
export async function answerMeeting(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; meetingId: string; originalStart: Date | null; response: RsvpResponse },
  now: Date = new Date(),
) {
  const { group } = await insideGroup(db, actor, input.groupId);
  const meeting = await meetingOf(db, group.id, input.meetingId);
  if (input.originalStart) {
    const occurrence = occurrenceAt(meeting, input.originalStart);
    if (occurrence.cancelled)
      throw new DomainError("CONFLICT", "This occurrence has been cancelled.");
    if (occurrence.start.getTime() <= now.getTime())
      throw new DomainError("CONFLICT", "This occurrence has already started.");
  }
  const membershipId = actor.membership.membershipId;
  await db.transaction(async (tx) => {
    // An answer for the whole series replaces the answers given for single occurrences.
    if (!input.originalStart)
      await clearOccurrenceRsvps(tx, { meetingId: meeting.id, membershipId });
    await setRsvp(tx, {
      meetingId: meeting.id,
      membershipId,
      occurrenceStart: input.originalStart,
      response: input.response,
    });
  });
}

/** The members to tell about an occurrence: active, and not saying they would not come. */
async function membersToTell(db: DbOrTx, meeting: MeetingRow, originalStart: Date) {
  const [people, rsvps] = await Promise.all([
    listGroupPeople(db, { groupId: meeting.groupId, statuses: ["active"] }),
    listRsvps(db, { groupId: meeting.groupId, meetingIds: [meeting.id] }),
  ]);
  const answer = answersOf(rsvps);
  return people
    .map((p) => p.membershipId)
    .filter((id) => answer(id, meeting.id, originalStart) !== "not-going");
}

/** Moves one occurrence to `newStart`, or cancels it (null); members hear of it. */
export async function changeMeetingOccurrence(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; meetingId: string; originalStart: Date; newStart: Date | null },
  now: Date = new Date(),
) {
  const { group } = await facilitatorOf(db, actor, input.groupId);
  const meeting = await meetingOf(db, group.id, input.meetingId);
  const occurrence = occurrenceAt(meeting, input.originalStart);
  if (occurrence.cancelled)
    throw new DomainError("CONFLICT", "This occurrence is already cancelled.");
  if (occurrence.start.getTime() <= now.getTime())
    throw new DomainError("CONFLICT", "This occurrence has already started.");
  if (input.newStart && input.newStart.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Choose a time in the future.", {
      newStart: ["Choose a time in the future."],
    });
  await db.transaction(async (tx) => {
    await changeOccurrenceRow(tx, {
      meetingId: meeting.id,
      originalStart: occurrence.originalStart,
      movedTo: input.newStart,
    });
    await insertMeetingNotices(
      tx,
      (await membersToTell(tx, meeting, occurrence.originalStart))
        .filter((id) => id !== actor.membership.membershipId)
        .map((recipientMembershipId) => ({
          organisationId: group.organisationId,
          groupId: group.id,
          recipientMembershipId,
          kind: input.newStart ? ("meeting-changed" as const) : ("meeting-cancelled" as const),
          meetingId: meeting.id,
          startsAt: input.newStart ?? occurrence.start,
          previousStart: occurrence.start,
        })),
    );
  });
}

/** Cancels a meeting and every occurrence still to come; members hear of it. */
export async function cancelMeeting(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; meetingId: string },
  now: Date = new Date(),
) {
  const { group } = await facilitatorOf(db, actor, input.groupId);
  const meeting = await meetingOf(db, group.id, input.meetingId);
  const [next] = meetingOccurrences(meeting, {
    from: now,
    to: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS),
  }).filter((o) => !o.cancelled);
  await db.transaction(async (tx) => {
    await cancelMeetingRow(tx, meeting.id, now);
    if (next)
      await insertMeetingNotices(
        tx,
        (await membersToTell(tx, meeting, next.originalStart))
          .filter((id) => id !== actor.membership.membershipId)
          .map((recipientMembershipId) => ({
            organisationId: group.organisationId,
            groupId: group.id,
            recipientMembershipId,
            kind: "meeting-cancelled" as const,
            meetingId: meeting.id,
            startsAt: next.start,
          })),
      );
  });
}

/**
 * Answers the anonymous evaluation of an occurrence the caller could attend, from its end for
 * two weeks, once. The answer is stored without the member; a receipt records only that they
 * answered.
 */
export async function evaluateMeeting(
  db: DbOrTx,
  actor: MemberActor,
  input: {
    groupId: string;
    meetingId: string;
    originalStart: Date;
    helpful: number;
    safe: number;
    comment: string;
  },
  now: Date = new Date(),
) {
  const { group, facilitates } = await insideGroup(db, actor, input.groupId);
  // Facilitators run the meeting and read the results: an answer of theirs, which they could
  // take away from the totals, would leave fewer than five others behind them.
  if (facilitates)
    throw new DomainError("FORBIDDEN", "Facilitators do not evaluate the meetings they run.");
  const meeting = await findMeeting(db, { groupId: group.id, meetingId: input.meetingId });
  if (!meeting) throw new DomainError("NOT_FOUND", MEETING_NOT_FOUND);
  const occurrence = occurrenceAt(meeting, input.originalStart);
  if (
    occurrence.cancelled ||
    (meeting.cancelledAt && occurrence.start.getTime() >= meeting.cancelledAt.getTime())
  )
    throw new DomainError("CONFLICT", "This occurrence was cancelled.");
  if (!evaluationOpen(occurrence.end, now))
    throw new DomainError(
      "CONFLICT",
      occurrence.end.getTime() > now.getTime()
        ? "The evaluation opens when the meeting ends."
        : `The evaluation closed ${EVALUATION_WINDOW_DAYS} days after the meeting.`,
    );
  await db.transaction(async (tx) => {
    if (
      !(await insertEvaluation(tx, {
        meetingId: meeting.id,
        occurrenceStart: occurrence.originalStart,
        membershipId: actor.membership.membershipId,
        helpful: input.helpful,
        safe: input.safe,
        comment: input.comment,
      }))
    )
      throw new DomainError("CONFLICT", "You have already answered for this meeting. Thank you.");
  });
}

/** A meeting's occurrences as calendar entries, in a viewer's time zone. */
export function meetingEntries(
  meeting: MeetingRow & { groupName: string },
  range: { from: Date; to: Date },
  viewer: { timeZone: string; webUrl?: string },
): CalendarSession[] {
  const cancelledMeeting = meeting.cancelledAt !== null;
  return meetingOccurrences(meeting, range).map((o) => ({
    id: `group-meeting-${meeting.id}-${o.originalStart.getTime()}`,
    title: `${meeting.title} · ${meeting.groupName}`,
    startsAt: o.start,
    endsAt: o.end,
    timeZone: viewer.timeZone,
    sequence: meeting.sequence,
    cancelled: cancelledMeeting || o.cancelled,
    organiser: meeting.organiser,
    description: [
      "A peer-group meeting in Tend. What is said in the group stays in the group.",
      meeting.place ? `Where: ${meeting.place}` : "",
      meeting.link ? `Video: ${meeting.link}` : "",
    ]
      .filter(Boolean)
      .join("\n"),
    updatedAt: meeting.updatedAt,
  }));
}

/** One meeting's occurrences for the next six months as an `.ics` file. */
export async function meetingCalendarFile(
  db: Db,
  actor: MemberActor,
  input: { groupId: string; meetingId: string },
  now: Date = new Date(),
) {
  const { group } = await insideGroup(db, actor, input.groupId);
  const meeting = await findMeeting(db, { groupId: group.id, meetingId: input.meetingId });
  if (!meeting) throw new DomainError("NOT_FOUND", MEETING_NOT_FOUND);
  const timeZone = actor.person.timeZone;
  const entries = meetingEntries(
    { ...meeting, groupName: group.name },
    { from: new Date(now.getTime() - 30 * DAY_MS), to: new Date(now.getTime() + 180 * DAY_MS) },
    { timeZone },
  );
  return {
    filename: `${meeting.title.replace(/[^\w-]+/gu, "-").toLowerCase() || "meeting"}.ics`,
    ics: calendarFeed(entries, { name: `${meeting.title} · ${group.name}`, timeZone }),
  };
}

/**
 * The worker's job: queues a reminder for every occurrence starting within a day, to each
 * active member who did not say they would not come (once per member and start). Returns how
 * many were queued.
 */
export async function queueMeetingReminders(db: Db, now: Date): Promise<number> {
  let queued = 0;
  for (const meeting of await listLiveMeetings(db)) {
    let soon: MeetingOccurrence[];
    try {
      soon = meetingOccurrences(meeting, {
        from: now,
        to: new Date(now.getTime() + MEETING_REMINDER_BEFORE_MS),
      }).filter((o) => !o.cancelled);
    } catch (error) {
      // One meeting whose rule cannot be worked out does not stop everyone else's reminders.
      log.error({ err: error, meeting: meeting.id }, "meeting occurrences failed");
      continue;
    }
    for (const occurrence of soon)
      queued += await insertMeetingNotices(
        db,
        (await membersToTell(db, meeting, occurrence.originalStart)).map(
          (recipientMembershipId) => ({
            organisationId: meeting.organisationId,
            groupId: meeting.groupId,
            recipientMembershipId,
            kind: "meeting-reminder" as const,
            meetingId: meeting.id,
            startsAt: occurrence.start,
          }),
        ),
      );
  }
  return queued;
}
