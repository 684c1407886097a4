import type { TRPCRouterRecord } from "@trpc/server";

import { acceptInvitation, getInvitation } from "@tend/services/identity";

import { publicProcedure } from "../../trpc";
import { invitationAcceptSchema, invitationInputSchema } from "./identity.schemas";

export const invitationRouter = {
  /** What an open invitation offers, for the accept page. The token is the credential. */
  get: publicProcedure
    .input(invitationInputSchema)
    .query(({ ctx, input }) => getInvitation(ctx.db, input.token)),

  /** Accepts an invitation: creates the account (or joins an existing one) and the membership. */
  accept: publicProcedure
    .input(invitationAcceptSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, input)),
} satisfies TRPCRouterRecord;
