import type { TRPCRouterRecord } from "@trpc/server";

import {
  bookSupervision,
  joinGroupSession,
  listBookableSlots,
  listBookingOptions,
} from "@tend/services/supervision";

import { clinicianProcedure } from "../../trpc";
import {
  bookingOptionsOutput,
  bookSchema,
  sessionIdSchema,
  slotsSchema,
} from "./supervision.schemas";

/** A clinician books supervision with their own supervisors, or a seat in a group case discussion. */
export const bookingRouter = {
  options: clinicianProcedure
    .output(bookingOptionsOutput)
    .query(({ ctx }) => listBookingOptions(ctx.db, ctx.actor)),

  slots: clinicianProcedure
    .input(slotsSchema)
    .query(({ ctx, input }) => listBookableSlots(ctx.db, ctx.actor, input)),

  /** Books a time; a time just taken answers with the refreshed times instead. */
  book: clinicianProcedure
    .input(bookSchema)
    .mutation(({ ctx, input }) => bookSupervision(ctx.db, ctx.actor, input)),

  /** A seat in a group session, or a waitlist place when it is full. */
  join: clinicianProcedure
    .input(sessionIdSchema)
    .mutation(({ ctx, input }) => joinGroupSession(ctx.db, ctx.actor, input.sessionId)),
} satisfies TRPCRouterRecord;
