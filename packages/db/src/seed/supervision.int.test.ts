/**
 * The supervision demo, seeded into a database of its own (on the test server) so that the
 * other integration tests' rows and resets never meet it.
 */
import {
  and,
  asc,
  count,
  eq,
  gt,
  gte,
  isNull,
  lt,
  ne,
  sql,
  TransactionRollbackError,
} from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { availableSlots, formatLocal, seriesOccurrences } from "@tend/scheduling";
import { findPossibleIdentifiers } from "@tend/supervision";

import type { DbOrTx } from "../client";
import { createDb } from "../client";
import {
  countPlaces,
  getBoardRule,
  getSessionTypeWithSchedule,
  listSchedulesWithTypes,
  listSeatTimes,
  listSupervisorSessionTimes,
  takeSeat,
} from "../queries";
import {
  agendaItems,
  auditEvents,
  hourEntries,
  memberships,
  organisations,
  sessionNotes,
  sessionParticipants,
  sessionSeries,
  supervisionNotices,
  supervisionRelationships,
  supervisionSessions,
  users,
} from "../schema";

import "../testing/provided-context";

import { createThrowawayDatabase } from "../throwaway";
import { seedPeople } from "./identity";
import { PERSONAS, seedDemo } from "./index";
import { seedSupervision } from "./supervision";

const DAY = 86_400_000;
const NOW = new Date();

let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let db: ReturnType<typeof createDb>;

beforeAll(async () => {
  database = await createThrowawayDatabase({
    prefix: "tend_seed",
    adminUrl: inject("databaseUrl"),
  });
  db = createDb(database.url, { max: 4 });
  await seedDemo(db, NOW);
}, 120_000);
afterAll(async () => {
  await db.close();
  await database.drop();
});

/** Runs `fn` in a transaction that is then rolled back, and returns what it returned. */
async function rolledBack<T>(fn: (tx: DbOrTx) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined;
  await db
    .transaction(async (tx) => {
      result = { value: await fn(tx) };
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  if (!result) throw new Error("nothing returned");
  return result.value;
}

async function member(email: string, slug = "riverbend") {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      organisationId: memberships.organisationId,
      roles: memberships.roles,
      timeZone: users.timeZone,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.email, email), eq(organisations.slug, slug)));
  if (!row) throw new Error(`${email} is not in ${slug}`);
  return row;
}

/** The seeded supervision relationships, with both sides' memberships. */
const relationships = () =>
  db
    .select({
      organisationId: supervisionRelationships.organisationId,
      supervisorMembershipId: supervisionRelationships.supervisorMembershipId,
      superviseeMembershipId: supervisionRelationships.superviseeMembershipId,
    })
    .from(supervisionRelationships)
    .where(isNull(supervisionRelationships.endedAt));

/** A membership's individual sessions with one supervisor, in time order. */
const individualSessions = (supervisorMembershipId: string, membershipId: string) =>
  db
    .select({
      id: supervisionSessions.id,
      startsAt: supervisionSessions.startsAt,
      endsAt: supervisionSessions.endsAt,
      seriesId: supervisionSessions.seriesId,
      sessionTypeId: supervisionSessions.sessionTypeId,
      attendanceRecordedAt: supervisionSessions.attendanceRecordedAt,
      attendance: sessionParticipants.attendance,
      entryStatus: hourEntries.status,
    })
    .from(supervisionSessions)
    .innerJoin(
      sessionParticipants,
      and(
        eq(sessionParticipants.sessionId, supervisionSessions.id),
        eq(sessionParticipants.status, "seated"),
      ),
    )
    .leftJoin(
      hourEntries,
      and(
        eq(hourEntries.sessionId, supervisionSessions.id),
        eq(hourEntries.superviseeMembershipId, sessionParticipants.membershipId),
      ),
    )
    .where(
      and(
        eq(supervisionSessions.supervisorMembershipId, supervisorMembershipId),
        eq(sessionParticipants.membershipId, membershipId),
        eq(supervisionSessions.kind, "individual"),
        isNull(supervisionSessions.cancelledAt),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt));

/** Next week (Monday to Sunday, after the one holding NOW) as dates on `timeZone`'s wall clock. */
function nextWeek(timeZone: string) {
  const today = formatLocal(NOW, timeZone, "yyyy-MM-dd");
  const t = Date.parse(`${today}T00:00:00Z`);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY + 7 * DAY;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(monday), to: iso(monday + 6 * DAY) };
}

