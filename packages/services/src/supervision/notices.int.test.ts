import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { insertIndividualSession, resolveSession } from "@tend/db/queries";
import { devOutbox, memberships, supervisionNotices, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { MemberActor } from "../actor";
import { queueSessionNotices, sendSupervisionNotices } from "./notices";
import { cancelSupervisionSession, rescheduleSupervisionSession } from "./sessions";

const db = connectTestDb();
let org: TestOrganisation;
const WEB = "http://localhost:3000";

async function actorOf(member: TestMember): Promise<MemberActor> {
  const resolved = await resolveSession(db, { userId: member.userId, sessionVersion: 0 });
  if (!resolved.current || !resolved.membership) throw new Error("no actor");
  return { userId: member.userId, ...resolved.caller, membership: resolved.membership };
}

const outboxOf = (member: TestMember) =>
  db.select().from(devOutbox).where(eq(devOutbox.to, member.email)).orderBy(devOutbox.createdAt);

/** The clinician's session with their supervisor at `startsAt` (50 minutes), with a booking notice queued. */
async function session(startsAt: Date) {
  const outcome = await insertIndividualSession(db, {
    organisationId: org.organisationId,
    supervisorMembershipId: org.supervisor.membershipId,
    participantMembershipId: org.clinician.membershipId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 50 * 60_000),
  });
  if (!outcome.ok) throw new Error("overlap");
  return outcome.value.sessionId;
}

const pendingFor = (sessionId: string) =>
  db
    .select()
    .from(supervisionNotices)
    .where(
      and(
        eq(supervisionNotices.sessionId, sessionId),
        inArray(supervisionNotices.kind, [
          "booked",
          "changed",
          "cancelled",
          "reminder",
          "promoted",
        ]),
      ),
    );

beforeAll(async () => {
  org = await createTestOrganisation(db, "Notices");
  // Both in London with quiet hours from 21:00 to 07:30.
  for (const member of [org.clinician, org.supervisor])
    await db
      .update(users)
      .set({ timeZone: "Europe/London", quietHours: { start: "21:00", end: "07:30" } })
      .where(eq(users.id, member.userId));
});
afterAll(() => db.close());

