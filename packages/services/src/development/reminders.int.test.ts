/**
 * Renewal reminders at a fixed clock: the licences here end on days chosen so that each
 * threshold falls on a known date. Only this file's people's mail is read, since other test
 * files share the database.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { devOutbox, users } from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { actorOf } from "../testing";
import { addEntry, addLicence, organisationTemplates } from "./index";
import { sendCeReminders } from "./reminders";

const db = connectTestDb();
const WEB = "http://localhost:3000";
let org: TestOrganisation;
/** Short of hours; complete; and one whose quiet hours are the whole working day. */
let short: TestMember;
let complete: TestMember;
let nightOwl: TestMember;
const H = 60;
/** Midday UTC, 75 days before the cycles below end on 2027-02-14. */
const NOW = new Date("2026-12-01T12:00:00Z");
const at = (days: number, hour = 12) => new Date(Date.UTC(2026, 11, 1 + days, hour, 0, 0));

const member = (name: string) =>
  addTestMember(
    db,
    { organisationId: org.organisationId, teamId: org.teamId },
    { name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@test.example` },
    ["clinician"],
  );

async function licensed(person: TestMember, loggedHours: number) {
  const actor = await actorOf(db, person);
  const lpc = (await organisationTemplates(db, actor)).find((t) => t.licenceType === "LPC");
  if (!lpc) throw new Error("no LPC example");
  const licence = await addLicence(db, actor, {
    type: "LPC",
    jurisdiction: "Example",
    status: "active",
    issuedOn: null,
    cycleStart: "2025-02-15",
    cycleEnd: "2027-02-14",
    templateId: lpc.id,
    supervisedMinutesRequired: null,
  });
  if (loggedHours > 0)
    await addEntry(
      db,
      actor,
      {
        title: "Conference",
        provider: "",
        date: "2026-06-01",
        minutes: loggedHours * H,
        format: "in-person",
        categories: ["ethics", "cultural-competence"],
        licenceIds: [licence.id],
      },
      NOW,
    );
}

const mailTo = (person: TestMember) =>
  db.select().from(devOutbox).where(eq(devOutbox.to, person.email));

beforeAll(async () => {
  org = await createTestOrganisation(db, "Reminders");
  short = await member("Short Hours");
  complete = await member("Complete Hours");
  nightOwl = await member("Night Owl");
  await db
    .update(users)
    .set({ quietHours: { start: "08:00", end: "18:00" } })
    .where(eq(users.id, nightOwl.userId));
  await licensed(short, 10);
  await licensed(complete, 24);
  await licensed(nightOwl, 0);
});
afterAll(() => db.close());

describe("renewal reminders", () => {
  it("sends the 90-day reminder once, saying what is missing, to those still short", async () => {
    await sendCeReminders(db, NOW, WEB);
    await sendCeReminders(db, at(0, 13), WEB);
    const mail = await mailTo(short);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("LPC, Example: renewal cycle ends in 75 days");
    expect(mail[0]?.text).toContain("ends on 14 February 2027, in 75 days");
    expect(mail[0]?.text).toContain("- 14 hours in all");
    expect(mail[0]?.text).toContain(`${WEB}/development`);
    // Ethics and cultural competence are met: not listed.
    expect(mail[0]?.text).not.toContain("of Ethics");
    expect(await mailTo(complete)).toHaveLength(0);
  });

  it("waits out quiet hours", async () => {
    // Midday is inside the night owl's quiet hours (08:00–18:00 UTC).
    expect(await mailTo(nightOwl)).toHaveLength(0);
    await sendCeReminders(db, at(0, 19), WEB);
    const mail = await mailTo(nightOwl);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain("- 24 hours in all");
    expect(mail[0]?.text).toContain("of Ethics");
  });

  it("sends the 60- and 30-day reminders when they come, each once", async () => {
    // 2027-02-14 less 60 days is 16 December.
    await sendCeReminders(db, at(14), WEB);
    expect(await mailTo(short)).toHaveLength(1);
    await sendCeReminders(db, at(15), WEB);
    await sendCeReminders(db, at(15, 14), WEB);
    expect((await mailTo(short)).map((m) => m.subject)).toEqual([
      "LPC, Example: renewal cycle ends in 75 days",
      "LPC, Example: renewal cycle ends in 60 days",
    ]);
    await sendCeReminders(db, at(45), WEB);
    expect(await mailTo(short)).toHaveLength(3);
    // After the end: nothing more.
    await sendCeReminders(db, at(80), WEB);
    expect(await mailTo(short)).toHaveLength(3);
    expect(await mailTo(complete)).toHaveLength(0);
  });
});
