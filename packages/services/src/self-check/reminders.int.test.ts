import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { insertCheckResponse, upsertCheckCadence } from "@tend/db/queries";
import { devOutbox, reminderDeliveries, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import { sendDueReminders } from "./reminders";

const db = connectTestDb();
let org: TestOrganisation;
const WEB = "http://localhost:3000";

async function completePulse(userId: string, completedAt: Date) {
  const answers = Object.fromEntries(getInstrument("pulse").items.map((i) => [i.id, 3]));
  const result = scoreResponses("pulse", answers);
  await insertCheckResponse(db, {
    userId,
    organisationId: org.organisationId,
    instrumentId: "pulse",
    instrumentVersion: result.instrumentVersion,
    answers,
    result,
    completedAt,
  });
}

const outboxFor = (email: string) => db.select().from(devOutbox).where(eq(devOutbox.to, email));

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
