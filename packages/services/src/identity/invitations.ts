/** Invitations: what one offers, and accepting it (a new account, or joining with an existing one). */
import type { DbOrTx } from "@tend/db";
import type { Role } from "@tend/db/schema";
import { hashPassword, verifyPassword } from "@tend/db/password";
import {
  addMembershipMergingRoles,
  addTeamsOnJoining,
  createInvitation,
  createUserWithPassword,
  findMembersByEmail,
  findOpenInvitation,
  findPendingInvitationsByEmail,
  findUserByEmail,
  listPendingInvitations,
  listTeams,
  markInvitationAccepted,
  recordAuditEvent,
  renewInvitation,
  revokeInvitations,
  setPasswordHash,
} from "@tend/db/queries";
import { createLogger } from "@tend/logger";
import { sendMail } from "@tend/mail";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { emailsInFile, planBulkInvitations } from "./bulk-invitations";

const log = createLogger("invitations");

/** How long an invitation link works. */
export const INVITATION_VALID_DAYS = 14;

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
    // The teams the admin chose (those still current) and the job title, if none is set yet.
    await addTeamsOnJoining(tx, {
      organisationId: invitation.organisationId,
      userId,
      teamIds: invitation.teamIds,
      title: invitation.title,
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

/* ------------------------------------------------------------------------------------------
 * Admins inviting people
 * ----------------------------------------------------------------------------------------*/

export interface InvitationInput {
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  title: string | null;
}

const expiry = (now: Date) => new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);

function invitationMail(params: {
  email: string;
  name: string;
  organisationName: string;
  invitedBy: string;
  token: string;
  webUrl: string;
}) {
  const url = `${params.webUrl}/invite/${params.token}`;
  const hello = params.name ? `Hello ${params.name.split(/\s+/u)[0] ?? params.name},` : "Hello,";
  const text = [
    hello,
    "",
    `${params.invitedBy} has invited you to join ${params.organisationName} on Tend, where clinicians look after their own wellbeing: private self-checks, a personal prevention plan, supervision and peer support.`,
    "",
    "Your self-check answers and results are private to you. Your organisation sees only anonymous team figures, never yours.",
    "",
    `Accept the invitation (the link works for ${INVITATION_VALID_DAYS} days):`,
    url,
  ].join("\n");
  return {
    to: params.email,
    subject: `You are invited to ${params.organisationName} on Tend`,
    text,
  };
}

/** Sends invitation mails after their rows are saved; a failed send is logged, not lost. */
async function mailInvitations(
  db: DbOrTx,
  actor: MemberActor,
  webUrl: string,
  sent: { id: string; email: string; name: string; token: string }[],
): Promise<Set<string>> {
  const failed = new Set<string>();
  for (const invitation of sent) {
    try {
      await sendMail(
        db,
        invitationMail({
          ...invitation,
          organisationName: actor.membership.organisationName,
          invitedBy: actor.person.name,
          webUrl,
        }),
      );
    } catch (err) {
      log.error({ err, invitationId: invitation.id }, "invitation mail not sent");
      failed.add(invitation.id);
    }
  }
  return failed;
}

/** Pending invitations (not accepted or revoked) with their team names and whether they expired. */
export async function listInvitations(db: DbOrTx, actor: MemberActor, now = new Date()) {
  const organisationId = actor.membership.organisationId;
  const [pending, teams] = await Promise.all([
    listPendingInvitations(db, organisationId),
    listTeams(db, organisationId),
  ]);
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return pending.map(({ teamIds, ...invitation }) => ({
    ...invitation,
    teams: teamIds.flatMap((id) => {
      const name = teamNames.get(id);
      return name ? [name] : [];
    }),
    expired: invitation.expiresAt <= now,
  }));
}

/**
 * Saves the planned invitations (an expired open one for the same address is revoked first)
 * and records each; returns the rows with their one-time tokens.
 */
async function storeInvitations(
  tx: DbOrTx,
  actor: MemberActor,
  planned: InvitationInput[],
  now: Date,
) {
  const organisationId = actor.membership.organisationId;
  const stale = await findPendingInvitationsByEmail(
    tx,
    organisationId,
    planned.map((p) => p.email),
  );
  await revokeInvitations(tx, { organisationId, ids: stale.map((s) => s.id), now });
  const stored: { id: string; email: string; name: string; token: string }[] = [];
  for (const invitation of planned) {
    const { id, token } = await createInvitation(tx, {
      organisationId,
      ...invitation,
      invitedByUserId: actor.userId,
      expiresAt: expiry(now),
    });
    stored.push({ id, email: invitation.email, name: invitation.name, token });
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: id,
      data: { email: invitation.email, roles: invitation.roles, teamIds: invitation.teamIds },
    });
  }
  return stored;
}

