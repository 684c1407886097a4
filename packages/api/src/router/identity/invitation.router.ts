import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { hashPassword, verifyPassword } from "@tend/db/password";
import {
  findOpenInvitation,
  findUserByEmail,
  markInvitationAccepted,
  recordAuditEvent,
  setPasswordHash,
} from "@tend/db/queries";
import { memberships, users } from "@tend/db/schema";
import { sql } from "drizzle-orm";

import { DomainError } from "../../errors";
import { plainText } from "../../common.schemas";
import { invitationTokenSchema, passwordSchema } from "./identity.schemas";
import { publicProcedure } from "../../trpc";

const GONE =
  "This invitation has expired or has already been used. Ask your administrator for a new one.";

export const invitationRouter = {
  /** What an open invitation offers, for the accept page. The token is the credential. */
  get: publicProcedure
    .input(z.object({ token: invitationTokenSchema }).strict())
    .query(async ({ ctx, input }) => {
      const invitation = await findOpenInvitation(ctx.db, input.token);
      if (!invitation) throw new DomainError("NOT_FOUND", GONE);
      const existing = await findUserByEmail(ctx.db, invitation.email);
      return {
        organisationName: invitation.organisationName,
        email: invitation.email,
        name: invitation.name,
        roles: invitation.roles,
        expiresAt: invitation.expiresAt,
        /** An existing account joins with its current password instead of setting one. */
        hasAccount: Boolean(existing?.passwordHash),
      };
    }),

  /** Accepts an invitation: creates the account (or joins an existing one) and the membership. */
  accept: publicProcedure
    .input(
      z
        .object({
          token: invitationTokenSchema,
          name: plainText().trim().min(1, { message: "Enter your name." }).max(120),
          password: passwordSchema,
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      // Hash only for a live invitation: a guessed token costs the server nothing.
      if (!(await findOpenInvitation(ctx.db, input.token)))
        throw new DomainError("NOT_FOUND", GONE);
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction(async (tx) => {
        const invitation = await findOpenInvitation(tx, input.token);
        if (!invitation) throw new DomainError("NOT_FOUND", GONE);

        const existing = await findUserByEmail(tx, invitation.email);
        let userId: string;
        if (existing) {
          if (
            existing.passwordHash &&
            !(await verifyPassword(existing.passwordHash, input.password))
          ) {
            throw new DomainError(
              "FORBIDDEN",
              "This email already has an account: enter its current password to join.",
              { password: ["This is not the password of your existing account."] },
            );
          }
          userId = existing.id;
          if (!existing.passwordHash) await setPasswordHash(tx, userId, passwordHash);
        } else {
          const [created] = await tx
            .insert(users)
            .values({
              name: input.name,
              email: invitation.email,
              passwordHash,
              emailVerified: new Date(),
            })
            .returning({ id: users.id });
          if (!created) throw new Error("user insert returned no row");
          userId = created.id;
        }

        // Joining twice merges the roles instead of failing.
        await tx
          .insert(memberships)
          .values({ organisationId: invitation.organisationId, userId, roles: invitation.roles })
          .onConflictDoUpdate({
            target: [memberships.organisationId, memberships.userId],
            set: {
              roles: sql`(select array_agg(distinct r) from unnest(${memberships.roles} || excluded.roles) as r)`,
            },
          });
        if (!(await markInvitationAccepted(tx, invitation.id)))
          throw new DomainError("CONFLICT", GONE);
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
    }),
} satisfies TRPCRouterRecord;
