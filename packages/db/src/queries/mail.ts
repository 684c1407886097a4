import { desc } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { MailAttachment } from "../schema";
import { devOutbox } from "../schema";

export async function storeInDevOutbox(
  db: DbOrTx,
  mail: {
    to: string;
    subject: string;
    text: string;
    html?: string | null;
    attachments?: MailAttachment[];
  },
): Promise<void> {
  await db
    .insert(devOutbox)
    .values({ ...mail, html: mail.html ?? null, attachments: mail.attachments ?? [] });
}

export function listDevOutbox(db: DbOrTx, limit = 50) {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
}
