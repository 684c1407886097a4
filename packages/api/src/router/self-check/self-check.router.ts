import type { TRPCRouterRecord } from "@trpc/server";

import {
  getHistory,
  getInstrumentToTake,
  getOwnResult,
  listInstruments,
  listResults,
  submitCheck,
  updateCadence,
} from "@tend/services/self-check";

import { clinicianProcedure } from "../../trpc";
import {
  cadenceSchema,
  instrumentInputSchema,
  responseInputSchema,
  submitSchema,
} from "./self-check.schemas";

/** Self-checks: each procedure acts on the caller's own results only. */
export const selfCheckRouter = {
  /** The self-checks with the caller's cadence, last completion and whether each is due. */
  listInstruments: clinicianProcedure.query(({ ctx }) => listInstruments(ctx.db, ctx.actor)),

  /** One instrument to take, with the organisation's words for ProQOL's bracketed terms. */
  getInstrument: clinicianProcedure
    .input(instrumentInputSchema)
    .query(({ ctx, input }) => getInstrumentToTake(ctx.db, ctx.actor, input.instrumentId)),

  /** Scores and stores a completed check. Incomplete or invalid answers are refused, naming the items. */
  submit: clinicianProcedure
    .input(submitSchema)
    .mutation(({ ctx, input }) => submitCheck(ctx.db, ctx.actor, input)),

  /** One of the caller's own results: scores, change since the previous one, next steps, support. */
  get: clinicianProcedure
    .input(responseInputSchema)
    .query(({ ctx, input }) => getOwnResult(ctx.db, ctx.actor, input.responseId)),

  /** The caller's results for one instrument over time, oldest first, with the bands to shade. */
  history: clinicianProcedure
    .input(instrumentInputSchema)
    .query(({ ctx, input }) => getHistory(ctx.db, ctx.actor, input.instrumentId)),

  /** The caller's results for one instrument, newest first, with how many shares each has. */
  listResults: clinicianProcedure
    .input(instrumentInputSchema)
    .query(({ ctx, input }) => listResults(ctx.db, ctx.actor, input.instrumentId)),

  /** Changes or pauses how often the caller is reminded of one check. */
  updateCadence: clinicianProcedure
    .input(cadenceSchema)
    .mutation(({ ctx, input }) => updateCadence(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
