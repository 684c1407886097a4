import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { auditEvents, ceEntries } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { MemberActor } from "../actor";
import { actorOf, domainFailure as failure } from "../testing";
import {
  addLicence,
  archiveWorkshop,
  changeWorkshop,
  completeWorkshop,
  enrol,
  leaveWorkshop,
  listOwnCatalog,
  listOwnEntries,
  listPublishedWorkshops,
  publishWorkshop,
  removeEntry,
} from "./index";

const db = connectTestDb();
let org: TestOrganisation;
let sam: MemberActor;
let colleague: MemberActor;
let admin: MemberActor;
let otherAdmin: MemberActor;
/** 15 November 2026, midday UTC (the test people's zone). */
const NOW = new Date("2026-11-15T12:00:00Z");

const workshop = (over: Partial<Parameters<typeof publishWorkshop>[2]> = {}) => ({
  title: "  Trauma-informed supervision  ",
  provider: "Example institute",
  description: "Three hours on trauma-informed practice in supervision.",
  startsOn: "2026-11-10",
  minutes: 180,
  format: "in-person" as const,
  categories: ["trauma-informed-care" as const, "supervision" as const],
  link: "https://example.org/workshop",
  ...over,
});

const licence = (status: "active" | "pursuing") => ({
  type: "LCSW" as const,
  jurisdiction: "Example",
  number: "",
  status,
  issuedOn: null,
  cycleStart: status === "active" ? "2026-01-01" : null,
  cycleEnd: status === "active" ? "2027-12-31" : null,
  templateId: null,
  supervisedMinutesRequired: status === "pursuing" ? 3000 * 60 : null,
});

beforeAll(async () => {
  org = await createTestOrganisation(db, "Catalog");
  const elsewhere = await createTestOrganisation(db, "Catalog elsewhere");
  sam = await actorOf(db, org.clinician);
  colleague = await actorOf(db, org.otherClinician);
  admin = await actorOf(db, org.admin);
  otherAdmin = await actorOf(db, elsewhere.admin);
});
afterAll(() => db.close());

