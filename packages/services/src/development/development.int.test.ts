import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { ceCertificateContents, ceCertificates, ceTemplates, hourEntries } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { EXAMPLE_TEMPLATES } from "@tend/development";

import type { MemberActor } from "../actor";
import { actorOf, domainFailure as failure } from "../testing";
import {
  addEntry,
  addGoal,
  addLicence,
  attachCertificate,
  changeEntry,
  changeGoal,
  changeLicence,
  listOwnEntries,
  listOwnGoals,
  listOwnLicences,
  organisationTemplates,
  readOwnCertificate,
  removeCertificate,
  removeEntry,
  removeGoal,
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

describe("certificates", () => {
  /** A 1×1 PNG, and the start of a real PDF. */
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  );
  const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
  const file = (content: Uint8Array<ArrayBuffer>, name: string, type = "application/pdf") =>
    new File([content], name, { type });

  /** How many certificates, and stored files, Sam's organisation has. */
  async function stored() {
    const rows = await db
      .select({ key: ceCertificates.storageKey })
      .from(ceCertificates)
      .where(eq(ceCertificates.organisationId, org.organisationId));
    const contents = await db
      .select({ key: ceCertificateContents.storageKey })
      .from(ceCertificateContents);
    return {
      certificates: rows.length,
      files: contents.filter((c) => c.key.startsWith(`certificates/${org.organisationId}/`)).length,
    };
  }

  it("keeps a PDF, PNG or JPEG for the owner, read back byte for byte, and replaces it", async () => {
    const logged = await addEntry(db, sam, entry([]), NOW);
    const before = await stored();
    expect(
      await attachCertificate(db, sam, { entryId: logged.id, file: file(PDF, "ethics.pdf") }),
    ).toEqual({ entryId: logged.id, filename: "ethics.pdf", contentType: "application/pdf" });
    // The browser's claim is not believed: a PNG sent as "application/pdf" is stored as a PNG.
    await attachCertificate(db, sam, { entryId: logged.id, file: file(PNG, "scan") });
    const read = await readOwnCertificate(db, sam, logged.id);
    expect([read.filename, read.contentType]).toEqual(["scan.png", "image/png"]);
    expect(Buffer.from(read.content).equals(PNG)).toBe(true);
    // The replaced PDF is gone, row and file.
    expect(await stored()).toEqual({
      certificates: before.certificates + 1,
      files: before.files + 1,
    });
    expect((await listOwnEntries(db, sam)).find((e) => e.id === logged.id)?.hasCertificate).toBe(
      true,
    );
  });

  it("refuses a file that is not a PDF, PNG or JPEG, an empty one or one over 10 MB, storing nothing", async () => {
    const logged = await addEntry(db, sam, entry([]), NOW);
    const before = await stored();
    const text = file(Buffer.from("Certificate of completion: 3 hours"), "certificate.pdf");
    expect(await failure(attachCertificate(db, sam, { entryId: logged.id, file: text }))).toEqual({
      code: "INVALID",
      message: "A certificate must be a PDF, PNG or JPEG file.",
      fields: { file: ["This file is not a PDF, PNG or JPEG, whatever its name says."] },
    });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(
      await failure(attachCertificate(db, sam, { entryId: logged.id, file: file(big, "big.pdf") })),
    ).toMatchObject({ code: "INVALID", message: "A certificate can be at most 10 MB." });
    expect(
      await failure(
        attachCertificate(db, sam, { entryId: logged.id, file: file(new Uint8Array(), "x.pdf") }),
      ),
    ).toMatchObject({ code: "INVALID", message: "That file is empty." });
    expect(await stored()).toEqual(before);
    // Exactly 10 MB is allowed.
    const limit = new Uint8Array(10 * 1024 * 1024);
    limit.set(PDF);
    await attachCertificate(db, sam, { entryId: logged.id, file: file(limit, "limit.pdf") });
    expect((await stored()).certificates).toBe(before.certificates + 1);
  });

  it("never gives one clinician's certificate to another, nor takes theirs", async () => {
    const logged = await addEntry(db, sam, entry([]), NOW);
    await attachCertificate(db, sam, { entryId: logged.id, file: file(PDF, "mine.pdf") });
    expect(await failure(readOwnCertificate(db, colleague, logged.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await failure(
        attachCertificate(db, colleague, { entryId: logged.id, file: file(PDF, "theirs.pdf") }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(removeCertificate(db, colleague, logged.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await readOwnCertificate(db, sam, logged.id)).filename).toBe("mine.pdf");
  });

  it("removes a certificate, or an entry with its certificate, file and all", async () => {
    const before = await stored();
    const one = await addEntry(db, sam, entry([]), NOW);
    const two = await addEntry(db, sam, entry([]), NOW);
    await attachCertificate(db, sam, { entryId: one.id, file: file(PDF, "one.pdf") });
    await attachCertificate(db, sam, { entryId: two.id, file: file(PNG, "two.png", "image/png") });
    await removeCertificate(db, sam, one.id);
    await removeEntry(db, sam, two.id);
    expect(await stored()).toEqual(before);
    expect(await failure(readOwnCertificate(db, sam, one.id))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("development goals", () => {
  it("keeps a goal's progress, marks it done and reopens it, for its owner only", async () => {
    const goal = await addGoal(db, sam, {
      title: "Trauma-informed care course",
      dueOn: "2027-06-30",
    });
    const undated = await addGoal(db, sam, { title: "Read a paper a month", dueOn: null });
    const change = (over: Partial<Parameters<typeof changeGoal>[2]>) =>
      changeGoal(
        db,
        sam,
        {
          goalId: goal.id,
          title: goal.title,
          dueOn: goal.dueOn,
          progress: 40,
          done: false,
          ...over,
        },
        NOW,
      );
    expect(await change({})).toMatchObject({ progress: 40, completedAt: null });
    expect(await change({ done: true })).toMatchObject({ progress: 100, completedAt: NOW });
    // Done again later: it keeps the day it was first reached.
    expect(
      (
        await changeGoal(
          db,
          sam,
          { goalId: goal.id, title: goal.title, dueOn: null, progress: 100, done: true },
          new Date(NOW.getTime() + 86_400_000),
        )
      ).completedAt,
    ).toEqual(NOW);
    // Reopened: below 100 %, not reached.
    expect(await change({ progress: 100 })).toMatchObject({ progress: 99, completedAt: null });
    // Open goals come first, the dated before the undated.
    expect((await listOwnGoals(db, sam)).map((g) => g.id).slice(0, 2)).toEqual([
      goal.id,
      undated.id,
    ]);
    expect(await listOwnGoals(db, colleague)).toEqual([]);
    expect(
      await failure(
        changeGoal(db, colleague, {
          goalId: goal.id,
          title: "Mine now",
          dueOn: null,
          progress: 0,
          done: false,
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(removeGoal(db, colleague, goal.id))).toMatchObject({ code: "NOT_FOUND" });
    await removeGoal(db, sam, undated.id);
    expect((await listOwnGoals(db, sam)).map((g) => g.id)).not.toContain(undated.id);
  });
});

describe("the road to licensure", () => {
  it("counts approved supervision hours only toward a licence worked toward, and projects the date", async () => {
    const licence = await addLicence(db, colleague, {
      type: "LCSW",
      jurisdiction: "Example",
      status: "pursuing",
      issuedOn: null,
      cycleStart: null,
      cycleEnd: null,
      templateId: null,
      supervisedMinutesRequired: 100 * H,
    });
    // Two hours a week for the ten weeks before NOW, approved; one pending and one returned.
    const week = 7 * 86_400_000;
    const entry = (weeksAgo: number, status: "approved" | "pending" | "returned") => ({
      organisationId: org.organisationId,
      superviseeMembershipId: org.otherClinician.membershipId,
      supervisorMembershipId: org.supervisor.membershipId,
      kind: "individual" as const,
      date: new Date(NOW.getTime() - weeksAgo * week).toISOString().slice(0, 10),
      minutes: 2 * H,
      status,
      signedAt: status === "approved" ? NOW : null,
    });
    await db
      .insert(hourEntries)
      .values([
        ...Array.from({ length: 10 }, (_, i) => entry(i, "approved")),
        entry(0, "pending"),
        entry(1, "returned"),
      ]);
    const found = (await listOwnLicences(db, colleague, NOW)).find((l) => l.id === licence.id);
    expect(found?.progress).toBeNull();
    // 20 of 100 hours at 2 a week: 40 weeks to go.
    expect(found?.licensure).toEqual({
      requiredMinutes: 100 * H,
      doneMinutes: 20 * H,
      remainingMinutes: 80 * H,
      minutesPerWeek: 2 * H,
      projectedDate: "2027-08-22",
    });
    expect(found?.laterCycles).toEqual([]);

    // With the rules it will be renewed by, the timeline goes on past licensure.
    const [lcsw] = (await organisationTemplates(db, colleague)).filter(
      (t) => t.licenceType === "LCSW" && t.cycleMonths === 24,
    );
    if (!lcsw) throw new Error("no LCSW template");
    await changeLicence(db, colleague, {
      type: "LCSW",
      jurisdiction: "Example",
      status: "pursuing",
      issuedOn: null,
      cycleStart: null,
      cycleEnd: null,
      templateId: lcsw.id,
      supervisedMinutesRequired: 100 * H,
      licenceId: licence.id,
    });
    const timeline = (await listOwnLicences(db, colleague, NOW)).find((l) => l.id === licence.id);
    expect(timeline?.progress).toBeNull();
    expect(timeline?.laterCycles).toEqual([
      { start: "2027-08-22", end: "2029-08-21" },
      { start: "2029-08-22", end: "2031-08-21" },
    ]);
  });
});
