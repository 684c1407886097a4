import type { TRPCRouterRecord } from "@trpc/server";

import {
  acceptInvitation,
  getInvitation,
  invitePeopleFromFile,
  invitePerson,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from "@tend/services/identity";

import { adminProcedure, publicProcedure } from "../../trpc";
import {
  bulkInviteOutput,
  invitationAcceptSchema,
  invitationBulkSchema,
  invitationCreateSchema,
  invitationIdSchema,
  invitationInputSchema,
  invitationOutput,
} from "./identity.schemas";

export const invitationRouter = {
  /** What an open invitation offers, for the accept page. The token is the credential. */
  get: publicProcedure
    .input(invitationInputSchema)
    .query(({ ctx, input }) => getInvitation(ctx.db, input.token)),

  /** Accepts an invitation: creates the account (or joins an existing one) and the membership. */
  accept: publicProcedure
    .input(invitationAcceptSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, input)),

  /** Pending invitations of the organisation, expired ones included. */
  list: adminProcedure
    .output(invitationOutput.array())
    .query(({ ctx }) => listInvitations(ctx.db, ctx.actor)),

  /** Invites one person and mails them the link. */
  create: adminProcedure
    .input(invitationCreateSchema)
    .mutation(({ ctx, input }) => invitePerson(ctx.db, ctx.actor, input, ctx.webUrl)),

  /** Invites everyone a CSV file lists that can be invited, reporting on every row. */
  createMany: adminProcedure
    .input(invitationBulkSchema)
    .output(bulkInviteOutput)
    .mutation(({ ctx, input }) => invitePeopleFromFile(ctx.db, ctx.actor, input.csv, ctx.webUrl)),

  /** Mails a pending invitation again with a fresh link. */
  resend: adminProcedure
    .input(invitationIdSchema)
    .mutation(({ ctx, input }) =>
      resendInvitation(ctx.db, ctx.actor, input.invitationId, ctx.webUrl),
    ),

  /** Revokes a pending invitation: its link stops working. */
  revoke: adminProcedure
    .input(invitationIdSchema)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input.invitationId)),
} satisfies TRPCRouterRecord;
