/**
 * The workshop catalog: what an organisation's admins publish, and its clinicians' enrolments.
 * Every read is scoped to the organisation, and an enrolment to its member.
 */
import { and, asc, count, eq, isNotNull, isNull, or, sql } from "drizzle-orm";

import type { CeCategory, CeFormat } from "@tend/development";

import type { DbOrTx } from "../client";
import { workshopEnrolments, workshops } from "../schema";

export type WorkshopRow = typeof workshops.$inferSelect;

export interface WorkshopFields {
  title: string;
  provider: string;
  description: string;
  /** The day it takes place; null when self-paced. */
  startsOn: string | null;
  minutes: number;
  format: CeFormat;
  categories: CeCategory[];
  link: string;
}

/** Dated workshops by day, then self-paced ones, each by title. */
const catalogOrder = [
  sql`${workshops.startsOn} asc nulls last`,
  asc(workshops.title),
  asc(workshops.id),
] as const;

/** Every workshop of an organisation, archived ones too, with how many enrolled and completed. */
export async function listOrganisationWorkshops(db: DbOrTx, organisationId: string) {
  const rows = await db
    .select({
      workshop: workshops,
      enrolled: count(workshopEnrolments.membershipId),
      completed: count(workshopEnrolments.completedAt),
    })
    .from(workshops)
    .leftJoin(workshopEnrolments, eq(workshopEnrolments.workshopId, workshops.id))
    .where(eq(workshops.organisationId, organisationId))
    .groupBy(workshops.id)
    .orderBy(sql`${workshops.archivedAt} is not null`, ...catalogOrder);
  return rows.map((r) => ({ ...r.workshop, enrolled: r.enrolled, completed: r.completed }));
}

export type CatalogRow = WorkshopRow & {
  enrolledAt: Date | null;
  completedAt: Date | null;
  entryId: string | null;
};

/**
 * The catalog as a member sees it: the organisation's published workshops, and archived ones
 * only where the member enrolled, each with the member's enrolment if any.
 */
export async function listCatalog(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string },
): Promise<CatalogRow[]> {
  const rows = await db
    .select({
      workshop: workshops,
      enrolledAt: workshopEnrolments.enrolledAt,
      completedAt: workshopEnrolments.completedAt,
      entryId: workshopEnrolments.entryId,
    })
    .from(workshops)
    .leftJoin(
      workshopEnrolments,
      and(
        eq(workshopEnrolments.workshopId, workshops.id),
        eq(workshopEnrolments.membershipId, params.membershipId),
      ),
    )
    .where(
      and(
        eq(workshops.organisationId, params.organisationId),
        or(isNull(workshops.archivedAt), isNotNull(workshopEnrolments.membershipId)),
      ),
    )
    .orderBy(...catalogOrder);
  return rows.map((r) => ({
    ...r.workshop,
    enrolledAt: r.enrolledAt,
    completedAt: r.completedAt,
    entryId: r.entryId,
  }));
}

/** A workshop of the organisation; with `share`, it cannot be archived until the transaction ends. */
export async function findWorkshop(
  db: DbOrTx,
  params: { organisationId: string; workshopId: string; share?: boolean },
): Promise<WorkshopRow | undefined> {
  const query = db
    .select()
    .from(workshops)
    .where(
      and(eq(workshops.id, params.workshopId), eq(workshops.organisationId, params.organisationId)),
    );
  const [row] = await (params.share ? query.for("share") : query);
  return row;
}

export async function insertWorkshop(
  db: DbOrTx,
  organisationId: string,
  fields: WorkshopFields,
): Promise<WorkshopRow> {
  const [row] = await db
    .insert(workshops)
    .values({ organisationId, ...fields })
    .returning();
  if (!row) throw new Error("insert returned no workshop");
  return row;
}

/** Changes a workshop of the organisation; undefined when it has none by that id. */
export async function updateWorkshop(
  db: DbOrTx,
  params: { organisationId: string; workshopId: string },
  set: Partial<WorkshopFields> & { archivedAt?: Date | null },
): Promise<WorkshopRow | undefined> {
  const [row] = await db
    .update(workshops)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(eq(workshops.id, params.workshopId), eq(workshops.organisationId, params.organisationId)),
    )
    .returning();
  return row;
}

export type EnrolmentRow = typeof workshopEnrolments.$inferSelect;

/** Enrols a member; an existing enrolment is kept as it is. */
export async function insertEnrolment(
  db: DbOrTx,
  row: { organisationId: string; workshopId: string; membershipId: string },
): Promise<void> {
  await db.insert(workshopEnrolments).values(row).onConflictDoNothing();
}

/** A member's enrolment, locked until the transaction ends so it completes once. */
export async function lockEnrolment(
  db: DbOrTx,
  params: { workshopId: string; membershipId: string },
): Promise<EnrolmentRow | undefined> {
  const [row] = await db
    .select()
    .from(workshopEnrolments)
    .where(
      and(
        eq(workshopEnrolments.workshopId, params.workshopId),
        eq(workshopEnrolments.membershipId, params.membershipId),
      ),
    )
    .for("update");
  return row;
}

/** Ends an enrolment not yet completed; false when there is none to end. */
export async function deleteOpenEnrolment(
  db: DbOrTx,
  params: { workshopId: string; membershipId: string },
): Promise<boolean> {
  const rows = await db
    .delete(workshopEnrolments)
    .where(
      and(
        eq(workshopEnrolments.workshopId, params.workshopId),
        eq(workshopEnrolments.membershipId, params.membershipId),
        isNull(workshopEnrolments.completedAt),
      ),
    )
    .returning({ workshopId: workshopEnrolments.workshopId });
  return rows.length > 0;
}

export async function completeEnrolment(
  db: DbOrTx,
  params: { workshopId: string; membershipId: string },
  set: { completedAt: Date; entryId: string },
): Promise<void> {
  await db
    .update(workshopEnrolments)
    .set(set)
    .where(
      and(
        eq(workshopEnrolments.workshopId, params.workshopId),
        eq(workshopEnrolments.membershipId, params.membershipId),
      ),
    );
}
