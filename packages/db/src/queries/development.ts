/**
 * Professional development: requirement templates, licences and the CE log. Every read of a
 * licence or an entry is scoped to its owner's membership; the services decide who that is.
 */
import { and, asc, between, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";

import type { CeCategory, CeFormat, LicenceType, RequirementTemplate } from "@tend/development";

import type { DbOrTx } from "../client";
import {
  ceCertificateContents,
  ceCertificates,
  ceEntries,
  ceEntryLicences,
  ceReminders,
  ceTemplates,
  developmentGoals,
  licences,
  memberships,
  users,
} from "../schema";

export type TemplateRow = typeof ceTemplates.$inferSelect;
export type LicenceRow = typeof licences.$inferSelect;

/** An organisation's templates in use (not archived), by name. */
export function listTemplates(db: DbOrTx, organisationId: string): Promise<TemplateRow[]> {
  return db
    .select()
    .from(ceTemplates)
    .where(and(eq(ceTemplates.organisationId, organisationId), isNull(ceTemplates.archivedAt)))
    .orderBy(asc(ceTemplates.name));
}

/** Whether the organisation ever had a template (archived ones included). */
export async function hasAnyTemplate(db: DbOrTx, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ceTemplates.id })
    .from(ceTemplates)
    .where(eq(ceTemplates.organisationId, organisationId))
    .limit(1);
  return row !== undefined;
}

export type TemplateFields = RequirementTemplate & { name: string };

const templateColumns = (t: TemplateFields) => ({
  name: t.name,
  licenceType: t.licenceType,
  jurisdiction: t.jurisdiction,
  cycleMonths: t.cycleMonths,
  totalMinutes: t.totalMinutes,
  categories: [...t.categories],
  caps: t.caps.map((c) => ({ formats: [...c.formats], maxMinutes: c.maxMinutes })),
  carryOverMaxMinutes: t.carryOverMaxMinutes,
});

/** Adds templates, skipping names the organisation already has. */
export async function insertTemplates(
  db: DbOrTx,
  organisationId: string,
  templates: readonly (RequirementTemplate & { name: string; example: "example" | "checked" })[],
): Promise<void> {
  if (templates.length === 0) return;
  await db
    .insert(ceTemplates)
    .values(templates.map((t) => ({ organisationId, ...templateColumns(t), example: t.example })))
    .onConflictDoNothing({ target: [ceTemplates.organisationId, ceTemplates.name] });
}

/**
 * Every template of an organisation, archived ones last, each with how many licences follow it:
 * what the admin's template editor lists.
 */
export async function listTemplatesWithUse(db: DbOrTx, organisationId: string) {
  const rows = await db
    .select({ template: ceTemplates, licences: count(licences.id) })
    .from(ceTemplates)
    .leftJoin(licences, eq(licences.templateId, ceTemplates.id))
    .where(eq(ceTemplates.organisationId, organisationId))
    .groupBy(ceTemplates.id)
    .orderBy(sql`${ceTemplates.archivedAt} is not null`, asc(ceTemplates.name));
  return rows.map((r) => ({ ...r.template, licences: r.licences }));
}

/** Adds a template the organisation's admin wrote (so checked, not an example). */
export async function insertTemplate(
  db: DbOrTx,
  organisationId: string,
  fields: TemplateFields,
): Promise<TemplateRow> {
  const [row] = await db
    .insert(ceTemplates)
    .values({ organisationId, ...templateColumns(fields), example: "checked" })
    .returning();
  if (!row) throw new Error("insert returned no template");
  return row;
}

/**
 * Changes a template of the organisation, or archives or restores it; undefined when it has none
 * by that id. Rules an admin saves are checked against their board: no longer an example.
 */
export async function updateTemplate(
  db: DbOrTx,
  params: { organisationId: string; templateId: string },
  set: { fields: TemplateFields } | { archivedAt: Date | null },
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .update(ceTemplates)
    .set({
      ...("fields" in set
        ? { ...templateColumns(set.fields), example: "checked" as const }
        : { archivedAt: set.archivedAt }),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(ceTemplates.id, params.templateId),
        eq(ceTemplates.organisationId, params.organisationId),
      ),
    )
    .returning();
  return row;
}

/** How many licences follow a template. */
export async function countLicencesFollowing(db: DbOrTx, templateId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(licences)
    .where(eq(licences.templateId, templateId));
  return row?.n ?? 0;
}