describe("supervision demo data", () => {
  it("gives every supervisor availability on their own clock, with a day off, extra hours and two session types", async () => {
    const supervisors = await db
      .select({
        membershipId: memberships.id,
        organisationId: memberships.organisationId,
        timeZone: users.timeZone,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(sql`'supervisor' = any(${memberships.roles})`);
    expect(supervisors).toHaveLength(5);
    let evening = 0;
    for (const s of supervisors) {
      const schedules = await listSchedulesWithTypes(db, {
        organisationId: s.organisationId,
        supervisorMembershipId: s.membershipId,
      });
      expect(schedules).toHaveLength(1);
      const [schedule] = schedules;
      if (!schedule) throw new Error("no schedule");
      expect(schedule.timeZone).toBe(s.timeZone);
      expect(schedule.weekly.length).toBeGreaterThan(0);
      if (schedule.weekly.some((w) => w.start >= "17:00")) evening += 1;
      const week = nextWeek(s.timeZone);
      const [dayOff, extra] = [
        schedule.overrides.filter((o) => o.windows.length === 0),
        schedule.overrides.filter((o) => o.windows.length > 0),
      ];
      expect(dayOff).toHaveLength(1);
      expect(extra).toHaveLength(1);
      for (const o of schedule.overrides) {
        expect(o.date >= week.from && o.date <= week.to).toBe(true);
      }
      expect(schedule.types).toHaveLength(2);
      expect(schedule.types).toEqual([
        expect.objectContaining({
          kind: "individual",
          name: "Individual supervision",
          durationMinutes: 50,
          bufferAfterMinutes: 10,
          minimumNoticeMinutes: 12 * 60,
          maxPerDay: 5,
          seatLimit: 1,
          cancellationWindowMinutes: 24 * 60,
          active: true,
        }),
        expect.objectContaining({
          kind: "group",
          name: "Group case discussion",
          durationMinutes: 90,
          seatLimit: 6,
          active: true,
        }),
      ]);
    }
    expect(evening).toBe(1);
  });

  it("gives every supervisee three months of attended sessions every other week, mostly signed, the latest waiting", async () => {
    const pairs = await relationships();
    expect(pairs).toHaveLength(33);
    let absences = 0;
    for (const pair of pairs) {
      const past = (
        await individualSessions(pair.supervisorMembershipId, pair.superviseeMembershipId)
      ).filter((s) => s.startsAt < NOW);
      expect(past.length).toBeGreaterThanOrEqual(6);
      expect(past.length).toBeLessThanOrEqual(7);
      const first = past[0];
      const last = past.at(-1);
      if (!first || !last) throw new Error("no sessions");
      expect(NOW.getTime() - first.startsAt.getTime()).toBeGreaterThan(80 * DAY);
      expect(NOW.getTime() - first.startsAt.getTime()).toBeLessThan(100 * DAY);
      expect(last.endsAt <= NOW).toBe(true);
      for (const [i, s] of past.entries()) {
        expect(s.attendanceRecordedAt).not.toBeNull();
        expect(s.sessionTypeId).not.toBeNull();
        const gap = i ? s.startsAt.getTime() - (past[i - 1]?.startsAt.getTime() ?? 0) : 14 * DAY;
        expect(gap).toBeGreaterThan(7 * DAY);
        expect(gap).toBeLessThan(21 * DAY);
        // An absence leaves no hours; an attendance leaves an entry.
        if (s.attendance === "absent") {
          absences += 1;
          expect(s.entryStatus).toBeNull();
        } else expect(s.attendance).toBe("attended");
      }
      const statuses = past.filter((s) => s.attendance === "attended").map((s) => s.entryStatus);
      // The latest one or two wait for the signature; every earlier one is signed.
      const waiting = statuses.filter((s) => s === "pending").length;
      expect([1, 2]).toContain(waiting);
      expect(statuses.slice(-waiting).every((s) => s === "pending")).toBe(true);
      expect(statuses.slice(0, -waiting).every((s) => s === "approved")).toBe(true);
    }
    expect(absences).toBeGreaterThan(0);

    const byStatus = await db
      .select({ status: hourEntries.status, n: count() })
      .from(hourEntries)
      .groupBy(hourEntries.status);
    const n = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
    expect(n.approved).toBeGreaterThan(3 * (n.pending ?? 0));
    expect(n.returned).toBe(1);
    const [signatures] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, "supervision_hours.signed"));
    expect(signatures?.n).toBe(n.approved);

    // Sam's hand-added entry without a topic came back to him; others logged group hours.
    const sam = await member(PERSONAS.clinician.email);
    const [returned] = await db
      .select()
      .from(hourEntries)
      .where(eq(hourEntries.status, "returned"));
    expect(returned).toMatchObject({
      superviseeMembershipId: sam.membershipId,
      sessionId: null,
      returnComment: "Please add the topic.",
      topic: "",
    });
    // The development seed adds a year of Maya Okafor's hours from before the demo's three months.
    const threeMonthsAgo = formatLocal(new Date(NOW.getTime() - 100 * DAY), "UTC", "yyyy-MM-dd");
    const handAdded = await db
      .select()
      .from(hourEntries)
      .where(
        and(
          isNull(hourEntries.sessionId),
          ne(hourEntries.status, "returned"),
          gte(hourEntries.date, threeMonthsAgo),
        ),
      );
    expect(handAdded.length).toBeGreaterThanOrEqual(3);
    for (const e of handAdded)
      expect(e).toMatchObject({ kind: "group", format: "in-person", status: "approved" });
    expect(handAdded.map((e) => e.topic)).toContain("Team case consultation");
    for (const e of await db.select().from(hourEntries)) {
      expect(e.date <= formatLocal(NOW, "America/Chicago", "yyyy-MM-dd")).toBe(true);
      if (e.status === "approved") expect(e.signedAt && e.signedAt <= NOW).toBe(true);
    }
  });

  it("books one or two upcoming sessions per supervisee, two for the persona clinicians, each at a time the app offers", async () => {
    const inTwoWeeks = new Date(NOW.getTime() + 14 * DAY);
    for (const pair of await relationships()) {
      const upcoming = (
        await individualSessions(pair.supervisorMembershipId, pair.superviseeMembershipId)
      ).filter((s) => s.startsAt > NOW && s.seriesId === null);
      expect(upcoming.length).toBeGreaterThanOrEqual(1);
      expect(upcoming.length).toBeLessThanOrEqual(2);
      for (const s of upcoming) {
        expect(s.startsAt < inTwoWeeks).toBe(true);
        // Outside the cancellation window: the participant can still move or cancel it.
        expect(s.startsAt.getTime() - NOW.getTime()).toBeGreaterThan(24 * 3_600_000);
        const offered = await getSessionTypeWithSchedule(db, {
          organisationId: pair.organisationId,
          sessionTypeId: s.sessionTypeId ?? "",
        });
        if (!offered) throw new Error("no session type");
        const around = {
          from: new Date(s.startsAt.getTime() - DAY),
          to: new Date(s.startsAt.getTime() + DAY),
          ignoreSessionId: s.id,
        };
        const slots = availableSlots({
          schedule: offered.schedule,
          rules: {
            durationMinutes: offered.type.durationMinutes,
            bufferBeforeMinutes: offered.type.bufferBeforeMinutes,
            bufferAfterMinutes: offered.type.bufferAfterMinutes,
            minimumNoticeMinutes: offered.type.minimumNoticeMinutes,
            maxPerDay: offered.type.maxPerDay ?? undefined,
          },
          from: s.startsAt,
          to: new Date(s.startsAt.getTime() + 1),
          now: NOW,
          sessions: await listSupervisorSessionTimes(db, {
            supervisorMembershipId: pair.supervisorMembershipId,
            ...around,
          }),
          blocked: await listSeatTimes(db, {
            membershipId: pair.superviseeMembershipId,
            ...around,
          }),
        });
        expect(slots.map((x) => x.start.getTime())).toEqual([s.startsAt.getTime()]);
      }
    }
    for (const email of [PERSONAS.clinician.email, PERSONAS.twoOrganisations.email]) {
      const person = await member(email);
      const mine = await db
        .select({ n: count() })
        .from(sessionParticipants)
        .innerJoin(supervisionSessions, eq(supervisionSessions.id, sessionParticipants.sessionId))
        .where(
          and(
            eq(sessionParticipants.membershipId, person.membershipId),
            eq(sessionParticipants.status, "seated"),
            eq(supervisionSessions.kind, "individual"),
            gt(supervisionSessions.startsAt, NOW),
            lt(supervisionSessions.startsAt, inTwoWeeks),
          ),
        );
      expect(mine[0]?.n).toBe(2);
    }
  });

  it("stores Dr Shah's fortnightly Tuesday series ahead, with its second occurrence moved to the Wednesday", async () => {
    const priya = await member(PERSONAS.supervisor.email);
    const maya = await member("maya.okafor@riverbend.example");
    const series = await db.select().from(sessionSeries);
    expect(series).toHaveLength(1);
    const [s] = series;
    if (!s) throw new Error("no series");
    expect(s).toMatchObject({
      supervisorMembershipId: priya.membershipId,
      participantMembershipId: maya.membershipId,
      kind: "individual",
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
      timeZone: priya.timeZone,
      durationMinutes: 50,
      endedAt: null,
    });
    expect(s.firstStart > NOW).toBe(true);
    expect(s.firstStart.getTime() - NOW.getTime()).toBeLessThanOrEqual(8 * DAY);
    expect(formatLocal(s.firstStart, s.timeZone, "EEE HH:mm")).toBe("Tue 10:00");
    expect(s.materialisedUntil.getTime()).toBe(NOW.getTime() + 120 * DAY);

    const stored = await db
      .select()
      .from(supervisionSessions)
      .where(eq(supervisionSessions.seriesId, s.id))
      .orderBy(asc(supervisionSessions.originalStart));
    const expected = seriesOccurrences(s, { from: s.firstStart, to: s.materialisedUntil });
    expect(stored.map((o) => o.originalStart?.getTime())).toEqual(
      expected.map((o) => o.originalStart.getTime()),
    );
    const moved = stored.filter((o) => o.originalStart?.getTime() !== o.startsAt.getTime());
    expect(moved).toHaveLength(1);
    const [second] = moved;
    expect(second?.id).toBe(stored[1]?.id);
    if (!second?.originalStart) throw new Error("no moved occurrence");
    expect(formatLocal(second.startsAt, s.timeZone, "EEE HH:mm")).toBe("Wed 10:00");
    expect(formatLocal(second.originalStart, s.timeZone, "EEE HH:mm")).toBe("Tue 10:00");
    expect(second.startsAt.getTime() - second.originalStart.getTime()).toBe(DAY);
    expect(second.sequence).toBe(1);
    const seats = await db
      .select({ startsAt: sessionParticipants.startsAt })
      .from(sessionParticipants)
      .where(eq(sessionParticipants.sessionId, second.id));
    expect(seats).toEqual([{ startsAt: second.startsAt }]);
  });

  it("has a full Thursday case discussion with a waitlist, and a group with free seats Sam can join", async () => {
    const priya = await member(PERSONAS.supervisor.email);
    const sam = await member(PERSONAS.clinician.email);
    const groups = await db
      .select()
      .from(supervisionSessions)
      .where(eq(supervisionSessions.kind, "group"));
    const places = await countPlaces(
      db,
      groups.map((g) => g.id),
    );
    const full = groups.find((g) => g.title === "Thursday case discussion");
    if (!full) throw new Error("no Thursday case discussion");
    expect(full).toMatchObject({ supervisorMembershipId: priya.membershipId, seatLimit: 6 });
    expect(places.get(full.id)).toEqual({ seated: 6, waiting: 2 });
    expect(formatLocal(full.startsAt, priya.timeZone, "EEE")).toBe("Thu");
    const week = nextWeek(priya.timeZone);
    const day = formatLocal(full.startsAt, priya.timeZone, "yyyy-MM-dd");
    expect(day >= week.from && day <= week.to).toBe(true);
    const people = await db
      .select({ roles: memberships.roles, organisationId: memberships.organisationId })
      .from(sessionParticipants)
      .innerJoin(memberships, eq(memberships.id, sessionParticipants.membershipId))
      .where(eq(sessionParticipants.sessionId, full.id));
    for (const p of people) {
      expect(p.roles).toContain("clinician");
      expect(p.organisationId).toBe(full.organisationId);
    }

    const open = groups.filter((g) => g.id !== full.id);
    expect(open).toHaveLength(1);
    const [other] = open;
    if (!other) throw new Error("no open group");
    expect((places.get(other.id)?.seated ?? 0) < other.seatLimit).toBe(true);
    expect(other.organisationId).toBe(sam.organisationId);
    expect(other.startsAt.getTime() - NOW.getTime()).toBeLessThan(14 * DAY);
    const seat = (sessionId: string) =>
      rolledBack((tx) =>
        takeSeat(tx, {
          organisationId: sam.organisationId,
          sessionId,
          membershipId: sam.membershipId,
        }),
      );
    expect(await seat(other.id)).toEqual({ status: "seated" });
    expect(await seat(full.id)).toEqual({ status: "waitlisted", position: 3 });
  });

  it("puts Sam's case on Sam's next agenda and Dr Shah's notes on a past one", async () => {
    const sam = await member(PERSONAS.clinician.email);
    const priya = await member(PERSONAS.supervisor.email);
    const [next] = await db
      .select({ id: supervisionSessions.id })
      .from(supervisionSessions)
      .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, supervisionSessions.id))
      .where(
        and(
          eq(sessionParticipants.membershipId, sam.membershipId),
          eq(sessionParticipants.status, "seated"),
          gt(supervisionSessions.startsAt, NOW),
        ),
      )
      .orderBy(asc(supervisionSessions.startsAt))
      .limit(1);
    const agenda = await db.select().from(agendaItems);
    expect(agenda).toEqual([
      expect.objectContaining({
        sessionId: next?.id,
        authorMembershipId: sam.membershipId,
        title: "Pacing long-term grief work",
        summary: "A client I have seen for a year; I feel flat after our sessions.",
        helpWanted: "How to notice it earlier",
      }),
    ]);
    const notes = await db
      .select({
        body: sessionNotes.body,
        visibility: sessionNotes.visibility,
        authorMembershipId: sessionNotes.authorMembershipId,
        startsAt: supervisionSessions.startsAt,
        supervisorMembershipId: supervisionSessions.supervisorMembershipId,
        attendance: sessionParticipants.attendance,
      })
      .from(sessionNotes)
      .innerJoin(supervisionSessions, eq(supervisionSessions.id, sessionNotes.sessionId))
      .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, supervisionSessions.id))
      .orderBy(asc(sessionNotes.visibility));
    expect(notes).toHaveLength(2);
    expect(notes.map((n) => [n.visibility, n.body])).toEqual([
      ["private", "Check in about workload next time"],
      ["shared", "Agreed: a ten-minute pause after heavy sessions"],
    ]);
    for (const n of notes) {
      expect(n.startsAt < NOW).toBe(true);
      expect(n.authorMembershipId).toBe(priya.membershipId);
      expect(n.supervisorMembershipId).toBe(priya.membershipId);
      expect(n.attendance).toBe("attended");
    }
  });

  it("sets Riverbend's board rule, queues no e-mail and writes nothing that names a client", async () => {
    const riverbend = await member(PERSONAS.admin.email);
    expect(await getBoardRule(db, riverbend.organisationId)).toEqual({
      name: "State licensing board (example)",
      rule: { groupWeight: 1, groupMaxShare: 0.5 },
    });
    const [notices] = await db.select({ n: count() }).from(supervisionNotices);
    expect(notices?.n).toBe(0);
    const texts = [
      ...(await db.select({ t: hourEntries.topic }).from(hourEntries)).map((r) => r.t),
      ...(await db.select().from(agendaItems)).flatMap((a) => [a.title, a.summary, a.helpWanted]),
      ...(await db.select({ t: sessionNotes.body }).from(sessionNotes)).map((r) => r.t),
    ];
    expect(texts.flatMap((t) => findPossibleIdentifiers(t))).toEqual([]);
  });

  it("seeds on any day of the week, at any hour, across clock changes", async () => {
    const days = [
      // Monday 06:00 to Sunday 19:00 in Chicago, two hours later each day, across 8 March.
      ...Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 2, 2 + i, 12 + 2 * i)),
      // The Friday before Chicago's clocks go back (London's went back the Sunday before).
      Date.UTC(2026, 9, 30, 22),
    ].map((t) => new Date(t));
    for (const now of days) {
      const counts = await rolledBack(async (tx) => {
        // Another set of the demo's people in this transaction: the seeded ones are removed first.
        await tx.execute(sql`truncate table organisations, users restart identity cascade`);
        const people = await seedPeople(tx, "not-a-password-hash");
        await seedSupervision(tx, people, now);
        const [sessions] = await tx.select({ n: count() }).from(supervisionSessions);
        const [moved] = await tx
          .select({ n: count() })
          .from(supervisionSessions)
          .where(ne(supervisionSessions.startsAt, supervisionSessions.originalStart));
        return { sessions: sessions?.n, moved: moved?.n };
      });
      expect(counts, now.toISOString()).toMatchObject({ moved: 1 });
      expect(counts.sessions, now.toISOString()).toBeGreaterThan(250);
    }
  }, 180_000);
});
