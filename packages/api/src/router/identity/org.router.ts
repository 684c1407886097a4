import type { TRPCRouterRecord } from "@trpc/server";

import { listMemberships, switchOrganisation } from "@tend/services/identity";

import { orgProcedure, protectedProcedure } from "../../trpc";
import { organisationInputSchema } from "./identity.schemas";

export const orgRouter = {
  /** Every organisation the caller belongs to, with their roles there. */
  listMemberships: protectedProcedure.query(({ ctx }) => listMemberships(ctx.actor)),

  /** The organisation that scopes the caller's requests, and their roles in it. */
  current: orgProcedure.query(({ ctx }) => ctx.membership),

  /** Makes another of the caller's organisations the active one. */
  switch: protectedProcedure
    .input(organisationInputSchema)
    .mutation(({ ctx, input }) => switchOrganisation(ctx.db, ctx.actor, input.organisationId)),
} satisfies TRPCRouterRecord;
