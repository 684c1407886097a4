import type { TRPCRouterRecord } from "@trpc/server";

import { changeSeriesFrom, createSeries } from "@tend/services/supervision";

import { supervisorProcedure } from "../../trpc";
import { changeSeriesSchema, createSeriesSchema } from "./supervision.schemas";

/**
 * Recurring supervision run by the caller. One occurrence is moved or cancelled through
 * `session.reschedule` and `session.cancel`; `changeFrom` changes the rest of a series.
 */
export const seriesRouter = {
  create: supervisorProcedure
    .input(createSeriesSchema)
    .mutation(({ ctx, input }) => createSeries(ctx.db, ctx.actor, input)),

  changeFrom: supervisorProcedure
    .input(changeSeriesSchema)
    .mutation(({ ctx, input }) => changeSeriesFrom(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
