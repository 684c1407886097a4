import type { DbOrTx } from "../../client";
import type { NoticeKind } from "../../schema";
import { supervisionNotices } from "../../schema";

/** Queues e-mails about a session for the worker to send. */
export async function insertNotices(
  db: DbOrTx,
  rows: {
    organisationId: string;
    sessionId: string;
    recipientMembershipId: string;
    kind: NoticeKind;
    reason?: string | null;
    previousStart?: Date | null;
  }[],
): Promise<void> {
  if (rows.length) await db.insert(supervisionNotices).values(rows);
}
