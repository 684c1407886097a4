import { eq } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import { selfCheckSettings } from "../../schema";

/* Organisation settings */

export async function getSelfCheckSettings(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select()
    .from(selfCheckSettings)
    .where(eq(selfCheckSettings.organisationId, organisationId));
  return row ?? null;
}

export async function upsertSelfCheckSettings(
  db: DbOrTx,
  values: {
    organisationId: string;
    supportResources?: string | null;
    roleWords?: Record<string, string> | null;
  },
) {
  const { organisationId, ...set } = values;
  const [row] = await db
    .insert(selfCheckSettings)
    .values({ organisationId, ...set, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: selfCheckSettings.organisationId,
      set: { ...set, updatedAt: new Date() },
    })
    .returning();
  return row;
}
