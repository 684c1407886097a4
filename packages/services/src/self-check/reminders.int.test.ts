import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { createDb } from "@tend/db";
import { insertCheckResponse, listReminderSchedules, upsertCheckCadence } from "@tend/db/queries";
import {
  devOutbox,
  memberships,
  reminderDeliveries,
  reminderSchedulePolicy,
  users,
} from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import { refreshReminderSchedules, sendDueReminders } from "./reminders";

const db = connectTestDb();
let org: TestOrganisation;
const WEB = "http://localhost:3000";

async function completePulse(userId: string, completedAt: Date, organisationId?: string) {
  const answers = Object.fromEntries(getInstrument("pulse").items.map((i) => [i.id, 3]));
  const result = scoreResponses("pulse", answers);
  await insertCheckResponse(db, {
    userId,
    organisationId: organisationId ?? org.organisationId,
    instrumentId: "pulse",
    instrumentVersion: result.instrumentVersion,
    answers,
    result,
    completedAt,
  });
}

const outboxFor = (email: string) =>
  db.select().from(devOutbox).where(eq(devOutbox.to, email)).orderBy(devOutbox.createdAt);

beforeAll(async () => {
  org = await createTestOrganisation(db);
  // Fixed history: everyone joined on 1 January 2026 and is in London.
  await db
    .update(users)
    .set({ createdAt: new Date("2026-01-01T09:00:00Z"), timeZone: "Europe/London" })
    .where(inArray(users.id, [org.clinician.userId, org.otherClinician.userId]));
  // Both took ProQOL recently, so only the pulse is due.
  for (const userId of [org.clinician.userId, org.otherClinician.userId]) {
    const answers = Object.fromEntries(getInstrument("proqol5").items.map((i) => [i.id, 3]));
    const result = scoreResponses("proqol5", answers);
    await insertCheckResponse(db, {
      userId,
      organisationId: org.organisationId,
      instrumentId: "proqol5",
      instrumentVersion: result.instrumentVersion,
      answers,
      result,
      completedAt: new Date("2026-03-01T10:00:00Z"),
    });
  }
  // The clinician's pulse was last taken on Monday 23 February: due again Monday 2 March, 10:00.
  await completePulse(org.clinician.userId, new Date("2026-02-23T10:00:00Z"));
  // The other clinician paused their pulse reminders.
  await completePulse(org.otherClinician.userId, new Date("2026-02-23T10:00:00Z"));
  await upsertCheckCadence(db, {
    userId: org.otherClinician.userId,
    instrumentId: "pulse",
    everyDays: 7,
    paused: true,
  });
});
afterAll(() => db.close());