/** One of the organisation's templates in use (or archived too, when asked), or undefined. */
export async function findTemplate(
  db: DbOrTx,
  params: { organisationId: string; templateId: string; archivedToo?: boolean },
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(ceTemplates)
    .where(
      and(
        eq(ceTemplates.id, params.templateId),
        eq(ceTemplates.organisationId, params.organisationId),
        params.archivedToo ? undefined : isNull(ceTemplates.archivedAt),
      ),
    );
  return row;
}

/** The templates with these ids (archived ones too: a licence keeps the rules it was given). */
export function templatesByIds(db: DbOrTx, ids: string[]): Promise<TemplateRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(ceTemplates).where(inArray(ceTemplates.id, ids));
}

export interface LicenceFields {
  type: LicenceType;
  typeName: string;
  jurisdiction: string;
  number: string;
  status: "active" | "pursuing";
  issuedOn: string | null;
  cycleStart: string | null;
  cycleEnd: string | null;
  templateId: string | null;
  supervisedMinutesRequired: number | null;
}

/** A member's licences, those whose cycle ends first first. */
export function listLicences(db: DbOrTx, membershipId: string): Promise<LicenceRow[]> {
  return db
    .select()
    .from(licences)
    .where(eq(licences.membershipId, membershipId))
    .orderBy(asc(licences.cycleEnd), asc(licences.createdAt));
}

export async function insertLicence(
  db: DbOrTx,
  owner: { organisationId: string; membershipId: string },
  fields: LicenceFields,
): Promise<LicenceRow> {
  const [row] = await db
    .insert(licences)
    .values({ ...owner, ...fields })
    .returning();
  if (!row) throw new Error("insert returned no licence");
  return row;
}

/** Changes a member's own licence; undefined when it is not theirs. */
export async function updateLicence(
  db: DbOrTx,
  params: { membershipId: string; licenceId: string },
  fields: LicenceFields,
): Promise<LicenceRow | undefined> {
  const [row] = await db
    .update(licences)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(licences.id, params.licenceId), eq(licences.membershipId, params.membershipId)))
    .returning();
  return row;
}

/** Deletes a member's own licence (its links to entries go with it; the entries stay). */
export async function deleteLicence(
  db: DbOrTx,
  params: { membershipId: string; licenceId: string },
): Promise<boolean> {
  const rows = await db
    .delete(licences)
    .where(and(eq(licences.id, params.licenceId), eq(licences.membershipId, params.membershipId)))
    .returning({ id: licences.id });
  return rows.length > 0;
}

/** How many of these licences are the member's own. */
export async function countOwnLicences(
  db: DbOrTx,
  params: { membershipId: string; licenceIds: string[] },
): Promise<number> {
  if (params.licenceIds.length === 0) return 0;
  const rows = await db
    .select({ id: licences.id })
    .from(licences)
    .where(
      and(eq(licences.membershipId, params.membershipId), inArray(licences.id, params.licenceIds)),
    );
  return rows.length;
}

export interface EntryFields {
  title: string;
  provider: string;
  date: string;
  minutes: number;
  format: CeFormat;
  categories: CeCategory[];
}

export type EntryRow = typeof ceEntries.$inferSelect & { licenceIds: string[] };

/** A member's CE log, the latest first, each entry with the licences it counts toward. */
export async function listEntries(db: DbOrTx, membershipId: string): Promise<EntryRow[]> {
  const rows = await db
    .select()
    .from(ceEntries)
    .where(eq(ceEntries.membershipId, membershipId))
    .orderBy(desc(ceEntries.date), desc(ceEntries.createdAt));
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(ceEntryLicences)
    .where(
      inArray(
        ceEntryLicences.entryId,
        rows.map((r) => r.id),
      ),
    );
  return withLicenceIds(rows, links);
}

/** Each entry with the licences of `links` it counts toward. */
function withLicenceIds<T extends { id: string }>(
  rows: T[],
  links: { entryId: string; licenceId: string }[],
): (T & { licenceIds: string[] })[] {
  return rows.map((r) => ({
    ...r,
    licenceIds: links.filter((l) => l.entryId === r.id).map((l) => l.licenceId),
  }));
}

async function linkEntry(db: DbOrTx, entryId: string, licenceIds: string[]) {
  await db.delete(ceEntryLicences).where(eq(ceEntryLicences.entryId, entryId));
  if (licenceIds.length > 0)
    await db
      .insert(ceEntryLicences)
      .values(licenceIds.map((licenceId) => ({ entryId, licenceId })));
}