describe("publishing", () => {
  it("keeps the organisation's workshops to its own admins, with enrolment numbers", async () => {
    const published = await publishWorkshop(db, admin, workshop());
    expect(published.title).toBe("Trauma-informed supervision");
    await enrol(db, sam, published.id);
    await enrol(db, colleague, published.id);
    await completeWorkshop(db, colleague, published.id, NOW);

    const listed = (await listPublishedWorkshops(db, admin)).find((w) => w.id === published.id);
    expect(listed).toMatchObject({ enrolled: 2, completed: 1, archived: false });
    expect(await listPublishedWorkshops(db, otherAdmin)).toEqual([]);
    expect(
      await failure(changeWorkshop(db, otherAdmin, { ...workshop(), workshopId: published.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await failure(archiveWorkshop(db, otherAdmin, { workshopId: published.id, archived: true })),
    ).toMatchObject({ code: "NOT_FOUND" });

    const changed = await changeWorkshop(db, admin, {
      ...workshop({ title: "Trauma-informed supervision, part 1" }),
      workshopId: published.id,
    });
    expect(changed.title).toBe("Trauma-informed supervision, part 1");
    await archiveWorkshop(db, admin, { workshopId: published.id, archived: true }, NOW);
    await archiveWorkshop(db, admin, { workshopId: published.id, archived: false }, NOW);
    const audited = await db
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, published.id))
      .orderBy(auditEvents.at, auditEvents.id);
    expect(audited).toEqual([
      { action: "workshop.published", data: { title: "Trauma-informed supervision" } },
      { action: "workshop.changed", data: { title: "Trauma-informed supervision, part 1" } },
      { action: "workshop.archived", data: { title: "Trauma-informed supervision, part 1" } },
      { action: "workshop.restored", data: { title: "Trauma-informed supervision, part 1" } },
    ]);
  });
});

describe("enrolling and completing", () => {
  it("logs a CE entry filled in from the workshop, toward the licences the clinician holds", async () => {
    const held = await addLicence(db, sam, licence("active"));
    await addLicence(db, sam, licence("pursuing"));
    const { id } = await publishWorkshop(db, admin, workshop({ title: "Ethics refresher" }));

    expect(await failure(completeWorkshop(db, sam, id, NOW))).toMatchObject({
      code: "NOT_FOUND",
      message: "Enrol in this workshop before marking it complete.",
    });
    await enrol(db, sam, id);
    await enrol(db, sam, id);
    const shown = (await listOwnCatalog(db, sam, NOW)).find((w) => w.id === id);
    expect(shown).toMatchObject({ enrolled: true, completedAt: null, completable: true });
    expect((await listOwnCatalog(db, colleague, NOW)).find((w) => w.id === id)).toMatchObject({
      enrolled: false,
    });

    const { entryId } = await completeWorkshop(db, sam, id, NOW);
    const entry = (await listOwnEntries(db, sam)).find((e) => e.id === entryId);
    expect(entry).toEqual({
      id: entryId,
      title: "Ethics refresher",
      provider: "Example institute",
      date: "2026-11-10",
      minutes: 180,
      format: "in-person",
      categories: ["trauma-informed-care", "supervision"],
      licenceIds: [held.id],
      hasCertificate: false,
      fromWorkshop: true,
    });
    expect((await listOwnCatalog(db, sam, NOW)).find((w) => w.id === id)).toMatchObject({
      completedAt: NOW,
      entryId,
    });

    // Completing again is the same completion; leaving a completed workshop is refused.
    expect(await completeWorkshop(db, sam, id, NOW)).toEqual({ workshopId: id, entryId });
    expect(await failure(leaveWorkshop(db, sam, id))).toMatchObject({ code: "NOT_FOUND" });
    // A colleague cannot complete it for someone else: they are not enrolled.
    expect(await failure(completeWorkshop(db, colleague, id, NOW))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("completes once when the same enrolment is marked complete many times at once", async () => {
    const { id } = await publishWorkshop(db, admin, workshop({ title: "Concurrent course" }));
    await enrol(db, colleague, id);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => completeWorkshop(db, colleague, id, NOW)),
    );
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    const logged = await db
      .select({ id: ceEntries.id })
      .from(ceEntries)
      .where(eq(ceEntries.workshopId, id));
    expect(logged).toHaveLength(1);
  });

  it("dates a self-paced course today and waits for a dated one to take place", async () => {
    const selfPaced = await publishWorkshop(
      db,
      admin,
      workshop({ title: "Self-paced ethics", startsOn: null, format: "self-study" }),
    );
    const later = await publishWorkshop(db, admin, workshop({ startsOn: "2026-12-01" }));
    await enrol(db, colleague, selfPaced.id);
    await enrol(db, colleague, later.id);
    expect((await listOwnCatalog(db, colleague, NOW)).find((w) => w.id === later.id)).toMatchObject(
      { completable: false },
    );
    expect(await failure(completeWorkshop(db, colleague, later.id, NOW))).toMatchObject({
      code: "INVALID",
      message: "Mark this workshop complete once it has taken place.",
    });
    const { entryId } = await completeWorkshop(db, colleague, selfPaced.id, NOW);
    expect((await listOwnEntries(db, colleague)).find((e) => e.id === entryId)).toMatchObject({
      date: "2026-11-15",
      format: "self-study",
      licenceIds: [],
    });
  });

  it("keeps a completion when its entry is removed, without logging it twice", async () => {
    const { id } = await publishWorkshop(db, admin, workshop({ title: "Removed later" }));
    await enrol(db, colleague, id);
    const { entryId } = await completeWorkshop(db, colleague, id, NOW);
    await removeEntry(db, colleague, entryId);
    expect((await listOwnCatalog(db, colleague, NOW)).find((w) => w.id === id)).toMatchObject({
      completedAt: NOW,
      entryId: null,
    });
    expect(await failure(completeWorkshop(db, colleague, id, NOW))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("lets a clinician leave, and keeps an archived workshop for those already enrolled", async () => {
    const { id } = await publishWorkshop(db, admin, workshop({ title: "Archived soon" }));
    await enrol(db, sam, id);
    await archiveWorkshop(db, admin, { workshopId: id, archived: true }, NOW);

    expect((await listOwnCatalog(db, sam, NOW)).find((w) => w.id === id)).toMatchObject({
      archived: true,
      enrolled: true,
    });
    expect((await listOwnCatalog(db, colleague, NOW)).some((w) => w.id === id)).toBe(false);
    expect(await failure(enrol(db, colleague, id))).toMatchObject({
      code: "CONFLICT",
      message: "This workshop has been taken out of the catalog.",
    });

    await leaveWorkshop(db, sam, id);
    expect((await listOwnCatalog(db, sam, NOW)).some((w) => w.id === id)).toBe(false);
    expect(await failure(leaveWorkshop(db, sam, id))).toMatchObject({ code: "NOT_FOUND" });

    await archiveWorkshop(db, admin, { workshopId: id, archived: false }, NOW);
    expect((await listOwnCatalog(db, colleague, NOW)).find((w) => w.id === id)).toMatchObject({
      archived: false,
      enrolled: false,
    });
  });
});
