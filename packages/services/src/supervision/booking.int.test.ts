import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { createDb } from "@tend/db";
import { insertGroupSession, listSessionPlaces } from "@tend/db/queries";
import {
  availabilitySchedules,
  memberships,
  sessionParticipants,
  sessionTypes,
  supervisionRelationships,
  supervisionSessions,
  teamMembers,
  users,
} from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { DomainError } from "../errors";
import { listInbox } from "../notifications";
import { actorOf as actorOfMember } from "../testing";
import {
  bookIndividualSupervision,
  joinGroupSession,
  leaveSupervisionSession,
  listBookableSlots,
  TIME_TAKEN,
} from "./booking";

const db = connectTestDb();
// Enough connections for the racing transactions to really run at once.
const racingDb = createDb(inject("databaseUrl"), { max: 20 });
let org: TestOrganisation;
const NOW = new Date("2026-11-27T12:00:00Z");
const SLOT = new Date("2026-12-01T10:00:00Z");

const actorOf = (member: TestMember) => actorOfMember(db, member);

/**
 * `count` new clinicians of the organisation (supervised by `supervisor` when given), added in
 * a few batched statements: racing tests set up dozens of people, and one insert at a time
 * made that setup, not the race, the slow part on a loaded machine.
 */
async function clinicians(count: number, key: string, supervisor?: TestMember) {
  const people = Array.from({ length: count }, (_, i) => ({
    name: `${key} ${i}`,
    email: `${key}-${i}-${org.organisationId}@test.example`,
  }));
  const members = await db.transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values(people)
      .returning({ id: users.id, email: users.email });
    const joined = await tx
      .insert(memberships)
      .values(
        created.map((u) => ({
          organisationId: org.organisationId,
          userId: u.id,
          roles: ["clinician" as const],
        })),
      )
      .returning({ id: memberships.id, userId: memberships.userId });
    await tx.insert(teamMembers).values(
      joined.map((m) => ({
        organisationId: org.organisationId,
        teamId: org.teamId,
        membershipId: m.id,
      })),
    );
    if (supervisor)
      await tx.insert(supervisionRelationships).values(
        joined.map((m) => ({
          organisationId: org.organisationId,
          supervisorMembershipId: supervisor.membershipId,
          superviseeMembershipId: m.id,
        })),
      );
    return joined.map((m): TestMember => ({
      userId: m.userId,
      membershipId: m.id,
      email: created.find((u) => u.id === m.userId)?.email ?? "",
      roles: ["clinician"],
    }));
  });
  // In creation order, which the waitlist test relies on.
  const byEmail = new Map(members.map((m) => [m.email, m]));
  const ordered = people
    .map((p) => byEmail.get(p.email))
    .filter((m): m is TestMember => m !== undefined);
  return Promise.all(ordered.map(actorOf));
}

const failure = (result: PromiseSettledResult<unknown>) =>
  result.status === "rejected" && result.reason instanceof DomainError
    ? `${result.reason.code}: ${result.reason.message}`
    : result.status;

/** Weekdays 09:00–17:00 UTC, 50-minute individual supervision on the hour. */
async function offer(
  supervisor: TestMember,
  rules: Partial<typeof sessionTypes.$inferInsert> = {},
) {
  const [schedule] = await db
    .insert(availabilitySchedules)
    .values({
      organisationId: org.organisationId,
      supervisorMembershipId: supervisor.membershipId,
      name: "Clinic hours",
      timeZone: "UTC",
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
    })
    .returning();
  if (!schedule) throw new Error("no schedule");
  const [type] = await db
    .insert(sessionTypes)
    .values({
      organisationId: org.organisationId,
      supervisorMembershipId: supervisor.membershipId,
      scheduleId: schedule.id,
      kind: "individual",
      name: "Individual supervision",
      durationMinutes: 50,
      ...rules,
    })
    .returning();
  if (!type) throw new Error("no session type");
  return type.id;
}

let supervisorType: string;

beforeAll(async () => {
  org = await createTestOrganisation(db, "Booking");
  supervisorType = await offer(org.supervisor, { bufferAfterMinutes: 10 });
});

afterAll(async () => {
  await racingDb.close();
  await db.close();
});

