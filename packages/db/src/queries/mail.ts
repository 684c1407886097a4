import { desc } from "drizzle-orm";

import type { DbOrTx } from "../client";
import { devOutbox } from "../schema";

export async function storeInDevOutbox(
  db: DbOrTx,
  mail: { to: string; subject: string; text: string; html?: string | null },
): Promise<void> {
  await db.insert(devOutbox).values({ ...mail, html: mail.html ?? null });
}

export function listDevOutbox(db: DbOrTx, limit = 50) {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
}
