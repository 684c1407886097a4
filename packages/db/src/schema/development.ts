/**
 * Professional development: licences and their renewal cycles, the organisation's requirement
 * templates (rules as data, read by `@tend/development`), the CE log with its certificates,
 * reminders before a cycle ends, development goals, and the workshop catalog with enrolments.
 *
 * Licences and CE entries belong to a membership: a clinician keeps them per organisation, and
 * that organisation's admins may read them for compliance. Goals belong to the person, like the
 * prevention plan they are part of. Minutes are whole numbers; dates are calendar days.
 */
import { sql } from "drizzle-orm";
import {
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import type { CeCategory, CeFormat, LicenceType } from "@tend/development";

import { createdAt, timestamptz } from "./_columns";
import { users } from "./identity";
import { memberships, organisations } from "./organisation";

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value),
  fromDriver: (value) => new Uint8Array(value),
});

/** An organisation's renewal rules for one licence type and jurisdiction (`RequirementTemplate`). */
export const ceTemplates = pgTable(
  "ce_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    licenceType: text().$type<LicenceType>().notNull(),
    jurisdiction: text().notNull(),
    cycleMonths: integer().notNull(),
    totalMinutes: integer().notNull(),
    categories: jsonb().$type<{ category: CeCategory; minMinutes: number }[]>().notNull(),
    caps: jsonb().$type<{ formats: CeFormat[]; maxMinutes: number }[]>().notNull(),
    carryOverMaxMinutes: integer().notNull().default(0),
    /** Started from one of the shipped examples and not yet checked by the clinic. */
    example: text().$type<"example" | "checked">().notNull().default("checked"),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
    archivedAt: timestamptz(),
  },
  (t) => [
    unique("ce_templates_id_org_unique").on(t.id, t.organisationId),
    unique("ce_templates_org_name_unique").on(t.organisationId, t.name),
    check("ce_template_cycle", sql`${t.cycleMonths} between 1 and 120`),
    check("ce_template_total", sql`${t.totalMinutes} > 0`),
    check("ce_template_carry_over", sql`${t.carryOverMaxMinutes} >= 0`),
    check("ce_template_example", sql`${t.example} in ('example', 'checked')`),
  ],
);

/**
 * A licence a clinician holds, or works toward (`pursuing`: the licensure timeline counts their
 * approved supervised hours toward `supervisedMinutesRequired`). The current renewal cycle is
 * kept as its first and last day; a template, when chosen, sets what the cycle needs.
 */
export const licences = pgTable(
  "licences",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    type: text().$type<LicenceType>().notNull(),
    /** Shown when `type` is "other". */
    typeName: text().notNull().default(""),
    jurisdiction: text().notNull(),
    number: text().notNull().default(""),
    status: text().$type<"active" | "pursuing">().notNull().default("active"),
    issuedOn: date({ mode: "string" }),
    cycleStart: date({ mode: "string" }),
    cycleEnd: date({ mode: "string" }),
    templateId: uuid(),
    supervisedMinutesRequired: integer(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique("licences_id_org_unique").on(t.id, t.organisationId),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.templateId, t.organisationId],
      foreignColumns: [ceTemplates.id, ceTemplates.organisationId],
    }),
    index().on(t.membershipId),
    // The reminder scan reads the licences whose cycle ends within 90 days.
    index().on(t.cycleEnd),
    check("licence_status", sql`${t.status} in ('active', 'pursuing')`),
    check(
      "licence_cycle",
      sql`(${t.cycleStart} is null) = (${t.cycleEnd} is null) and (${t.cycleStart} is null or ${t.cycleStart} <= ${t.cycleEnd})`,
    ),
    check(
      "licence_supervised_minutes",
      sql`${t.supervisedMinutesRequired} is null or ${t.supervisedMinutesRequired} > 0`,
    ),
  ],
);

/**
 * A certificate's description. Its bytes live behind the certificate store (by default
 * `ce_certificate_contents`, below; an S3-compatible store could keep them instead), found by
 * `storageKey`.
 */
export const ceCertificates = pgTable(
  "ce_certificates",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    filename: text().notNull(),
    /** Read from the content, never taken from the upload's own claim. */
    contentType: text().$type<"application/pdf" | "image/png" | "image/jpeg">().notNull(),
    bytes: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("ce_certificates_id_org_unique").on(t.id, t.organisationId),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check(
      "ce_certificate_type",
      sql`${t.contentType} in ('application/pdf', 'image/png', 'image/jpeg')`,
    ),
    check("ce_certificate_size", sql`${t.bytes} between 1 and 10485760`),
  ],
);

