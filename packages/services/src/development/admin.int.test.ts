import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { auditEvents } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { EXAMPLE_TEMPLATES } from "@tend/development";

import type { MemberActor } from "../actor";
import { actorOf, domainFailure as failure } from "../testing";
import {
  addEntry,
  addLicence,
  addTemplate,
  archiveTemplate,
  attachCertificate,
  changeLicence,
  changeTemplate,
  exportMemberLog,
  listEditableTemplates,
  listOwnLicences,
  organisationTemplates,
  readMemberCertificate,
  readMemberLog,
} from "./index";

const db = connectTestDb();
let org: TestOrganisation;
let sam: MemberActor;
let colleague: MemberActor;
let admin: MemberActor;
let otherAdmin: MemberActor;
/** 15 November 2026, midday UTC (the test people's zone). */
const NOW = new Date("2026-11-15T12:00:00Z");
const H = 60;

const rules = (over: Partial<Parameters<typeof addTemplate>[2]> = {}) => ({
  name: "LCSW, Riverbend state",
  licenceType: "LCSW" as const,
  jurisdiction: "Riverbend state",
  cycleMonths: 24,
  totalMinutes: 20 * H,
  categories: [{ category: "ethics" as const, minMinutes: 4 * H }],
  caps: [{ formats: ["self-study" as const], maxMinutes: 5 * H }],
  carryOverMaxMinutes: 0,
  ...over,
});

/** The admin actions recorded about a subject, oldest first. */
const audited = (subjectId: string) =>
  db
    .select({ action: auditEvents.action, actor: auditEvents.actorUserId, data: auditEvents.data })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.organisationId, org.organisationId), eq(auditEvents.subjectId, subjectId)),
    )
    .orderBy(auditEvents.at, auditEvents.id);

beforeAll(async () => {
  org = await createTestOrganisation(db, "Development admin");
  const elsewhere = await createTestOrganisation(db, "Development admin elsewhere");
  sam = await actorOf(db, org.clinician);
  colleague = await actorOf(db, org.otherClinician);
  admin = await actorOf(db, org.admin);
  otherAdmin = await actorOf(db, elsewhere.admin);
});
afterAll(() => db.close());