export async function insertEntry(
  db: DbOrTx,
  owner: { organisationId: string; membershipId: string },
  fields: EntryFields & { licenceIds: string[]; workshopId?: string | null },
): Promise<EntryRow> {
  const { licenceIds, ...rest } = fields;
  const [row] = await db
    .insert(ceEntries)
    .values({ ...owner, ...rest })
    .returning();
  if (!row) throw new Error("insert returned no entry");
  await linkEntry(db, row.id, licenceIds);
  return { ...row, licenceIds };
}

/** Changes a member's own entry and its licences; undefined when it is not theirs. */
export async function updateEntry(
  db: DbOrTx,
  params: { membershipId: string; entryId: string },
  fields: EntryFields & { licenceIds: string[] },
): Promise<EntryRow | undefined> {
  const { licenceIds, ...rest } = fields;
  const [row] = await db
    .update(ceEntries)
    .set({ ...rest, updatedAt: new Date() })
    .where(and(eq(ceEntries.id, params.entryId), eq(ceEntries.membershipId, params.membershipId)))
    .returning();
  if (!row) return undefined;
  await linkEntry(db, row.id, licenceIds);
  return { ...row, licenceIds };
}

/** Deletes a member's own entry; the certificate it had, if any, is returned for removal. */
export async function deleteEntry(
  db: DbOrTx,
  params: { membershipId: string; entryId: string },
): Promise<{ certificateId: string | null } | undefined> {
  const [row] = await db
    .delete(ceEntries)
    .where(and(eq(ceEntries.id, params.entryId), eq(ceEntries.membershipId, params.membershipId)))
    .returning({ certificateId: ceEntries.certificateId });
  return row;
}

/** A member's own entry, locked for a change of its certificate; undefined when not theirs. */
export async function lockOwnEntry(
  db: DbOrTx,
  params: { membershipId: string; entryId: string },
): Promise<{ id: string; certificateId: string | null } | undefined> {
  const [row] = await db
    .select({ id: ceEntries.id, certificateId: ceEntries.certificateId })
    .from(ceEntries)
    .where(and(eq(ceEntries.id, params.entryId), eq(ceEntries.membershipId, params.membershipId)))
    .for("update");
  return row;
}

export type CertificateType = (typeof ceCertificates.$inferSelect)["contentType"];

export async function insertCertificate(
  db: DbOrTx,
  row: {
    organisationId: string;
    membershipId: string;
    filename: string;
    contentType: CertificateType;
    bytes: number;
    sha256: string;
    storageKey: string;
  },
): Promise<{ id: string; filename: string }> {
  const [certificate] = await db
    .insert(ceCertificates)
    .values(row)
    .returning({ id: ceCertificates.id, filename: ceCertificates.filename });
  if (!certificate) throw new Error("insert returned no certificate");
  return certificate;
}

export async function setEntryCertificate(
  db: DbOrTx,
  params: { entryId: string; certificateId: string | null },
): Promise<void> {
  await db
    .update(ceEntries)
    .set({ certificateId: params.certificateId, updatedAt: new Date() })
    .where(eq(ceEntries.id, params.entryId));
}

/** Deletes a certificate's row, returning where its bytes are kept. */
export async function deleteCertificate(
  db: DbOrTx,
  certificateId: string,
): Promise<string | undefined> {
  const [gone] = await db
    .delete(ceCertificates)
    .where(eq(ceCertificates.id, certificateId))
    .returning({ storageKey: ceCertificates.storageKey });
  return gone?.storageKey;
}

/** The certificate of one of a member's entries. */
export async function findEntryCertificate(
  db: DbOrTx,
  params: { entryId: string; membershipId: string },
) {
  const [row] = await db
    .select({
      filename: ceCertificates.filename,
      contentType: ceCertificates.contentType,
      storageKey: ceCertificates.storageKey,
    })
    .from(ceEntries)
    .innerJoin(ceCertificates, eq(ceCertificates.id, ceEntries.certificateId))
    .where(and(eq(ceEntries.id, params.entryId), eq(ceEntries.membershipId, params.membershipId)));
  return row;
}

/** The PostgreSQL certificate store's rows: bytes by key. */
export async function putCertificateContent(
  db: DbOrTx,
  storageKey: string,
  content: Uint8Array,
): Promise<void> {
  await db.insert(ceCertificateContents).values({ storageKey, content });
}

export async function getCertificateContent(
  db: DbOrTx,
  storageKey: string,
): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ content: ceCertificateContents.content })
    .from(ceCertificateContents)
    .where(eq(ceCertificateContents.storageKey, storageKey));
  return row?.content ?? null;
}