/** The PostgreSQL certificate store: bytes by key, read only when a certificate is opened. */
export const ceCertificateContents = pgTable("ce_certificate_contents", {
  storageKey: text().primaryKey(),
  content: bytea().notNull(),
  createdAt: createdAt(),
});

/** A workshop or course an admin published for the organisation's clinicians. */
export const workshops = pgTable(
  "workshops",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text().notNull(),
    provider: text().notNull().default(""),
    description: text().notNull().default(""),
    /** The day it takes place; null when self-paced. */
    startsOn: date({ mode: "string" }),
    minutes: integer().notNull(),
    format: text().$type<CeFormat>().notNull(),
    categories: text()
      .array()
      .$type<CeCategory[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    link: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
    archivedAt: timestamptz(),
  },
  (t) => [
    unique("workshops_id_org_unique").on(t.id, t.organisationId),
    index().on(t.organisationId, t.startsOn),
    check("workshop_minutes", sql`${t.minutes} between 15 and 6000`),
    check("workshop_format", sql`${t.format} in ('in-person', 'live-online', 'self-study')`),
  ],
);

/** A CE activity a clinician logged, with its certificate if any. */
export const ceEntries = pgTable(
  "ce_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    title: text().notNull(),
    provider: text().notNull().default(""),
    date: date({ mode: "string" }).notNull(),
    minutes: integer().notNull(),
    format: text().$type<CeFormat>().notNull(),
    categories: text()
      .array()
      .$type<CeCategory[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    certificateId: uuid(),
    /** The catalog workshop it came from, when completed from the catalog. */
    workshopId: uuid(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique("ce_entries_id_org_unique").on(t.id, t.organisationId),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.certificateId, t.organisationId],
      foreignColumns: [ceCertificates.id, ceCertificates.organisationId],
    }),
    foreignKey({
      columns: [t.workshopId, t.organisationId],
      foreignColumns: [workshops.id, workshops.organisationId],
    }),
    index().on(t.membershipId, t.date),
    check("ce_entry_minutes", sql`${t.minutes} between 15 and 6000`),
    check("ce_entry_format", sql`${t.format} in ('in-person', 'live-online', 'self-study')`),
  ],
);

/** Which licences an entry counts toward: one entry may count toward several. */
export const ceEntryLicences = pgTable(
  "ce_entry_licences",
  {
    entryId: uuid()
      .notNull()
      .references(() => ceEntries.id, { onDelete: "cascade" }),
    licenceId: uuid()
      .notNull()
      .references(() => licences.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.licenceId] }), index().on(t.licenceId)],
);

/**
 * Reminders sent before a cycle ends (90, 60 and 30 days), one per licence, cycle and threshold:
 * the worker claims the row and sends in one transaction, so however often or however many
 * times it runs, each goes once.
 */
export const ceReminders = pgTable(
  "ce_reminders",
  {
    licenceId: uuid()
      .notNull()
      .references(() => licences.id, { onDelete: "cascade" }),
    cycleEnd: date({ mode: "string" }).notNull(),
    daysBefore: integer().notNull(),
    sentAt: timestamptz().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.licenceId, t.cycleEnd, t.daysBefore] }),
    check("ce_reminder_days", sql`${t.daysBefore} in (90, 60, 30)`),
  ],
);

/** A clinician's enrolment in a catalog workshop, and its completion. */
export const workshopEnrolments = pgTable(
  "workshop_enrolments",
  {
    workshopId: uuid().notNull(),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    enrolledAt: createdAt(),
    completedAt: timestamptz(),
    /** The CE entry its completion made. */
    entryId: uuid().references(() => ceEntries.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.workshopId, t.membershipId] }),
    foreignKey({
      columns: [t.workshopId, t.organisationId],
      foreignColumns: [workshops.id, workshops.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    index().on(t.membershipId),
  ],
);

/**
 * A development goal ("complete a trauma-informed care course by June"): the person's own, like
 * the prevention plan, whose professional-development section lists it.
 */
export const developmentGoals = pgTable(
  "development_goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    dueOn: date({ mode: "string" }),
    /** How far along, 0–100, as the person judges it. */
    progress: integer().notNull().default(0),
    completedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.userId),
    check("development_goal_progress", sql`${t.progress} between 0 and 100`),
  ],
);
