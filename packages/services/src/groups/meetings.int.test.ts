import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { devOutbox, groupNotices } from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { EVALUATION_MIN_ANSWERS } from "@tend/groups";

import type { MemberActor } from "../actor";
import { readFeed, regenerateFeed } from "../supervision/calendar";
import { actorOf as actorOfMember, domainFailure as failure } from "../testing";
import { createGroup, joinGroup } from "./groups";
import {
  answerMeeting,
  cancelMeeting,
  changeMeetingOccurrence,
  createMeeting,
  evaluateMeeting,
  listMeetings,
  meetingCalendarFile,
  queueMeetingReminders,
} from "./meetings";
import { sendGroupNotices } from "./notices";

const db = connectTestDb();
let org: TestOrganisation;
const WEB = "http://localhost:3000";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let n = 0;
async function colleague(): Promise<{ member: TestMember; actor: MemberActor }> {
  const member = await addTestMember(
    db,
    { organisationId: org.organisationId, teamId: org.teamId },
    { name: `Meeting member ${++n}`, email: `meetings-${n}-${org.organisationId}@test.example` },
    ["clinician"],
  );
  return { member, actor: await actorOfMember(db, member) };
}

/** Noon UTC, two days from today: outside every test member's quiet hours (20:00–07:30 UTC). */
function noonInTwoDays() {
  const at = new Date();
  at.setUTCHours(12, 0, 0, 0);
  return new Date(at.getTime() + 2 * DAY);
}

let facilitator: MemberActor;
let members: { member: TestMember; actor: MemberActor }[];
let outsider: { member: TestMember; actor: MemberActor };
let groupId: string;

beforeAll(async () => {
  org = await createTestOrganisation(db, "Meetings");
  facilitator = await actorOfMember(db, org.clinician);
  members = [];
  for (let i = 0; i < 6; i++) members.push(await colleague());
  outsider = await colleague();
  ({ id: groupId } = await createGroup(db, facilitator, {
    name: "Meeting circle",
    purpose: "",
    format: "peer-support",
    visibility: "open",
  }));
  for (const m of members) await joinGroup(db, m.actor, { groupId, agreementVersion: 1 });
});
afterAll(() => db.close());

const member = (i: number) => {
  const m = members[i];
  if (!m) throw new Error(`no member ${i}`);
  return m;
};

