import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  addPlanCommitment,
  getPlan,
  getProfile,
  markPlanReviewed,
  removePlanCommitment,
  setEndOfDayRitual,
  updatePlanCommitment,
} from "@tend/db/queries";
import { PLAN_STRATEGIES } from "@tend/db/schema";

import { DomainError } from "../../errors";
import { plainText } from "../../common.schemas";
import { clinicianProcedure } from "../../trpc";

const commitmentText = plainText()
  .trim()
  .min(1, { message: "Write what you will do." })
  .max(300, { message: "Keep a commitment under 300 characters." });
const frequency = plainText()
  .trim()
  .max(60, { message: "Keep the frequency short, e.g. “twice a week”." })
  .transform((f) => (f === "" ? null : f))
  .nullable()
  .optional()
  .transform((f) => f ?? null);
const commitmentId = z.uuid({ message: "Choose a commitment." });

/** The caller's private prevention plan: one section per strategy. Nobody else can read it. */
export const planRouter = {
  get: clinicianProcedure.query(async ({ ctx }) => {
    const [plan, profile] = await Promise.all([
      getPlan(ctx.db, ctx.user.id),
      getProfile(ctx.db, ctx.user.id),
    ]);
    return {
      ...plan,
      workingHours: profile?.workingHours ?? null,
      quietHours: profile?.quietHours ?? null,
      timeZone: profile?.timeZone ?? "UTC",
    };
  }),

  addCommitment: clinicianProcedure
    .input(
      z
        .object({
          strategy: z.enum(PLAN_STRATEGIES, { message: "Choose a section of the plan." }),
          text: commitmentText,
          frequency,
        })
        .strict(),
    )
    .mutation(({ ctx, input }) => addPlanCommitment(ctx.db, { userId: ctx.user.id, ...input })),

  updateCommitment: clinicianProcedure
    .input(z.object({ id: commitmentId, text: commitmentText, frequency }).strict())
    .mutation(async ({ ctx, input }) => {
      const row = await updatePlanCommitment(ctx.db, { userId: ctx.user.id, ...input });
      if (!row) throw new DomainError("NOT_FOUND", "That commitment is no longer in your plan.");
      return row;
    }),

  removeCommitment: clinicianProcedure
    .input(z.object({ id: commitmentId }).strict())
    .mutation(async ({ ctx, input }) => {
      const row = await removePlanCommitment(ctx.db, { userId: ctx.user.id, id: input.id });
      if (!row) throw new DomainError("NOT_FOUND", "That commitment is no longer in your plan.");
      return row;
    }),

  setEndOfDayRitual: clinicianProcedure
    .input(
      z
        .object({
          endOfDayRitual: plainText()
            .trim()
            .max(500, { message: "Keep the ritual under 500 characters." }),
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      await setEndOfDayRitual(ctx.db, {
        userId: ctx.user.id,
        endOfDayRitual: input.endOfDayRitual,
      });
      return input;
    }),

  /** Records that the caller reviewed their plan (offered after each check). */
  markReviewed: clinicianProcedure.mutation(async ({ ctx }) => {
    const at = new Date();
    await markPlanReviewed(ctx.db, ctx.user.id, at);
    return { reviewedAt: at };
  }),
} satisfies TRPCRouterRecord;
