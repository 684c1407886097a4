import { eq, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import { checkCadences, checkResponses, users } from "../../schema";

/* Cadences */

/**
 * What the self-check list needs of one person, in one statement: the cadences they chose and
 * when they last completed each check (from the (user, instrument, completed_at) index).
 */
export async function selfCheckStatus(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      cadence: {
        userId: checkCadences.userId,
        instrumentId: checkCadences.instrumentId,
        everyDays: checkCadences.everyDays,
        paused: checkCadences.paused,
        updatedAt: checkCadences.updatedAt,
      },
      lastCompletions: sql<Record<string, string> | null>`(
        select json_object_agg(last.instrument_id, last.completed_at)
        from (
          select ${checkResponses.instrumentId} as instrument_id, max(${checkResponses.completedAt}) as completed_at
          from ${checkResponses} where ${checkResponses.userId} = ${userId}
          group by ${checkResponses.instrumentId}
        ) last)`,
    })
    .from(users)
    .leftJoin(checkCadences, eq(checkCadences.userId, users.id))
    .where(eq(users.id, userId));
  return {
    cadences: rows.flatMap((r) => (r.cadence ? [r.cadence] : [])),
    lastCompletions: new Map(
      Object.entries(rows[0]?.lastCompletions ?? {}).map(([id, at]) => [id, new Date(at)]),
    ),
  };
}

export async function upsertCheckCadence(
  db: DbOrTx,
  values: { userId: string; instrumentId: string; everyDays: number; paused: boolean },
) {
  const [row] = await db
    .insert(checkCadences)
    .values({ ...values, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [checkCadences.userId, checkCadences.instrumentId],
      set: { everyDays: values.everyDays, paused: values.paused, updatedAt: new Date() },
    })
    .returning();
  return row;
}
