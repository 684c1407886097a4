import type { TRPCRouterRecord } from "@trpc/server";

import { getMyAvailability, saveMySessionType, saveSchedule } from "@tend/services/supervision";

import { supervisorProcedure } from "../../trpc";
import { scheduleSchema, sessionTypeSchema } from "./supervision.schemas";

/** A supervisor's own offer: weekly schedules, date overrides and session types. */
export const availabilityRouter = {
  mine: supervisorProcedure.query(({ ctx }) => getMyAvailability(ctx.db, ctx.actor)),

  saveSchedule: supervisorProcedure
    .input(scheduleSchema)
    .mutation(({ ctx, input }) => saveSchedule(ctx.db, ctx.actor, input)),

  saveSessionType: supervisorProcedure
    .input(sessionTypeSchema)
    .mutation(({ ctx, input }) => saveMySessionType(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
