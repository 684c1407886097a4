import type { DbOrTx } from "../client";
import { auditEvents } from "../schema";

export interface AuditEventInput {
  organisationId?: string | null;
  actorUserId?: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  data?: Record<string, unknown>;
}

/** Appends one audit event. Rows are never updated or deleted (a trigger enforces it). */
export async function recordAuditEvent(db: DbOrTx, event: AuditEventInput): Promise<void> {
  await db.insert(auditEvents).values({
    organisationId: event.organisationId ?? null,
    actorUserId: event.actorUserId ?? null,
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    data: event.data ?? {},
  });
}
