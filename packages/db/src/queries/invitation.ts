import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { Role } from "../schema";
import { invitations, organisations } from "../schema";

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** An invitation that is still open (not accepted, not expired), with its organisation's name. */
export async function findOpenInvitation(db: DbOrTx, token: string, now = new Date()) {
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      organisationTimeZone: organisations.timeZone,
      email: invitations.email,
      name: invitations.name,
      roles: invitations.roles,
      title: invitations.title,
      teamIds: invitations.teamIds,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, hashInvitationToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function createInvitation(
  db: DbOrTx,
  params: {
    organisationId: string;
    email: string;
    name?: string;
    roles: Role[];
    title?: string | null;
    teamIds?: string[];
    invitedByUserId?: string | null;
    expiresAt: Date;
    token?: string;
  },
) {
  const token = params.token ?? newInvitationToken();
  const [row] = await db
    .insert(invitations)
    .values({
      organisationId: params.organisationId,
      email: params.email.toLowerCase(),
      name: params.name ?? "",
      roles: params.roles,
      title: params.title ?? null,
      teamIds: params.teamIds ?? [],
      invitedByUserId: params.invitedByUserId ?? null,
      expiresAt: params.expiresAt,
      tokenHash: hashInvitationToken(token),
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error("invitation insert returned no row");
  return { id: row.id, token };
}

/** Marks an open invitation accepted; returns false if it was already used or has expired. */
export async function markInvitationAccepted(
  db: DbOrTx,
  id: string,
  now = new Date(),
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(
      and(
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** An organisation's invitations not yet accepted or revoked (expired ones too), newest first. */
export async function listPendingInvitations(db: DbOrTx, organisationId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      roles: invitations.roles,
      title: invitations.title,
      teamIds: invitations.teamIds,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/**
 * The organisation's invitations not yet accepted or revoked for some addresses (lower-cased),
 * with whether each has expired.
 */
export async function findPendingInvitationsByEmail(
  db: DbOrTx,
  organisationId: string,
  emails: string[],
) {
  if (emails.length === 0) return [];
  return db
    .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        inArray(invitations.email, emails),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
}

/** Revokes pending invitations of the organisation; returns the addresses of those revoked. */
export async function revokeInvitations(
  db: DbOrTx,
  params: { organisationId: string; ids: string[]; now?: Date },
): Promise<{ id: string; email: string }[]> {
  if (params.ids.length === 0) return [];
  return db
    .update(invitations)
    .set({ revokedAt: params.now ?? new Date() })
    .where(
      and(
        eq(invitations.organisationId, params.organisationId),
        inArray(invitations.id, params.ids),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email });
}

/**
 * Gives a pending invitation a new token and expiry (the old link stops working); returns the
 * new token and the invitation, or null when it is not pending.
 */
export async function renewInvitation(
  db: DbOrTx,
  params: { organisationId: string; id: string; expiresAt: Date },
) {
  const token = newInvitationToken();
  const [row] = await db
    .update(invitations)
    .set({ tokenHash: hashInvitationToken(token), expiresAt: params.expiresAt })
    .where(
      and(
        eq(invitations.organisationId, params.organisationId),
        eq(invitations.id, params.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ email: invitations.email, name: invitations.name, roles: invitations.roles });
  return row ? { token, ...row } : null;
}
