/**
 * Authorisation-matrix rows of professional development: the owner clinician's licences, CE
 * entries, goals and enrolments, and the organisation's workshop catalog. Clinicians act on their
 * own only; other clinicians are told a record does not exist. Admins publish the catalog.
 */
import { randomUUID } from "node:crypto";

import {
  insertCertificate,
  insertEnrolment,
  insertEntry,
  insertGoal,
  insertLicence,
  insertTemplate,
  insertWorkshop,
  putCertificateContent,
  setEntryCertificate,
} from "@tend/db/queries";

import type { Fixture } from "./actors";
import type { MatrixRow } from "./outcomes";
import { adminsOnly, cliniciansOnly, ownerOnly } from "./outcomes";

const owner = (fx: Fixture) => ({
  organisationId: fx.org.organisationId,
  membershipId: fx.org.clinician.membershipId,
});

const LICENCE = {
  type: "LCSW" as const,
  typeName: "",
  jurisdiction: "Example",
  number: "LCSW-1001",
  status: "active" as const,
  issuedOn: "2020-03-01",
  cycleStart: "2026-01-01",
  cycleEnd: "2027-12-31",
  templateId: null,
  supervisedMinutesRequired: null,
};

/** A licence of the owner clinician (a new one per call, so each actor has its own to change). */
const ownersLicence = async (fx: Fixture) => (await insertLicence(fx.db, owner(fx), LICENCE)).id;

const ownersEntry = async (fx: Fixture) =>
  (
    await insertEntry(fx.db, owner(fx), {
      title: "Ethics in telehealth",
      provider: "Example institute",
      date: "2026-03-10",
      minutes: 180,
      format: "live-online",
      categories: ["ethics"],
      licenceIds: [],
    })
  ).id;

/** A 1×1 PNG: the smallest certificate file-type recognises. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  ),
);

/** An entry of the owner clinician with a certificate stored for it. */
async function ownersCertifiedEntry(fx: Fixture) {
  const entryId = await ownersEntry(fx);
  const storageKey = `certificates/matrix/${entryId}`;
  await putCertificateContent(fx.db, storageKey, TINY_PNG);
  const certificate = await insertCertificate(fx.db, {
    ...owner(fx),
    filename: "certificate.png",
    contentType: "image/png",
    bytes: TINY_PNG.byteLength,
    sha256: "matrix",
    storageKey,
  });
  await setEntryCertificate(fx.db, { entryId, certificateId: certificate.id });
  return entryId;
}

const ownersGoal = (fx: Fixture) =>
  insertGoal(fx.db, {
    userId: fx.org.clinician.userId,
    title: "Read one paper a month",
    dueOn: null,
  });

const WORKSHOP = {
  title: "Trauma-informed supervision",
  provider: "Example institute",
  description: "",
  startsOn: "2026-01-20",
  minutes: 180,
  format: "in-person" as const,
  categories: ["trauma-informed-care" as const],
  link: "",
};
const badWorkshop = { ...WORKSHOP, title: "", minutes: 10, link: "ftp://example.org" };

/** A new workshop of the first organisation's catalog. */
const aWorkshop = async (fx: Fixture) =>
  (await insertWorkshop(fx.db, fx.org.organisationId, WORKSHOP)).id;

/** A workshop the owner clinician enrolled in. */
async function ownersEnrolment(fx: Fixture) {
  const workshopId = await aWorkshop(fx);
  await insertEnrolment(fx.db, { ...owner(fx), workshopId });
  return workshopId;
}

const TEMPLATE = {
  name: "LCSW, Example state",
  licenceType: "LCSW" as const,
  jurisdiction: "Example",
  cycleMonths: 24,
  totalMinutes: 30 * 60,
  categories: [{ category: "ethics" as const, minMinutes: 3 * 60 }],
  caps: [{ formats: ["self-study" as const], maxMinutes: 15 * 60 }],
  carryOverMaxMinutes: 0,
};
const badTemplate = {
  ...TEMPLATE,
  name: "",
  cycleMonths: 0,
  caps: [{ formats: [], maxMinutes: 60 }],
};

/** A new template of the first organisation, named uniquely. */
const aTemplate = async (fx: Fixture) =>
  (await insertTemplate(fx.db, fx.org.organisationId, { ...TEMPLATE, name: randomUUID() })).id;

/** The admin of the first organisation reviews the owner clinician's log. */
const ownersMembership = (fx: Fixture) => ({ membershipId: fx.org.clinician.membershipId });

const entryInput = {
  title: "Trauma-informed care, part 1",
  provider: "Example institute",
  date: "2026-02-01",
  minutes: 90,
  format: "in-person",
  categories: ["trauma-informed-care"],
  licenceIds: [],
};
const badEntry = { title: "", date: "yesterday", minutes: 20, format: "video", categories: ["x"] };