describe("self-check reminders", () => {
  it("sends nothing inside quiet hours (20:00–07:30 London)", async () => {
    await sendDueReminders(db, new Date("2026-03-03T22:15:00Z"), WEB);
    await sendDueReminders(db, new Date("2026-03-04T06:00:00Z"), WEB);
    expect(await outboxFor(org.clinician.email)).toEqual([]);
  });

  it("sends one email for a due check at a working-hours time, once, and never for a paused check", async () => {
    await sendDueReminders(db, new Date("2026-03-04T09:30:00Z"), WEB);
    const mails = await outboxFor(org.clinician.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Your Pulse self-check is due");
    expect(mails[0]?.text).toContain(`${WEB}/checks`);
    expect(await outboxFor(org.otherClinician.email)).toEqual([]);

    // The next scan, and a concurrent one, find the delivery and send nothing more.
    await Promise.all([
      sendDueReminders(db, new Date("2026-03-04T09:40:00Z"), WEB),
      sendDueReminders(db, new Date("2026-03-04T09:40:00Z"), WEB),
    ]);
    expect(await outboxFor(org.clinician.email)).toHaveLength(1);
    const deliveries = await db
      .select()
      .from(reminderDeliveries)
      .where(eq(reminderDeliveries.userId, org.clinician.userId));
    expect(deliveries.map((d) => [d.instrumentId, d.dueAt.toISOString()])).toEqual([
      ["pulse", "2026-03-02T10:00:00.000Z"],
    ]);
  });

  it("reminds again for the next due date after the check is taken", async () => {
    await completePulse(org.clinician.userId, new Date("2026-03-04T12:00:00Z"));
    await sendDueReminders(db, new Date("2026-03-10T13:00:00Z"), WEB);
    expect(await outboxFor(org.clinician.email)).toHaveLength(1); // due 11 March: not yet
    await sendDueReminders(db, new Date("2026-03-11T12:30:00Z"), WEB);
    expect(await outboxFor(org.clinician.email)).toHaveLength(2);
  });
});

describe("the reminder schedule the scan keeps", () => {
  let later: TestOrganisation;
  const scheduleOf = async (userId: string) =>
    (await listReminderSchedules(db, userId)).map((r) => [
      r.instrumentId,
      r.dueAt.toISOString(),
      r.remindAt?.toISOString() ?? null,
    ]);
  const now = new Date("2026-03-06T12:00:00Z");

  beforeAll(async () => {
    later = await createTestOrganisation(db, "Later");
    await db
      .update(users)
      .set({ createdAt: new Date("2026-01-01T09:00:00Z"), timeZone: "Europe/London" })
      .where(eq(users.id, later.clinician.userId));
  });

  it("moves a person's next due time and reminder moment when they take a check or change their zone, cadence or role", async () => {
    const { userId } = later.clinician;
    await completePulse(userId, new Date("2026-03-02T10:00:00Z"), later.organisationId);
    await refreshReminderSchedules(db, now);
    // Pulse due a week after Monday 10:00; ProQOL never taken, so due since joining (a Thursday, 09:00).
    expect(await scheduleOf(userId)).toEqual([
      ["proqol5", "2026-01-01T09:00:00.000Z", "2026-01-01T09:00:00.000Z"],
      ["pulse", "2026-03-09T10:00:00.000Z", "2026-03-09T10:00:00.000Z"],
    ]);

    // Taken again on Thursday evening: due next Thursday 19:00, reminded Friday at 09:00.
    await completePulse(userId, new Date("2026-03-05T19:00:00Z"), later.organisationId);
    await refreshReminderSchedules(db, now);
    expect((await scheduleOf(userId))[1]).toEqual([
      "pulse",
      "2026-03-12T19:00:00.000Z",
      "2026-03-13T09:00:00.000Z",
    ]);

    // In New York that was Thursday 14:00 EST; a week on, 14:00 EDT falls inside working hours.
    await db.update(users).set({ timeZone: "America/New_York" }).where(eq(users.id, userId));
    await refreshReminderSchedules(db, now);
    expect((await scheduleOf(userId))[1]).toEqual([
      "pulse",
      "2026-03-12T18:00:00.000Z",
      "2026-03-12T18:00:00.000Z",
    ]);

    await upsertCheckCadence(db, { userId, instrumentId: "pulse", everyDays: 7, paused: true });
    await refreshReminderSchedules(db, now);
    expect((await scheduleOf(userId)).map(([id]) => id)).toEqual(["proqol5"]);

    await db
      .update(memberships)
      .set({ roles: ["supervisor"] })
      .where(eq(memberships.id, later.clinician.membershipId));
    await refreshReminderSchedules(db, now);
    expect(await scheduleOf(userId)).toEqual([]);
  });

  it("keeps no schedule for a deactivated clinician, and gives it back on reactivation", async () => {
    const { userId, membershipId } = later.otherClinician;
    await refreshReminderSchedules(db, now);
    expect((await scheduleOf(userId)).map(([id]) => id)).toEqual(["proqol5", "pulse"]);
    await db
      .update(memberships)
      .set({ deactivatedAt: now })
      .where(eq(memberships.id, membershipId));
    await refreshReminderSchedules(db, now);
    expect(await scheduleOf(userId)).toEqual([]);
    await db
      .update(memberships)
      .set({ deactivatedAt: null })
      .where(eq(memberships.id, membershipId));
    await refreshReminderSchedules(db, now);
    expect((await scheduleOf(userId)).map(([id]) => id)).toEqual(["proqol5", "pulse"]);
  });

  it("works out only the people whose data changed, and everyone under a new cadence policy", async () => {
    await refreshReminderSchedules(db, now);
    expect(await refreshReminderSchedules(db, now)).toBe(0);
    await completePulse(later.otherClinician.userId, now, later.organisationId);
    expect(await refreshReminderSchedules(db, now)).toBe(1);

    await db.delete(reminderSchedulePolicy);
    const clinicians = await db
      .selectDistinct({ userId: memberships.userId })
      .from(memberships)
      .where(sql`'clinician' = any(${memberships.roles})`);
    expect(await refreshReminderSchedules(db, now)).toBeGreaterThanOrEqual(clinicians.length);
    expect(await refreshReminderSchedules(db, now)).toBe(0);
  });

  it("in the steady state, with nothing new to send, reads three times and writes nothing", async () => {
    const at = new Date("2026-03-06T10:00:00Z");
    await sendDueReminders(db, at, WEB); // catches up: sends whatever is due
    const statements: string[] = [];
    const recorded = createDb(inject("databaseUrl"), {
      max: 1,
      logQuery: (query) => statements.push(query),
    });
    try {
      expect(await sendDueReminders(recorded, at, WEB)).toBe(0);
      expect(await sendDueReminders(recorded, new Date("2026-03-06T10:10:00Z"), WEB)).toBe(0);
    } finally {
      await recorded.close();
    }
    expect(statements).toHaveLength(6);
    expect(statements.every((q) => /^\s*select\b/i.test(q))).toBe(true);
  });

  it("moves a reminder whose moment passed inside quiet hours to when they end, and sends it then", async () => {
    const { userId, email } = later.supervisingClinician;
    await db
      .update(users)
      .set({ createdAt: new Date("2026-01-01T09:00:00Z"), timeZone: "Europe/London" })
      .where(eq(users.id, userId));
    await completePulse(userId, new Date("2026-03-10T10:00:00Z"), later.organisationId);
    await sendDueReminders(db, new Date("2026-03-10T11:00:00Z"), WEB); // ProQOL, due since January
    expect(await outboxFor(email)).toHaveLength(1);

    // The scans of Tuesday 17 March happened to miss 10:00; at 21:00 London is in quiet hours.
    await sendDueReminders(db, new Date("2026-03-17T21:00:00Z"), WEB);
    expect(await outboxFor(email)).toHaveLength(1);
    expect((await scheduleOf(userId)).find(([id]) => id === "pulse")).toEqual([
      "pulse",
      "2026-03-17T10:00:00.000Z",
      "2026-03-18T07:30:00.000Z",
    ]);
    await sendDueReminders(db, new Date("2026-03-18T07:20:00Z"), WEB);
    expect(await outboxFor(email)).toHaveLength(1);
    await sendDueReminders(db, new Date("2026-03-18T07:30:00Z"), WEB);
    const mails = await outboxFor(email);
    expect(mails.map((m) => m.subject)).toEqual([
      "Your ProQOL 5 self-check is due",
      "Your Pulse self-check is due",
    ]);
  });
});
