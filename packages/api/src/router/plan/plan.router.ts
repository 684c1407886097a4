import type { TRPCRouterRecord } from "@trpc/server";

import {
  addCommitment,
  getOwnPlan,
  markCommitmentDone,
  markReviewed,
  removeCommitment,
  updateCommitment,
  updateEndOfDayRitual,
} from "@tend/services/plan";

import { clinicianProcedure } from "../../trpc";
import {
  addCommitmentSchema,
  commitmentDoneSchema,
  commitmentIdSchema,
  endOfDayRitualSchema,
  updateCommitmentSchema,
} from "./plan.schemas";

/** The caller's private prevention plan: one section per strategy. Nobody else can read it. */
export const planRouter = {
  get: clinicianProcedure.query(({ ctx }) => getOwnPlan(ctx.db, ctx.actor)),

  addCommitment: clinicianProcedure
    .input(addCommitmentSchema)
    .mutation(({ ctx, input }) => addCommitment(ctx.db, ctx.actor, input)),

  updateCommitment: clinicianProcedure
    .input(updateCommitmentSchema)
    .mutation(({ ctx, input }) => updateCommitment(ctx.db, ctx.actor, input)),

  removeCommitment: clinicianProcedure
    .input(commitmentIdSchema)
    .mutation(({ ctx, input }) => removeCommitment(ctx.db, ctx.actor, input.id)),

  /** Marks a commitment done today (or takes it back): a short history the owner keeps. */
  markDone: clinicianProcedure
    .input(commitmentDoneSchema)
    .mutation(({ ctx, input }) => markCommitmentDone(ctx.db, ctx.actor, input)),

  setEndOfDayRitual: clinicianProcedure
    .input(endOfDayRitualSchema)
    .mutation(({ ctx, input }) => updateEndOfDayRitual(ctx.db, ctx.actor, input)),

  /** Records that the caller reviewed their plan (offered after each check). */
  markReviewed: clinicianProcedure.mutation(({ ctx }) => markReviewed(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
