/** Invitations: what one offers, and accepting it (a new account, or joining with an existing one). */
import type { DbOrTx } from "@tend/db";
import { hashPassword, verifyPassword } from "@tend/db/password";
import {
  addMembershipMergingRoles,
  createUserWithPassword,
  findOpenInvitation,
  findUserByEmail,
  markInvitationAccepted,
  recordAuditEvent,
  setPasswordHash,
} from "@tend/db/queries";

import { DomainError } from "../errors";

const GONE =
  "This invitation has expired or has already been used. Ask your administrator for a new one.";

/** What an open invitation offers, for the accept page. The token is the credential. */
export async function getInvitation(db: DbOrTx, token: string) {
  const invitation = await findOpenInvitation(db, token);
  if (!invitation) throw new DomainError("NOT_FOUND", GONE);
  const existing = await findUserByEmail(db, invitation.email);
  return {
    organisationName: invitation.organisationName,
    email: invitation.email,
    name: invitation.name,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt,
    /** An existing account joins with its current password instead of setting one. */
    hasAccount: Boolean(existing?.passwordHash),
  };
}

/** Accepts an invitation: creates the account (or joins an existing one) and the membership. */
export async function acceptInvitation(
  db: DbOrTx,
  input: { token: string; name: string; password: string; timeZone?: string | undefined },
) {
  // Hash only for a live invitation: a guessed token costs the server nothing.
  if (!(await findOpenInvitation(db, input.token))) throw new DomainError("NOT_FOUND", GONE);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, input.token);
    if (!invitation) throw new DomainError("NOT_FOUND", GONE);
    const existing = await findUserByEmail(tx, invitation.email);
    let userId: string;
    if (existing) {
      if (existing.passwordHash && !(await verifyPassword(existing.passwordHash, input.password))) {
        throw new DomainError(
          "FORBIDDEN",
          "This email already has an account: enter its current password to join.",
          { password: ["This is not the password of your existing account."] },
        );
      }
      userId = existing.id;
      // Setting a password ends any session issued before it.
      if (!existing.passwordHash) await setPasswordHash(tx, userId, passwordHash);
    } else {
      userId = await createUserWithPassword(tx, {
        name: input.name,
        email: invitation.email,
        passwordHash,
        // A new member starts in their browser's zone, or else their organisation's.
        timeZone: input.timeZone ?? invitation.organisationTimeZone,
      });
    }
    // Joining twice merges the roles instead of failing.
    await addMembershipMergingRoles(tx, {
      organisationId: invitation.organisationId,
      userId,
      roles: invitation.roles,
    });
    if (!(await markInvitationAccepted(tx, invitation.id))) throw new DomainError("CONFLICT", GONE);
    await recordAuditEvent(tx, {
      organisationId: invitation.organisationId,
      actorUserId: userId,
      action: "invitation.accepted",
      subjectType: "invitation",
      subjectId: invitation.id,
      data: { roles: invitation.roles },
    });
    return { email: invitation.email, organisationName: invitation.organisationName };
  });
}
