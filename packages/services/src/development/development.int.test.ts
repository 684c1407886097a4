import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { ceTemplates } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { EXAMPLE_TEMPLATES } from "@tend/development";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { actorOf } from "../testing";
import {
  addEntry,
  addLicence,
  changeEntry,
  listOwnEntries,
  listOwnLicences,
  organisationTemplates,
  removeLicence,
} from "./index";

const db = connectTestDb();
let org: TestOrganisation;
let elsewhere: TestOrganisation;
let sam: MemberActor;
let colleague: MemberActor;
/** 15 November 2026, midday UTC (the test people's zone). */
const NOW = new Date("2026-11-15T12:00:00Z");
const H = 60;

async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, message: error.message, fields: error.fieldErrors };
}

const licence = (templateId: string | null, type: "LCSW" | "LPC" = "LCSW") => ({
  type,
  jurisdiction: "Example",
  number: "A-100",
  status: "active" as const,
  issuedOn: "2020-01-15",
  cycleStart: "2026-01-01",
  cycleEnd: "2027-12-31",
  templateId,
  supervisedMinutesRequired: null,
});

const entry = (licenceIds: string[], over: Partial<Parameters<typeof addEntry>[2]> = {}) => ({
  title: "Ethics in practice",
  provider: "Example institute",
  date: "2026-03-10",
  minutes: 3 * H,
  format: "in-person" as const,
  categories: ["ethics" as const],
  licenceIds,
  ...over,
});

beforeAll(async () => {
  org = await createTestOrganisation(db, "Development");
  elsewhere = await createTestOrganisation(db, "Development elsewhere");
  sam = await actorOf(db, org.clinician);
  colleague = await actorOf(db, org.otherClinician);
});
afterAll(() => db.close());

describe("requirement templates", () => {
  it("start from the shipped examples, marked as examples, once", async () => {
    const first = await organisationTemplates(db, sam);
    expect(first.map((t) => t.name).sort()).toEqual(EXAMPLE_TEMPLATES.map((t) => t.name).sort());
    expect(first.every((t) => t.example)).toBe(true);
    expect(await organisationTemplates(db, colleague)).toHaveLength(first.length);
  });
});

describe("licences and progress", () => {
  it("measures a licence's cycle by its template, from the entries linked to it", async () => {
    const lcsw = (await organisationTemplates(db, sam)).find((t) => t.licenceType === "LCSW");
    if (!lcsw) throw new Error("no LCSW example");
    const held = await addLicence(db, sam, licence(lcsw.id));
    const other = await addLicence(db, sam, {
      ...licence(null, "LPC"),
      cycleStart: null,
      cycleEnd: null,
    });
    // One workshop counts toward both licences; self-study past the limit counts in part.
    await addEntry(db, sam, entry([held.id, other.id]), NOW);
    await addEntry(
      db,
      sam,
      entry([held.id], { title: "Reading", format: "self-study", minutes: 20 * H, categories: [] }),
      NOW,
    );
    await addEntry(db, sam, entry([], { title: "Not linked", minutes: 5 * H }), NOW);

    const [first, second] = await listOwnLicences(db, sam, NOW);
    expect(first?.id).toBe(held.id);
    expect(first?.template).toEqual({ id: lcsw.id, name: lcsw.name, example: true });
    // 3 hours of ethics and 15 of the 20 self-study (the example's limit): 18 of 30.
    expect(first?.progress).toMatchObject({
      required: 30 * H,
      counted: 18 * H,
      logged: 23 * H,
      missing: 12 * H,
      status: "on-track",
    });
    expect(first?.progress?.categories).toEqual([
      { category: "ethics", required: 3 * H, counted: 3 * H, missing: 0 },
      { category: "trauma-informed-care", required: 3 * H, counted: 0, missing: 3 * H },
    ]);
    expect(first?.laterCycles).toEqual([
      { start: "2028-01-01", end: "2029-12-31" },
      { start: "2030-01-01", end: "2031-12-31" },
    ]);
    // No template and no cycle: nothing to measure, and said so by a null.
    expect(second).toMatchObject({ id: other.id, template: null, progress: null });
    const log = await listOwnEntries(db, sam);
    expect(log.find((e) => e.title === "Ethics in practice")?.licenceIds.sort()).toEqual(
      [held.id, other.id].sort(),
    );
  });

  it("refuses requirements of another organisation or for another kind of licence", async () => {
    const [theirs] = await db
      .insert(ceTemplates)
      .values({
        organisationId: elsewhere.organisationId,
        name: "Theirs",
        licenceType: "LCSW",
        jurisdiction: "Example",
        cycleMonths: 24,
        totalMinutes: 10 * H,
        categories: [],
        caps: [],
      })
      .returning();
    if (!theirs) throw new Error("no template");
    expect(await failure(addLicence(db, sam, licence(theirs.id)))).toMatchObject({
      code: "INVALID",
      fields: { templateId: [expect.stringMatching(/no longer offered/)] },
    });
    const lpc = (await organisationTemplates(db, sam)).find((t) => t.licenceType === "LPC");
    if (!lpc) throw new Error("no LPC example");
    expect(await failure(addLicence(db, sam, licence(lpc.id, "LCSW")))).toMatchObject({
      code: "INVALID",
      message: "These requirements are for another kind of licence.",
    });
  });

  it("keeps each clinician's licences and entries their own", async () => {
    const mine = await addLicence(db, sam, licence(null));
    expect((await listOwnLicences(db, colleague, NOW)).map((l) => l.id)).not.toContain(mine.id);
    expect(await failure(removeLicence(db, colleague, mine.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    // An entry cannot count toward someone else's licence.
    expect(await failure(addEntry(db, colleague, entry([mine.id]), NOW))).toMatchObject({
      code: "NOT_FOUND",
      fields: { licenceIds: ["Choose licences from your list."] },
    });
    const logged = await addEntry(db, sam, entry([mine.id]), NOW);
    expect(
      await failure(changeEntry(db, colleague, { ...entry([]), entryId: logged.id }, NOW)),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnEntries(db, colleague)).map((e) => e.id)).not.toContain(logged.id);
  });

  it("refuses CE dated after today on the clinician's calendar", async () => {
    expect(await failure(addEntry(db, sam, entry([], { date: "2026-11-16" }), NOW))).toMatchObject({
      code: "INVALID",
      fields: { date: ["The date cannot be in the future."] },
    });
    expect((await addEntry(db, sam, entry([], { date: "2026-11-15" }), NOW)).date).toBe(
      "2026-11-15",
    );
  });
});