export async function removeCertificateContent(db: DbOrTx, storageKey: string): Promise<void> {
  await db.delete(ceCertificateContents).where(eq(ceCertificateContents.storageKey, storageKey));
}

/**
 * Held licences with requirements whose cycle ends between two days (a cycle's last day), of
 * members still active, with their owner's contact and quiet hours, their template, and the
 * reminders already sent for this cycle: what the reminder scan needs, and nothing older.
 */
export async function listLicencesEndingBetween(db: DbOrTx, range: { from: string; to: string }) {
  return db
    .select({
      licence: licences,
      template: ceTemplates,
      owner: {
        name: users.name,
        email: users.email,
        timeZone: users.timeZone,
        quietHours: users.quietHours,
      },
      sentDays: sql<number[]>`coalesce((
        select array_agg(r.days_before) from ${ceReminders} r
        where r.licence_id = ${licences.id} and r.cycle_end = ${licences.cycleEnd}), '{}')`,
    })
    .from(licences)
    .innerJoin(ceTemplates, eq(ceTemplates.id, licences.templateId))
    .innerJoin(memberships, eq(memberships.id, licences.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(licences.status, "active"),
        isNotNull(licences.cycleStart),
        between(licences.cycleEnd, range.from, range.to),
        isNull(memberships.deactivatedAt),
      ),
    );
}

/** The entries linked to any of these licences, each with the licences it counts toward. */
export async function listEntriesOfLicences(db: DbOrTx, licenceIds: string[]) {
  if (licenceIds.length === 0) return [];
  const links = await db
    .select()
    .from(ceEntryLicences)
    .where(inArray(ceEntryLicences.licenceId, licenceIds));
  const entryIds = [...new Set(links.map((l) => l.entryId))];
  if (entryIds.length === 0) return [];
  const rows = await db.select().from(ceEntries).where(inArray(ceEntries.id, entryIds));
  return withLicenceIds(rows, links);
}

/** Claims a reminder before it is sent; false when it was already sent. */
export async function claimCeReminder(
  db: DbOrTx,
  row: { licenceId: string; cycleEnd: string; daysBefore: number; sentAt: Date },
): Promise<boolean> {
  const claimed = await db
    .insert(ceReminders)
    .values(row)
    .onConflictDoNothing()
    .returning({ licenceId: ceReminders.licenceId });
  return claimed.length > 0;
}

export type GoalRow = typeof developmentGoals.$inferSelect;

/** A person's development goals: open ones by due date (undated last), then completed ones. */
export function listGoals(db: DbOrTx, userId: string): Promise<GoalRow[]> {
  return db
    .select()
    .from(developmentGoals)
    .where(eq(developmentGoals.userId, userId))
    .orderBy(
      sql`${developmentGoals.completedAt} is not null`,
      sql`${developmentGoals.dueOn} asc nulls last`,
      asc(developmentGoals.createdAt),
    );
}

export async function findGoal(
  db: DbOrTx,
  params: { userId: string; goalId: string },
): Promise<GoalRow | undefined> {
  const [goal] = await db
    .select()
    .from(developmentGoals)
    .where(and(eq(developmentGoals.id, params.goalId), eq(developmentGoals.userId, params.userId)));
  return goal;
}

export async function insertGoal(
  db: DbOrTx,
  row: { userId: string; title: string; dueOn: string | null },
): Promise<GoalRow> {
  const [goal] = await db.insert(developmentGoals).values(row).returning();
  if (!goal) throw new Error("insert returned no goal");
  return goal;
}

/** Changes a person's own goal; undefined when it is not theirs. */
export async function updateGoal(
  db: DbOrTx,
  params: { userId: string; goalId: string },
  set: { title: string; dueOn: string | null; progress: number; completedAt: Date | null },
): Promise<GoalRow | undefined> {
  const [goal] = await db
    .update(developmentGoals)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(developmentGoals.id, params.goalId), eq(developmentGoals.userId, params.userId)))
    .returning();
  return goal;
}

export async function deleteGoal(
  db: DbOrTx,
  params: { userId: string; goalId: string },
): Promise<boolean> {
  const rows = await db
    .delete(developmentGoals)
    .where(and(eq(developmentGoals.id, params.goalId), eq(developmentGoals.userId, params.userId)))
    .returning({ id: developmentGoals.id });
  return rows.length > 0;
}

/** A member of the organisation whose CE log an admin reviews: who they are, on whose clock. */
export async function findLogOwner(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string },
) {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      roles: memberships.roles,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.id, params.membershipId),
        eq(memberships.organisationId, params.organisationId),
      ),
    );
  return row;
}
