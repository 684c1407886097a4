/**
 * Telling people about their sessions. Domain functions queue a notice per recipient in the
 * request that made the change; the worker sends them (`sendSupervisionNotices`), with the
 * session's calendar entry attached, outside each recipient's quiet hours.
 */
import type { DbOrTx } from "@tend/db";
import type { NoticeKind } from "@tend/db/schema";
import { insertNotices } from "@tend/db/queries";

export async function queueSessionNotices(
  db: DbOrTx,
  params: {
    session: { id: string; organisationId: string };
    kind: NoticeKind;
    recipients: string[];
    reason?: string;
    previousStart?: Date;
    now?: Date;
  },
): Promise<void> {
  await insertNotices(
    db,
    [...new Set(params.recipients)].map((recipientMembershipId) => ({
      organisationId: params.session.organisationId,
      sessionId: params.session.id,
      recipientMembershipId,
      kind: params.kind,
      reason: params.reason ?? null,
      previousStart: params.previousStart ?? null,
    })),
  );
}
