import { and, asc, eq, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { PlanStrategy } from "../schema";
import { commitmentDoneDays, planCommitments, preventionPlans } from "../schema";

/** How many of the days a commitment was done the plan shows. */
export const RECENT_DONE_DAYS = 5;

/** The owner's plan; an empty one when they have not started it. */
export async function getPlan(db: DbOrTx, userId: string) {
  const [[plan], commitments] = await Promise.all([
    db.select().from(preventionPlans).where(eq(preventionPlans.userId, userId)),
    db
      .select({
        id: planCommitments.id,
        userId: planCommitments.userId,
        strategy: planCommitments.strategy,
        text: planCommitments.text,
        frequency: planCommitments.frequency,
        position: planCommitments.position,
        createdAt: planCommitments.createdAt,
        updatedAt: planCommitments.updatedAt,
        /**
         * The last days it was marked done (at most `RECENT_DONE_DAYS`), newest first. The outer
         * row is named in full: drizzle writes a selected column of a one-table query unqualified.
         */
        doneOn: sql<string[]>`coalesce((
          select json_agg(recent.done_on order by recent.done_on desc) from (
            select ${commitmentDoneDays.doneOn} as done_on from ${commitmentDoneDays}
            where ${commitmentDoneDays.commitmentId} = "plan_commitments"."id"
            order by ${commitmentDoneDays.doneOn} desc limit ${RECENT_DONE_DAYS}
          ) recent), '[]'::json)`,
      })
      .from(planCommitments)
      .where(eq(planCommitments.userId, userId))
      .orderBy(
        asc(planCommitments.strategy),
        asc(planCommitments.position),
        asc(planCommitments.createdAt),
      ),
  ]);
  return {
    endOfDayRitual: plan?.endOfDayRitual ?? "",
    reviewedAt: plan?.reviewedAt ?? null,
    updatedAt: plan?.updatedAt ?? null,
    commitments,
  };
}

async function touchPlan(
  db: DbOrTx,
  userId: string,
  set: { endOfDayRitual?: string; reviewedAt?: Date } = {},
) {
  await db
    .insert(preventionPlans)
    .values({ userId, ...set, updatedAt: new Date() })
    .onConflictDoUpdate({ target: preventionPlans.userId, set: { ...set, updatedAt: new Date() } });
}

export async function addPlanCommitment(
  db: DbOrTx,
  values: { userId: string; strategy: PlanStrategy; text: string; frequency: string | null },
) {
  const [row] = await db
    .insert(planCommitments)
    .values({
      ...values,
      position: sql`(select coalesce(max(${planCommitments.position}), -1) + 1 from ${planCommitments} where ${planCommitments.userId} = ${values.userId} and ${planCommitments.strategy} = ${values.strategy})`,
    })
    .returning();
  await touchPlan(db, values.userId);
  return row;
}

export async function updatePlanCommitment(
  db: DbOrTx,
  params: { userId: string; id: string; text: string; frequency: string | null },
) {
  const [row] = await db
    .update(planCommitments)
    .set({ text: params.text, frequency: params.frequency, updatedAt: new Date() })
    .where(and(eq(planCommitments.id, params.id), eq(planCommitments.userId, params.userId)))
    .returning();
  if (row) await touchPlan(db, params.userId);
  return row ?? null;
}

export async function removePlanCommitment(db: DbOrTx, params: { userId: string; id: string }) {
  const [row] = await db
    .delete(planCommitments)
    .where(and(eq(planCommitments.id, params.id), eq(planCommitments.userId, params.userId)))
    .returning({ id: planCommitments.id });
  if (row) await touchPlan(db, params.userId);
  return row ?? null;
}

export async function setEndOfDayRitual(
  db: DbOrTx,
  params: { userId: string; endOfDayRitual: string },
) {
  await touchPlan(db, params.userId, { endOfDayRitual: params.endOfDayRitual });
}

export async function markPlanReviewed(db: DbOrTx, userId: string, at = new Date()) {
  await touchPlan(db, userId, { reviewedAt: at });
}

/**
 * Marks one of the owner's commitments done on a day (once a day), or takes that back. Null when
 * the commitment is not theirs (or gone).
 */
export async function setCommitmentDone(
  db: DbOrTx,
  params: { userId: string; id: string; day: string; done: boolean },
) {
  const [owned] = await db
    .select({ id: planCommitments.id })
    .from(planCommitments)
    .where(and(eq(planCommitments.id, params.id), eq(planCommitments.userId, params.userId)));
  if (!owned) return null;
  if (params.done)
    await db
      .insert(commitmentDoneDays)
      .values({ commitmentId: owned.id, doneOn: params.day })
      .onConflictDoNothing();
  else
    await db
      .delete(commitmentDoneDays)
      .where(
        and(
          eq(commitmentDoneDays.commitmentId, owned.id),
          eq(commitmentDoneDays.doneOn, params.day),
        ),
      );
  return { id: owned.id, day: params.day, done: params.done };
}
