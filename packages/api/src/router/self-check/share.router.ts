import type { TRPCRouterRecord } from "@trpc/server";

import {
  getSharedWithMe,
  listMyShares,
  listSharedWithMe,
  shareResult,
  stopSharing,
} from "@tend/services/self-check";

import { clinicianProcedure, protectedProcedure, supervisorProcedure } from "../../trpc";
import {
  shareCreateSchema,
  sharedResultOutput,
  sharedSummaryOutput,
  shareIdSchema,
} from "./self-check.schemas";

/**
 * The evaluation firewall's one door: a clinician shares one result with one of their own
 * supervisors, and can stop again. What a supervisor receives passes an output schema, so a
 * column added to a query cannot reach them unnoticed.
 */
export const shareRouter = {
  /** Shares one of the caller's results with one of their current supervisors (explicit consent). */
  create: clinicianProcedure
    .input(shareCreateSchema)
    .mutation(({ ctx, input }) => shareResult(ctx.db, ctx.actor, input)),

  /** Ends a share the caller made, in any organisation; the supervisor loses access at once. */
  revoke: protectedProcedure
    .input(shareIdSchema)
    .mutation(({ ctx, input }) => stopSharing(ctx.db, ctx.actor, input.shareId)),

  /** Everything the caller has shared: standing shares, ended ones, and their own sharing trail. */
  listMine: protectedProcedure.query(({ ctx }) => listMyShares(ctx.db, ctx.actor)),

  /** Results that supervisees have shared with the caller and not revoked, newest first. */
  listSharedWithMe: supervisorProcedure
    .output(sharedSummaryOutput.array())
    .query(({ ctx }) => listSharedWithMe(ctx.db, ctx.actor)),

  /** One shared result (scores and bands only, never the answers) while the share stands. */
  getShared: supervisorProcedure
    .input(shareIdSchema)
    .output(sharedResultOutput)
    .query(({ ctx, input }) => getSharedWithMe(ctx.db, ctx.actor, input.shareId)),
} satisfies TRPCRouterRecord;