/** What the organisation already holds for some addresses: members, open invitations, teams. */
async function inviteContext(db: DbOrTx, organisationId: string, emails: string[], now: Date) {
  const [members, pending, teams] = await Promise.all([
    findMembersByEmail(db, organisationId, emails),
    findPendingInvitationsByEmail(db, organisationId, emails),
    listTeams(db, organisationId),
  ]);
  return {
    members,
    invited: new Set(pending.filter((p) => p.expiresAt > now).map((p) => p.email)),
    teams: new Map(teams.map((t) => [t.name.toLowerCase(), { id: t.id, name: t.name }])),
  };
}

/** Invites one person by e-mail with roles, teams and a job title, and mails them the link. */
export async function invitePerson(
  db: DbOrTx,
  actor: MemberActor,
  input: InvitationInput,
  webUrl: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  const email = input.email.trim().toLowerCase();
  const stored = await db.transaction(async (tx) => {
    const context = await inviteContext(tx, organisationId, [email], now);
    const member = context.members.get(email);
    if (member)
      throw new DomainError(
        "CONFLICT",
        member.deactivated
          ? "This person is a deactivated member: reactivate them from the people list instead."
          : "This person is already a member.",
        { email: [member.deactivated ? "Deactivated member." : "Already a member."] },
      );
    if (context.invited.has(email))
      throw new DomainError(
        "CONFLICT",
        "This person already has an open invitation: resend it from the invitations list.",
        { email: ["Already invited."] },
      );
    const current = new Set([...context.teams.values()].map((t) => t.id));
    if (input.teamIds.some((id) => !current.has(id)))
      throw new DomainError("INVALID", "Choose teams of your organisation that are not archived.", {
        teamIds: ["One of the chosen teams no longer exists or is archived."],
      });
    return storeInvitations(tx, actor, [{ ...input, email }], now);
  });
  const failed = await mailInvitations(db, actor, webUrl, stored);
  return { email, mailed: failed.size === 0 };
}

/**
 * Invites everyone a CSV file names that can be invited, and reports on every row: the good
 * rows are stored (and mailed) even when others are rejected, each rejection with its reasons.
 */
export async function invitePeopleFromFile(
  db: DbOrTx,
  actor: MemberActor,
  csv: string,
  webUrl: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  const result = await db.transaction(async (tx) => {
    const plan = planBulkInvitations(
      csv,
      await inviteContext(tx, organisationId, emailsInFile(csv), now),
    );
    if (!plan.ok) throw new DomainError("INVALID", plan.error, { csv: [plan.error] });
    const stored = await storeInvitations(tx, actor, plan.accepted, now);
    return { plan, stored };
  });
  const failed = await mailInvitations(db, actor, webUrl, result.stored);
  return {
    invited: result.plan.accepted.map((row, i) => ({
      line: row.line,
      email: row.email,
      mailed: !failed.has(result.stored[i]?.id ?? ""),
    })),
    rejected: result.plan.rejected,
  };
}

/** Sends a pending invitation again with a fresh link and expiry; the old link stops working. */
export async function resendInvitation(
  db: DbOrTx,
  actor: MemberActor,
  invitationId: string,
  webUrl: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  const renewed = await db.transaction(async (tx) => {
    const row = await renewInvitation(tx, {
      organisationId,
      id: invitationId,
      expiresAt: expiry(now),
    });
    if (!row)
      throw new DomainError("NOT_FOUND", "This invitation was accepted or revoked meanwhile.");
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "invitation.resent",
      subjectType: "invitation",
      subjectId: invitationId,
      data: { email: row.email },
    });
    return row;
  });
  const failed = await mailInvitations(db, actor, webUrl, [
    { id: invitationId, email: renewed.email, name: renewed.name, token: renewed.token },
  ]);
  return { email: renewed.email, mailed: failed.size === 0 };
}

/** Revokes a pending invitation: its link stops working at once. */
export async function revokeInvitation(db: DbOrTx, actor: MemberActor, invitationId: string) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const [revoked] = await revokeInvitations(tx, { organisationId, ids: [invitationId] });
    if (!revoked)
      throw new DomainError("NOT_FOUND", "This invitation was accepted or revoked meanwhile.");
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: invitationId,
      data: { email: revoked.email },
    });
    return { email: revoked.email };
  });
}
