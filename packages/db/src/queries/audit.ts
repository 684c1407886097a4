import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { DbOrTx } from "../client";
import { auditEvents, memberships, peerGroups, users } from "../schema";

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

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** The member (or peer group) an event is about, by name. */
  subjectName: string | null;
  data: Record<string, unknown>;
}

/**
 * One page of an organisation's audit events, newest first, among the given actions only
 * (the caller decides which actions its reader may see). `before` continues after the last
 * entry of the previous page.
 */
export async function listAuditEvents(
  db: DbOrTx,
  params: {
    organisationId: string;
    actions: readonly string[];
    from: Date | null;
    to: Date | null;
    before: { at: Date; id: number } | null;
    limit: number;
  },
): Promise<AuditEntry[]> {
  if (params.actions.length === 0) return [];
  const subject = alias(memberships, "subject_membership");
  const subjectUser = alias(users, "subject_user");
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorName: users.name,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      // A member's name, or a peer group's.
      subjectName: sql<string | null>`coalesce(${subjectUser.name}, ${peerGroups.name})`,
      data: auditEvents.data,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(
      subject,
      and(
        eq(auditEvents.subjectType, "membership"),
        eq(sql`${subject.id}::text`, auditEvents.subjectId),
        eq(subject.organisationId, params.organisationId),
      ),
    )
    .leftJoin(subjectUser, eq(subjectUser.id, subject.userId))
    .leftJoin(
      peerGroups,
      and(
        eq(auditEvents.subjectType, "peer_group"),
        eq(sql`${peerGroups.id}::text`, auditEvents.subjectId),
        eq(peerGroups.organisationId, params.organisationId),
      ),
    )
    .where(
      and(
        eq(auditEvents.organisationId, params.organisationId),
        inArray(auditEvents.action, [...params.actions]),
        params.from ? gte(auditEvents.at, params.from) : undefined,
        params.to ? lt(auditEvents.at, params.to) : undefined,
        params.before
          ? sql`(${auditEvents.at}, ${auditEvents.id}) < (${params.before.at.toISOString()}::timestamptz, ${params.before.id})`
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(params.limit);
}
