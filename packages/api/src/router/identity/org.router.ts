import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { listMembershipsOfUser, recordAuditEvent, setActiveOrganisation } from "@tend/db/queries";

import { DomainError } from "../../errors";
import { orgProcedure, protectedProcedure } from "../../trpc";

export const orgRouter = {
  /** Every organisation the caller belongs to, with their roles there. */
  listMemberships: protectedProcedure.query(({ ctx }) =>
    listMembershipsOfUser(ctx.db, ctx.user.id),
  ),

  /** The organisation that scopes the caller's requests, and their roles in it. */
  current: orgProcedure.query(({ ctx }) => ctx.membership),

  /** Makes another of the caller's organisations the active one. */
  switch: protectedProcedure
    .input(z.object({ organisationId: z.uuid({ message: "Choose an organisation." }) }).strict())
    .mutation(async ({ ctx, input }) => {
      const switched = await setActiveOrganisation(ctx.db, {
        userId: ctx.user.id,
        organisationId: input.organisationId,
      });
      if (!switched)
        throw new DomainError("FORBIDDEN", "You are not a member of that organisation.");
      await recordAuditEvent(ctx.db, {
        organisationId: input.organisationId,
        actorUserId: ctx.user.id,
        action: "organisation.switched",
      });
      return { organisationId: input.organisationId };
    }),
} satisfies TRPCRouterRecord;
