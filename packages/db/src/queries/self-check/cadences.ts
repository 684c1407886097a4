import { eq } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import { checkCadences } from "../../schema";

/* Cadences */

export function listCheckCadences(db: DbOrTx, userId: string) {
  return db.select().from(checkCadences).where(eq(checkCadences.userId, userId));
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