describe("supervision e-mails", () => {
  it("sends a booking to both with the session's .ics, in each one's time zone, once", async () => {
    const id = await session(new Date("2026-12-08T10:00:00Z"));
    await queueSessionNotices(db, {
      session: { id, organisationId: org.organisationId },
      kind: "booked",
      recipients: [org.clinician.membershipId, org.supervisor.membershipId],
    });
    await sendSupervisionNotices(db, new Date("2026-12-01T12:00:00Z"), WEB);
    const [mail] = await outboxOf(org.clinician);
    expect(mail?.subject).toBe("Supervision booked · Tue 8 Dec, 10:00");
    expect(mail?.text).toContain(`${WEB}/supervision/sessions/${id}`);
    const [ics] = mail?.attachments ?? [];
    expect(ics?.filename).toBe("supervision.ics");
    expect(ics?.content).toContain("METHOD:REQUEST");
    expect(ics?.content).toContain("DTSTART:20261208T100000Z");
    expect(ics?.content).toContain(`UID:${id}@tend`);
    expect(await outboxOf(org.supervisor)).toHaveLength(1);
    // A second scan sends nothing again.
    await sendSupervisionNotices(db, new Date("2026-12-01T12:05:00Z"), WEB);
    expect(await outboxOf(org.clinician)).toHaveLength(1);
  });

  it("holds mail in quiet hours until they end, except a change to today's session", async () => {
    const before = (await outboxOf(org.clinician)).length;
    const later = await session(new Date("2026-12-10T10:00:00Z"));
    const today = await session(new Date("2026-12-03T09:00:00Z"));
    const night = new Date("2026-12-02T22:00:00Z"); // 22:00 in London: quiet
    await queueSessionNotices(db, {
      session: { id: later, organisationId: org.organisationId },
      kind: "booked",
      recipients: [org.clinician.membershipId],
    });
    await sendSupervisionNotices(db, night, WEB);
    expect((await outboxOf(org.clinician)).length).toBe(before);
    expect((await pendingFor(later)).every((n) => n.sentAt === null)).toBe(true);

    // 06:50 on the day of the 09:00 session, still quiet: its cancellation goes at once...
    const early = new Date("2026-12-03T06:50:00Z");
    await cancelSupervisionSession(
      db,
      await actorOf(org.supervisor),
      { sessionId: today, reason: "Unwell" },
      early,
    );
    await sendSupervisionNotices(db, early, WEB);
    const mails = await outboxOf(org.clinician);
    expect(mails.map((m) => m.subject)).toContain("Supervision cancelled · Thu 3 Dec, 09:00");
    const cancelled = mails.find((m) => m.subject.startsWith("Supervision cancelled"));
    expect(cancelled?.attachments[0]?.content).toContain("METHOD:CANCEL");
    expect(cancelled?.text).toContain("Reason given: Unwell");
    // ...while the booking for next week waits for 07:30.
    expect(mails.some((m) => m.subject.startsWith("Supervision booked · Thu 10 Dec"))).toBe(false);
    await sendSupervisionNotices(db, new Date("2026-12-03T07:30:00Z"), WEB);
    expect(
      (await outboxOf(org.clinician)).some((m) =>
        m.subject.startsWith("Supervision booked · Thu 10 Dec"),
      ),
    ).toBe(true);
  });

  it("reminds both a day ahead, once, and tells of a move with the old and new time", async () => {
    const id = await session(new Date("2026-12-15T14:00:00Z"));
    const dayBefore = new Date("2026-12-14T15:00:00Z");
    await sendSupervisionNotices(db, dayBefore, WEB);
    await sendSupervisionNotices(db, new Date(dayBefore.getTime() + 300_000), WEB);
    const reminders = (await pendingFor(id)).filter((n) => n.kind === "reminder");
    expect(reminders.map((r) => r.recipientMembershipId).sort()).toEqual(
      [org.clinician.membershipId, org.supervisor.membershipId].sort(),
    );
    expect(reminders.every((r) => r.sentAt !== null)).toBe(true);

    await rescheduleSupervisionSession(
      db,
      await actorOf(org.supervisor),
      { sessionId: id, startsAt: new Date("2026-12-16T14:00:00Z") },
      new Date("2026-12-14T16:00:00Z"),
    );
    await sendSupervisionNotices(db, new Date("2026-12-14T16:00:00Z"), WEB);
    const moved = (await outboxOf(org.clinician)).find((m) =>
      m.subject.startsWith("Supervision moved"),
    );
    expect(moved?.text).toContain(
      "from Tuesday 15 December, 14:00 to Wednesday 16 December 2026, 14:00",
    );
    expect(moved?.attachments[0]?.content).toContain("SEQUENCE:1");
    // The moved session is reminded again before its new time.
    await sendSupervisionNotices(db, new Date("2026-12-15T15:00:00Z"), WEB);
    expect((await pendingFor(id)).filter((n) => n.kind === "reminder")).toHaveLength(4);
  });

  it("sends nothing more to a deactivated member, and does not keep their notices waiting", async () => {
    const id = await session(new Date("2027-01-12T10:00:00Z"));
    await queueSessionNotices(db, {
      session: { id, organisationId: org.organisationId },
      kind: "booked",
      recipients: [org.clinician.membershipId, org.supervisor.membershipId],
    });
    const before = (await outboxOf(org.clinician)).length;
    const supervisorBefore = (await outboxOf(org.supervisor)).length;
    await db
      .update(memberships)
      .set({ deactivatedAt: new Date("2027-01-04T09:00:00Z") })
      .where(eq(memberships.id, org.clinician.membershipId));
    try {
      await sendSupervisionNotices(db, new Date("2027-01-05T12:00:00Z"), WEB);
      expect(await outboxOf(org.clinician)).toHaveLength(before);
      expect(await outboxOf(org.supervisor)).toHaveLength(supervisorBefore + 1);
      const notices = await pendingFor(id);
      expect(notices.every((n) => n.sentAt !== null)).toBe(true);
    } finally {
      await db
        .update(memberships)
        .set({ deactivatedAt: null })
        .where(eq(memberships.id, org.clinician.membershipId));
    }
  });
});