describe("requirement templates", () => {
  it("start from the examples, and take an admin's own rules once they make sense", async () => {
    const listed = await listEditableTemplates(db, admin);
    expect(listed.map((t) => [t.name, t.example, t.licences])).toEqual(
      EXAMPLE_TEMPLATES.map((t) => [t.name, true, 0]).sort((a, b) =>
        String(a[0]).localeCompare(String(b[0])),
      ),
    );

    expect(
      await failure(
        addTemplate(db, admin, rules({ categories: [{ category: "ethics", minMinutes: 30 * H }] })),
      ),
    ).toMatchObject({
      code: "INVALID",
      message: "A subject cannot need more hours than the cycle needs in all.",
    });
    const added = await addTemplate(db, admin, rules());
    expect(added).toMatchObject({ name: "LCSW, Riverbend state", example: false, archived: false });
    expect(await failure(addTemplate(db, admin, rules()))).toMatchObject({
      code: "CONFLICT",
      fields: { name: ["Choose a name no other template has."] },
    });
    expect(await audited(added.id)).toEqual([
      { action: "ce_template.created", actor: admin.userId, data: { name: added.name } },
    ]);
  });

  it("measure the licences that follow them by the rules as changed, and keep them when archived", async () => {
    const template = await addTemplate(db, admin, rules({ name: "Changed later" }));
    const held = {
      type: "LCSW" as const,
      jurisdiction: "Riverbend state",
      number: "",
      status: "active" as const,
      issuedOn: null,
      cycleStart: "2026-01-01",
      cycleEnd: "2027-12-31",
      templateId: template.id,
      supervisedMinutesRequired: null,
    };
    const licence = await addLicence(db, sam, held);
    await addEntry(db, sam, {
      title: "Ethics",
      provider: "",
      date: "2026-03-01",
      minutes: 4 * H,
      format: "in-person",
      categories: ["ethics"],
      licenceIds: [licence.id],
    });
    const required = async () =>
      (await listOwnLicences(db, sam, NOW)).find((l) => l.id === licence.id)?.progress?.required;
    expect(await required()).toBe(20 * H);

    const example = (await listEditableTemplates(db, admin)).find((t) => t.example);
    if (!example) throw new Error("no example left");
    const { id: exampleId, ...exampleRules } = example;
    const checked = await changeTemplate(db, admin, {
      ...rules({ ...exampleRules, categories: exampleRules.categories, caps: exampleRules.caps }),
      name: exampleRules.name,
      templateId: exampleId,
    });
    expect(checked.example).toBe(false);

    await changeTemplate(db, admin, {
      ...rules({ name: "Changed later", totalMinutes: 40 * H }),
      templateId: template.id,
    });
    expect(await required()).toBe(40 * H);
    expect(
      (await listEditableTemplates(db, admin)).find((t) => t.id === template.id)?.licences,
    ).toBe(1);
    expect(
      await failure(
        changeTemplate(db, admin, {
          ...rules({ name: "Changed later", licenceType: "LPC", totalMinutes: 40 * H }),
          templateId: template.id,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fields: { licenceType: [expect.any(String)] } });

    await archiveTemplate(db, admin, { templateId: template.id, archived: true }, NOW);
    // Kept for Sam's licence, which can still be changed; offered for no new one.
    expect((await organisationTemplates(db, sam)).find((t) => t.id === template.id)).toMatchObject({
      archived: true,
    });
    expect((await organisationTemplates(db, colleague)).some((t) => t.id === template.id)).toBe(
      false,
    );
    await changeLicence(db, sam, { ...held, number: "LCSW-7", licenceId: licence.id });
    expect(await failure(addLicence(db, sam, held))).toMatchObject({
      code: "INVALID",
      fields: { templateId: ["Choose requirements from the list: that one is no longer offered."] },
    });
    expect(await required()).toBe(40 * H);
    await archiveTemplate(db, admin, { templateId: template.id, archived: false }, NOW);
    expect((await audited(template.id)).map((e) => e.action)).toEqual([
      "ce_template.created",
      "ce_template.changed",
      "ce_template.archived",
      "ce_template.restored",
    ]);

    expect(
      await failure(changeTemplate(db, otherAdmin, { ...rules(), templateId: template.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await failure(archiveTemplate(db, otherAdmin, { templateId: template.id, archived: true })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an admin's review of a member's CE log", () => {
  it("shows licences, progress and entries, lets the certificate be read, and audits each look", async () => {
    const template = await addTemplate(db, admin, rules({ name: "For review" }));
    const licence = await addLicence(db, sam, {
      type: "LCSW",
      jurisdiction: "Riverbend state",
      number: "=HYPERLINK(1)",
      status: "active",
      issuedOn: null,
      cycleStart: "2026-01-01",
      cycleEnd: "2027-12-31",
      templateId: template.id,
      supervisedMinutesRequired: null,
    });
    const entry = await addEntry(db, sam, {
      title: "=cmd|' /C calc'!A0",
      provider: "Example institute",
      date: "2026-05-01",
      minutes: 3 * H,
      format: "live-online",
      categories: ["ethics", "self-care"],
      licenceIds: [licence.id],
    });
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
    await attachCertificate(db, sam, {
      entryId: entry.id,
      file: new File([pdf], "ethics.pdf", { type: "application/pdf" }),
    });
    const membershipId = org.clinician.membershipId;

    const log = await readMemberLog(db, admin, membershipId, NOW);
    expect(log.person.membershipId).toBe(membershipId);
    expect(log.licences.find((l) => l.id === licence.id)?.progress).toMatchObject({
      required: 20 * H,
      status: "at-risk",
    });
    expect(log.entries.find((e) => e.id === entry.id)).toMatchObject({
      hasCertificate: true,
      licenceIds: [licence.id],
    });

    const file = await readMemberCertificate(db, admin, { membershipId, entryId: entry.id });
    expect([file.filename, Buffer.from(file.content).equals(pdf)]).toEqual(["ethics.pdf", true]);

    const { filename, csv } = await exportMemberLog(db, admin, membershipId, NOW);
    expect(filename).toMatch(/^ce-log-[a-z0-9-]+-2026-11-15\.csv$/u);
    const lines = csv.replace(/^\uFEFF/u, "").split("\r\n");
    expect(lines[0]).toMatch(/^CE log of,.+,exported,2026-11-15$/u);
    expect(lines).toContain(
      `licence,"LCSW, Riverbend state",'=HYPERLINK(1),held,2026-01-01,2027-12-31,3,20,At risk`,
    );
    expect(lines).toContain(
      `entry,2026-05-01,'=cmd|' /C calc'!A0,Example institute,3,"Live, online",Ethics; Self-care and wellbeing,"LCSW, Riverbend state",yes`,
    );

    expect((await audited(membershipId)).map((e) => [e.action, e.actor])).toEqual([
      ["ce_log.viewed", admin.userId],
      ["ce_log.certificate_downloaded", admin.userId],
      ["ce_log.exported", admin.userId],
    ]);

    // Another organisation's admin is told there is no such member, and nothing is audited.
    expect(await failure(readMemberLog(db, otherAdmin, membershipId, NOW))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await failure(readMemberCertificate(db, otherAdmin, { membershipId, entryId: entry.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(exportMemberLog(db, otherAdmin, membershipId, NOW))).toMatchObject({
      code: "NOT_FOUND",
    });
    // An entry of someone else is not read through this member.
    expect(
      await failure(
        readMemberCertificate(db, admin, {
          membershipId: org.otherClinician.membershipId,
          entryId: entry.id,
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await audited(membershipId)).toHaveLength(3);
  });
});
