import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";

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
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, hashInvitationToken(token)),
        isNull(invitations.acceptedAt),
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
      and(eq(invitations.id, id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}