describe("individual supervision", () => {
  it("50 supervisees booking one slot at once: exactly one succeeds, the rest are told it was taken", async () => {
    const actors = await clinicians(50, "racer", org.supervisor);
    const results = await Promise.allSettled(
      actors.map((actor) =>
        bookIndividualSupervision(
          racingDb,
          actor,
          { sessionTypeId: supervisorType, startsAt: SLOT },
          NOW,
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map(failure)).toEqual(
      Array.from({ length: 49 }, () => `CONFLICT: ${TIME_TAKEN}`),
    );
    const sessions = await db
      .select()
      .from(supervisionSessions)
      .where(eq(supervisionSessions.supervisorMembershipId, org.supervisor.membershipId));
    expect(sessions).toHaveLength(1);
    // A losing booking leaves nothing behind: one seat, in the one session.
    const seats = await db
      .select()
      .from(sessionParticipants)
      .where(eq(sessionParticipants.startsAt, SLOT));
    expect(seats.map((s) => s.sessionId)).toEqual([sessions[0]?.id]);
  });

  it("offers the schedule's times around sessions and buffers, and books only those", async () => {
    const me = await actorOf(org.clinician);
    const day = { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-02T00:00:00Z") };
    const times = (
      await listBookableSlots(db, me, { sessionTypeId: supervisorType, ...day }, NOW)
    ).map((s) => s.start.toISOString().slice(11, 16));
    // 10:00 is booked (by the race above); its 10 minutes after keep 11:00 free, as 10:50 + 10.
    expect(times).toEqual(["09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]);
    const book = (startsAt: Date, sessionTypeId = supervisorType) =>
      bookIndividualSupervision(db, me, { sessionTypeId, startsAt }, NOW);
    await expect(book(new Date("2026-12-01T09:30:00Z"))).rejects.toMatchObject({ code: "INVALID" });
    await expect(book(new Date("2026-12-05T10:00:00Z"))).rejects.toMatchObject({ code: "INVALID" }); // a Saturday
    await expect(book(new Date("2026-11-27T10:00:00Z"))).rejects.toMatchObject({ code: "INVALID" }); // past
    await expect(book(SLOT)).rejects.toMatchObject({ code: "CONFLICT", message: TIME_TAKEN });
    const eleven = new Date("2026-12-01T11:00:00Z");
    const { sessionId } = await book(eleven);

    // The supervisor is told in the app, with the session's time; the one who booked is not.
    const booked = async (actor: typeof me) =>
      (await listInbox(db, actor)).items.filter(
        (n) => n.kind === "session_booked" && n.href === `/supervision/sessions/${sessionId}`,
      );
    expect(await booked(await actorOf(org.supervisor))).toMatchObject([{ eventAt: eleven }]);
    expect(await booked(me)).toEqual([]);
  });

  it("keeps a day's maximum when the day's other sessions lie far from the time asked for", async () => {
    const supervisor = await addTestMember(
      db,
      org,
      { name: "Daily Limit", email: `daily-limit-${org.organisationId}@test.example` },
      ["supervisor"],
    );
    const type = await offer(supervisor, { maxPerDay: 1 });
    const [first, second] = await clinicians(2, "daily", supervisor);
    if (!first || !second) throw new Error("no clinicians");
    await bookIndividualSupervision(db, first, { sessionTypeId: type, startsAt: SLOT }, NOW);
    const evening = new Date(SLOT.getTime() + 6 * 3_600_000);
    await expect(
      bookIndividualSupervision(db, second, { sessionTypeId: type, startsAt: evening }, NOW),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const day = {
      from: new Date(SLOT.getTime() - 3_600_000),
      to: new Date(SLOT.getTime() + 12 * 3_600_000),
    };
    expect(await listBookableSlots(db, second, { sessionTypeId: type, ...day }, NOW)).toEqual([]);
  });

  it("only with one's own supervisor, and never overlapping one's own seats", async () => {
    const me = await actorOf(org.clinician);
    const otherType = await offer(org.otherSupervisor);
    await expect(
      bookIndividualSupervision(db, me, { sessionTypeId: otherType, startsAt: SLOT }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A second supervisor of the same person: the person's own seat at 11:00 blocks 11:00 there.
    await db.insert(supervisionRelationships).values({
      organisationId: org.organisationId,
      supervisorMembershipId: org.supervisingClinician.membershipId,
      superviseeMembershipId: org.clinician.membershipId,
    });
    const secondType = await offer(org.supervisingClinician);
    await expect(
      bookIndividualSupervision(
        db,
        me,
        { sessionTypeId: secondType, startsAt: new Date("2026-12-01T11:00:00Z") },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", message: TIME_TAKEN });
    const admin = await actorOf(org.admin);
    await expect(
      bookIndividualSupervision(db, admin, { sessionTypeId: supervisorType, startsAt: SLOT }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      bookIndividualSupervision(
        db,
        me,
        { sessionTypeId: "00000000-0000-4000-8000-000000000000", startsAt: SLOT },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("group case discussions", () => {
  async function group(seatLimit: number, startsAt: Date) {
    const created = await insertGroupSession(db, {
      organisationId: org.organisationId,
      supervisorMembershipId: org.otherSupervisor.membershipId,
      title: "Thursday case discussion",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      seatLimit,
    });
    if (!created.ok) throw new Error("overlap");
    return created.value.sessionId;
  }

  it("20 takers of 6 seats at once: exactly 6 seated, 14 waitlisted in arrival order; a freed seat promotes exactly one", async () => {
    const sessionId = await group(6, new Date("2026-12-03T14:00:00Z"));
    const actors = await clinicians(20, "taker");
    const results = await Promise.all(actors.map((a) => joinGroupSession(racingDb, a, sessionId)));
    expect(results.filter((r) => r.status === "seated")).toHaveLength(6);
    const positions = results.flatMap((r) => (r.status === "waitlisted" ? [r.position] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));

    const places = await listSessionPlaces(db, sessionId);
    const waitlist = places.filter((p) => p.status === "waitlisted");
    expect(waitlist).toHaveLength(14);
    // Arrival order: each taker's position is their rank by the time they reached the lock.
    const positionOf = new Map(
      actors.map((a, i) => {
        const r = results[i];
        return [a.membership.membershipId, r?.status === "waitlisted" ? r.position : 0];
      }),
    );
    expect(waitlist.map((p) => positionOf.get(p.membershipId))).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );

    const seatedActor = actors[results.findIndex((r) => r.status === "seated")];
    if (!seatedActor) throw new Error("nobody seated");
    const left = await leaveSupervisionSession(db, seatedActor, { sessionId, reason: "Ill" });
    expect(left.promotedMembershipId).toBe(waitlist[0]?.membershipId);
    // The one promoted is told in the app that they have a seat.
    const promoted = actors.find((a) => a.membership.membershipId === left.promotedMembershipId);
    if (!promoted) throw new Error("nobody promoted");
    expect(
      (await listInbox(db, promoted)).items.filter(
        (n) => n.kind === "session_seat" && n.href === `/supervision/sessions/${sessionId}`,
      ),
    ).toHaveLength(1);
    const after = await listSessionPlaces(db, sessionId);
    expect(after.filter((p) => p.status === "seated")).toHaveLength(6);
    expect(after.filter((p) => p.status === "waitlisted")).toHaveLength(13);

    // Leaving the waitlist frees no seat and promotes nobody.
    const waiting = actors.find((a) => a.membership.membershipId === waitlist[1]?.membershipId);
    if (!waiting) throw new Error("no waiting actor");
    expect(await leaveSupervisionSession(db, waiting, { sessionId, reason: "Clash" })).toEqual({
      promotedMembershipId: null,
    });
  });

  it("says plainly when someone is already in, has a clash, or the session is gone", async () => {
    const first = await group(2, new Date("2026-12-04T14:00:00Z"));
    const me = await actorOf(org.otherClinician);
    await expect(joinGroupSession(db, me, first)).resolves.toEqual({ status: "seated" });
    await expect(joinGroupSession(db, me, first)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You already have a seat in this session.",
    });
    // The supervisor cannot run two overlapping groups: the database refused the second.
    expect(
      await insertGroupSession(db, {
        organisationId: org.organisationId,
        supervisorMembershipId: org.otherSupervisor.membershipId,
        title: "Overlapping",
        startsAt: new Date("2026-12-04T15:00:00Z"),
        endsAt: new Date("2026-12-04T16:00:00Z"),
        seatLimit: 4,
      }),
    ).toEqual({ ok: false, reason: "overlap" });
    const other = await insertGroupSession(db, {
      organisationId: org.organisationId,
      supervisorMembershipId: org.supervisingClinician.membershipId,
      title: "Same time, other supervisor",
      startsAt: new Date("2026-12-04T15:00:00Z"),
      endsAt: new Date("2026-12-04T16:30:00Z"),
      seatLimit: 4,
    });
    if (!other.ok) throw new Error("overlap");
    await expect(joinGroupSession(db, me, other.value.sessionId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You have another session at that time.",
    });
    await expect(
      joinGroupSession(db, me, "00000000-0000-4000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      leaveSupervisionSession(db, me, { sessionId: other.value.sessionId, reason: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