describe("group meetings", () => {
  it("are for members: colleagues outside the group are refused", async () => {
    expect(await failure(listMeetings(db, outsider.actor, groupId))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await failure(
        createMeeting(db, member(0).actor, {
          groupId,
          title: "Mine",
          firstStart: noonInTwoDays(),
          durationMinutes: 60,
          rule: null,
          place: "",
          link: "",
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses repeat rules other than the form's and occurrences no rule could have, as bad input", async () => {
    const base = {
      groupId,
      title: "Odd",
      firstStart: noonInTwoDays(),
      durationMinutes: 60,
      place: "",
      link: "",
    };
    for (const rule of ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYSETPOS=0"])
      expect(await failure(createMeeting(db, facilitator, { ...base, rule }))).toMatchObject({
        code: "INVALID",
      });
    const { id: meetingId } = await createMeeting(db, facilitator, {
      ...base,
      rule: "FREQ=WEEKLY;COUNT=2",
    });
    for (const originalStart of [new Date(8.64e15), new Date("9999-01-01T12:00:00Z")])
      expect(
        await failure(
          answerMeeting(db, member(0).actor, {
            groupId,
            meetingId,
            originalStart,
            response: "going",
          }),
        ),
      ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes answers for the series and for one occurrence, the occurrence's winning", async () => {
    const firstStart = noonInTwoDays();
    const { id: meetingId } = await createMeeting(db, facilitator, {
      groupId,
      title: "Weekly circle",
      firstStart,
      durationMinutes: 60,
      rule: "FREQ=WEEKLY;COUNT=4",
      place: "Room 2",
      link: "https://meet.example/circle",
    });
    const second = new Date(firstStart.getTime() + 7 * DAY);
    await answerMeeting(db, member(0).actor, {
      groupId,
      meetingId,
      originalStart: null,
      response: "going",
    });
    await answerMeeting(db, member(1).actor, {
      groupId,
      meetingId,
      originalStart: null,
      response: "going",
    });
    await answerMeeting(db, member(1).actor, {
      groupId,
      meetingId,
      originalStart: second,
      response: "not-going",
    });

    const seen = await listMeetings(db, member(1).actor, groupId);
    const meeting = seen.meetings.find((m) => m.id === meetingId);
    expect(meeting?.yourSeriesAnswer).toBe("going");
    expect(meeting?.upcoming.map((o) => [o.yourAnswer, o.going])).toEqual([
      ["going", 2],
      ["not-going", 1],
      ["going", 2],
      ["going", 2],
    ]);
    // Not an occurrence of the series.
    expect(
      await failure(
        answerMeeting(db, member(1).actor, {
          groupId,
          meetingId,
          originalStart: new Date(second.getTime() + HOUR),
          response: "going",
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    // Answering for the series again replaces the answer for one occurrence.
    await answerMeeting(db, member(1).actor, {
      groupId,
      meetingId,
      originalStart: null,
      response: "going",
    });
    const again = (await listMeetings(db, member(1).actor, groupId)).meetings.find(
      (m) => m.id === meetingId,
    );
    expect(again?.upcoming.map((o) => o.yourAnswer)).toEqual(["going", "going", "going", "going"]);
  });

  it("moves and cancels single occurrences and tells those who may come, outside quiet hours", async () => {
    const firstStart = noonInTwoDays();
    const { id: meetingId } = await createMeeting(db, facilitator, {
      groupId,
      title: "Fortnightly round",
      firstStart,
      durationMinutes: 90,
      rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=3",
      place: "Library",
      link: "",
    });
    await answerMeeting(db, member(2).actor, {
      groupId,
      meetingId,
      originalStart: firstStart,
      response: "not-going",
    });
    const moved = new Date(firstStart.getTime() + 2 * HOUR);
    await changeMeetingOccurrence(db, facilitator, {
      groupId,
      meetingId,
      originalStart: firstStart,
      newStart: moved,
    });
    const third = new Date(firstStart.getTime() + 28 * DAY);
    await changeMeetingOccurrence(db, facilitator, {
      groupId,
      meetingId,
      originalStart: third,
      newStart: null,
    });
    expect(
      await failure(
        changeMeetingOccurrence(db, member(0).actor, {
          groupId,
          meetingId,
          originalStart: third,
          newStart: null,
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });

    const meeting = (await listMeetings(db, member(0).actor, groupId)).meetings.find(
      (m) => m.id === meetingId,
    );
    expect(meeting?.upcoming.map((o) => [o.start.toISOString(), o.moved, o.cancelled])).toEqual([
      [moved.toISOString(), true, false],
      [new Date(firstStart.getTime() + 14 * DAY).toISOString(), false, false],
      [third.toISOString(), false, true],
    ]);

    const notices = await db
      .select({ kind: groupNotices.kind, to: groupNotices.recipientMembershipId })
      .from(groupNotices)
      .where(eq(groupNotices.meetingId, meetingId));
    const movedTo = notices.filter((x) => x.kind === "meeting-changed").map((x) => x.to);
    // Everyone but the facilitator who moved it and the member who is not coming to it.
    expect(movedTo.sort()).toEqual(
      members
        .filter((_, i) => i !== 2)
        .map((m) => m.member.membershipId)
        .sort(),
    );
    expect(notices.filter((x) => x.kind === "meeting-cancelled")).toHaveLength(members.length);

    // Sent by the worker's job (when is `decideGroupNotice`'s, tested on its own).
    await sendGroupNotices(db, new Date(firstStart.getTime() - 26 * HOUR), WEB);
    const mailTo = (m: TestMember) => db.select().from(devOutbox).where(eq(devOutbox.to, m.email));
    const mails = await mailTo(member(0).member);
    expect(
      mails.some(
        (m) => m.subject.startsWith("Group meeting moved") && m.text.includes("Fortnightly round"),
      ),
    ).toBe(true);
  });

  it("reminds those who may come once, a day ahead", async () => {
    const firstStart = noonInTwoDays();
    const { id: meetingId } = await createMeeting(db, facilitator, {
      groupId,
      title: "Reminder check",
      firstStart,
      durationMinutes: 60,
      rule: null,
      place: "",
      link: "https://meet.example/r",
    });
    await answerMeeting(db, member(3).actor, {
      groupId,
      meetingId,
      originalStart: null,
      response: "not-going",
    });
    const dayBefore = new Date(firstStart.getTime() - 20 * HOUR);
    const reminderRows = () =>
      db
        .select({ to: groupNotices.recipientMembershipId })
        .from(groupNotices)
        .where(
          and(eq(groupNotices.meetingId, meetingId), eq(groupNotices.kind, "meeting-reminder")),
        );
    // Thirty hours ahead is too early.
    await queueMeetingReminders(db, new Date(firstStart.getTime() - 30 * HOUR));
    expect(await reminderRows()).toEqual([]);
    const queued = await queueMeetingReminders(db, dayBefore);
    const reminders = await reminderRows();
    expect(reminders.map((r) => r.to).sort()).toEqual(
      [
        org.clinician.membershipId,
        ...members.filter((_, i) => i !== 3).map((m) => m.member.membershipId),
      ].sort(),
    );
    expect(queued).toBeGreaterThanOrEqual(reminders.length);
    await queueMeetingReminders(db, new Date(dayBefore.getTime() + HOUR));
    expect(await reminderRows()).toHaveLength(reminders.length);
    await cancelMeeting(db, facilitator, { groupId, meetingId });
    // Its reminders no longer apply: the worker drops them instead of sending them.
    await sendGroupNotices(db, dayBefore, WEB);
    const reminderMails = await db
      .select()
      .from(devOutbox)
      .where(eq(devOutbox.to, member(0).member.email));
    expect(
      reminderMails.filter(
        (m) => m.subject.startsWith("Reminder") && m.text.includes("Reminder check"),
      ),
    ).toEqual([]);
    // The cancellation itself is news to them.
    expect(
      reminderMails.some(
        (m) => m.subject.startsWith("Group meeting cancelled") && m.text.includes("Reminder check"),
      ),
    ).toBe(true);
    const sent = await db
      .select({ sentAt: groupNotices.sentAt })
      .from(groupNotices)
      .where(and(eq(groupNotices.meetingId, meetingId), eq(groupNotices.kind, "meeting-reminder")));
    expect(sent.every((n) => n.sentAt !== null)).toBe(true);
    expect((await listMeetings(db, facilitator, groupId)).meetings.map((m) => m.id)).not.toContain(
      meetingId,
    );
  });

  it(`withholds an evaluation from the facilitators until ${EVALUATION_MIN_ANSWERS} members answered, and takes one answer each`, async () => {
    const firstStart = noonInTwoDays();
    const { id: meetingId } = await createMeeting(db, facilitator, {
      groupId,
      title: "Evaluated",
      firstStart,
      durationMinutes: 60,
      rule: null,
      place: "",
      link: "",
    });
    const after = new Date(firstStart.getTime() + 2 * HOUR);
    const evaluate = (i: number, helpful: number, at = after) =>
      evaluateMeeting(
        db,
        member(i).actor,
        {
          groupId,
          meetingId,
          originalStart: firstStart,
          helpful,
          safe: 5,
          comment: i === 0 ? "Good to be heard" : "",
        },
        at,
      );

    expect(
      await failure(evaluate(0, 4, new Date(firstStart.getTime() + 30 * 60_000))),
    ).toMatchObject({ code: "CONFLICT" });
    for (let i = 0; i < EVALUATION_MIN_ANSWERS - 1; i++) await evaluate(i, 4);
    expect(await failure(evaluate(0, 5))).toMatchObject({ code: "CONFLICT" });

    const summary = async (at = after) =>
      (await listMeetings(db, facilitator, groupId, at)).evaluations?.find(
        (e) => e.meetingId === meetingId,
      )?.summary;
    // Results wait for the evaluation to close, so that no answer shows in the change it makes.
    const closed = new Date(firstStart.getTime() + 15 * DAY);
    expect(await summary()).toEqual({ answers: EVALUATION_MIN_ANSWERS - 1, withheld: true });
    // Members see the evaluation to answer, never the results.
    const memberView = await listMeetings(db, member(5).actor, groupId, after);
    expect(memberView.evaluations).toBeNull();
    expect(memberView.toEvaluate.map((e) => e.meetingId)).toContain(meetingId);

    await evaluate(EVALUATION_MIN_ANSWERS - 1, 2);
    expect(await summary()).toEqual({ answers: EVALUATION_MIN_ANSWERS, withheld: true });
    // Facilitators run the meeting: their answer would let them take it away from the totals.
    expect(
      await failure(
        evaluateMeeting(
          db,
          facilitator,
          { groupId, meetingId, originalStart: firstStart, helpful: 1, safe: 1, comment: "" },
          after,
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await summary(closed)).toEqual({
      answers: EVALUATION_MIN_ANSWERS,
      withheld: false,
      helpful: { mean: 3.6, counts: [0, 1, 0, 4, 0] },
      safe: { mean: 5, counts: [0, 0, 0, 0, 5] },
      comments: ["Good to be heard"],
    });
    expect(
      (await listMeetings(db, member(0).actor, groupId, after)).toEvaluate.map((e) => e.meetingId),
    ).not.toContain(meetingId);
    // Cancelled afterwards: the meeting leaves the list, what it got stays with the facilitators.
    await cancelMeeting(db, facilitator, { groupId, meetingId }, after);
    const later = await listMeetings(db, facilitator, groupId, closed);
    expect(later.meetings.map((m) => m.id)).not.toContain(meetingId);
    expect(later.evaluations?.find((e) => e.meetingId === meetingId)?.summary).toMatchObject({
      answers: EVALUATION_MIN_ANSWERS,
      withheld: false,
    });
  });

  it("reaches calendars: an .ics file for members, and the personal feed of members only", async () => {
    const firstStart = noonInTwoDays();
    const { id: meetingId } = await createMeeting(db, facilitator, {
      groupId,
      title: "Calendar circle",
      firstStart,
      durationMinutes: 60,
      rule: "FREQ=WEEKLY;COUNT=2",
      place: "Room 9",
      link: "",
    });
    const file = await meetingCalendarFile(db, member(0).actor, { groupId, meetingId });
    expect(file.ics.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
    expect(file.ics).toContain("Calendar circle");
    expect(
      await failure(meetingCalendarFile(db, outsider.actor, { groupId, meetingId })),
    ).toMatchObject({ code: "FORBIDDEN" });

    const { token } = await regenerateFeed(db, member(0).actor);
    expect(await readFeed(db, token)).toContain("Calendar circle · Meeting circle");
    const other = await regenerateFeed(db, outsider.actor);
    expect(await readFeed(db, other.token)).not.toContain("Calendar circle");
  });
});