export const DEVELOPMENT_ROWS: Record<string, MatrixRow> = {
  "development.templates": { type: "query", expect: cliniciansOnly },
  "development.licences": { type: "query", expect: cliniciansOnly },
  "development.addLicence": {
    type: "mutation",
    input: () => LICENCE,
    invalidInput: { ...LICENCE, type: "wizard", cycleStart: "2027-01-01", cycleEnd: null },
    expect: cliniciansOnly,
  },
  "development.changeLicence": {
    type: "mutation",
    input: async (fx) => ({ ...LICENCE, number: "LCSW-2002", licenceId: await ownersLicence(fx) }),
    invalidInput: { ...LICENCE, licenceId: "nope", jurisdiction: "" },
    expect: ownerOnly,
  },
  "development.removeLicence": {
    type: "mutation",
    input: async (fx) => ({ licenceId: await ownersLicence(fx) }),
    invalidInput: { licenceId: 7 },
    expect: ownerOnly,
  },
  "development.entries": { type: "query", expect: cliniciansOnly },
  "development.addEntry": {
    type: "mutation",
    input: () => entryInput,
    invalidInput: badEntry,
    expect: cliniciansOnly,
  },
  "development.changeEntry": {
    type: "mutation",
    input: async (fx) => ({ ...entryInput, entryId: await ownersEntry(fx) }),
    invalidInput: { ...badEntry, entryId: "nope" },
    expect: ownerOnly,
  },
  "development.removeEntry": {
    type: "mutation",
    input: async (fx) => ({ entryId: await ownersEntry(fx) }),
    invalidInput: { entryId: "nope" },
    expect: ownerOnly,
  },
  "development.attachCertificate": {
    type: "mutation",
    input: async (fx) => ({
      entryId: await ownersEntry(fx),
      file: new File([TINY_PNG], "certificate.png", { type: "image/png" }),
    }),
    invalidInput: { entryId: "nope", file: "certificate.png" },
    expect: ownerOnly,
  },
  "development.removeCertificate": {
    type: "mutation",
    input: async (fx) => ({ entryId: await ownersCertifiedEntry(fx) }),
    invalidInput: { entryId: 3 },
    expect: ownerOnly,
  },
  "development.certificate": {
    type: "query",
    input: async (fx) => ({ entryId: await ownersCertifiedEntry(fx) }),
    invalidInput: { entryId: "nope" },
    expect: ownerOnly,
  },
  "development.goals": { type: "query", expect: cliniciansOnly },
  "development.addGoal": {
    type: "mutation",
    input: () => ({ title: "Finish a trauma-informed care course", dueOn: "2027-06-30" }),
    invalidInput: { title: "", dueOn: "June" },
    expect: cliniciansOnly,
  },
  "development.changeGoal": {
    type: "mutation",
    input: async (fx) => ({
      goalId: (await ownersGoal(fx)).id,
      title: "Finish the course",
      dueOn: null,
      progress: 40,
      done: false,
    }),
    invalidInput: { goalId: "nope", title: "", progress: 140, done: "yes" },
    expect: ownerOnly,
  },
  "development.removeGoal": {
    type: "mutation",
    input: async (fx) => ({ goalId: (await ownersGoal(fx)).id }),
    invalidInput: { goalId: null },
    expect: ownerOnly,
  },
  "development.catalog": { type: "query", expect: cliniciansOnly },
  "development.enrol": {
    type: "mutation",
    input: async (fx) => ({ workshopId: await aWorkshop(fx) }),
    invalidInput: { workshopId: "nope" },
    expect: cliniciansOnly,
  },
  "development.leaveWorkshop": {
    type: "mutation",
    input: async (fx) => ({ workshopId: await ownersEnrolment(fx) }),
    invalidInput: { workshopId: 12 },
    expect: ownerOnly,
  },
  "development.completeWorkshop": {
    type: "mutation",
    input: async (fx) => ({ workshopId: await ownersEnrolment(fx) }),
    invalidInput: {},
    expect: ownerOnly,
  },
  "development.workshops": { type: "query", expect: adminsOnly },
  "development.publishWorkshop": {
    type: "mutation",
    input: () => WORKSHOP,
    invalidInput: badWorkshop,
    expect: adminsOnly,
  },
  "development.changeWorkshop": {
    type: "mutation",
    input: async (fx) => ({ ...WORKSHOP, title: "Renamed", workshopId: await aWorkshop(fx) }),
    invalidInput: { ...badWorkshop, workshopId: "nope" },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.archiveWorkshop": {
    type: "mutation",
    input: async (fx) => ({ workshopId: await aWorkshop(fx), archived: true }),
    invalidInput: { workshopId: "nope", archived: "yes" },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.editableTemplates": { type: "query", expect: adminsOnly },
  "development.addTemplate": {
    type: "mutation",
    input: () => ({ ...TEMPLATE, name: randomUUID() }),
    invalidInput: badTemplate,
    expect: adminsOnly,
  },
  "development.changeTemplate": {
    type: "mutation",
    input: async (fx) => ({ ...TEMPLATE, name: randomUUID(), templateId: await aTemplate(fx) }),
    invalidInput: { ...badTemplate, templateId: "nope" },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.archiveTemplate": {
    type: "mutation",
    input: async (fx) => ({ templateId: await aTemplate(fx), archived: true }),
    invalidInput: { templateId: "nope", archived: 1 },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.memberLog": {
    type: "query",
    input: ownersMembership,
    invalidInput: { membershipId: "nope" },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.memberCertificate": {
    type: "query",
    input: async (fx) => ({ ...ownersMembership(fx), entryId: await ownersCertifiedEntry(fx) }),
    invalidInput: { membershipId: "nope", entryId: 4 },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
  "development.exportMemberLog": {
    type: "mutation",
    input: ownersMembership,
    invalidInput: {},
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
};
