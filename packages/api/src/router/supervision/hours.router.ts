import type { TRPCRouterRecord } from "@trpc/server";

import {
  addHourEntry,
  approveHourEntry,
  editHourEntry,
  getApprovedLog,
  getCosignQueue,
  getHourRule,
  getMyHourLog,
  removeHourEntry,
  returnHourEntry,
  setHourRule,
} from "@tend/services/supervision";

import { adminProcedure, clinicianProcedure, orgProcedure, supervisorProcedure } from "../../trpc";
import {
  approvedLogOutput,
  approvedLogSchema,
  boardRuleSchema,
  cosignQueueOutput,
  editHourEntrySchema,
  hourEntryIdSchema,
  hourEntrySchema,
  hourLogOutput,
  hourLogSchema,
  returnHourEntrySchema,
} from "./supervision.schemas";

/** Supervision hours: the clinician's log, the supervisor's cosign queue, the board rule. */
export const hoursRouter = {
  log: clinicianProcedure
    .input(hourLogSchema)
    .output(hourLogOutput)
    .query(({ ctx, input }) => getMyHourLog(ctx.db, ctx.actor, input)),

  add: clinicianProcedure
    .input(hourEntrySchema)
    .mutation(({ ctx, input }) => addHourEntry(ctx.db, ctx.actor, input)),

  edit: clinicianProcedure
    .input(editHourEntrySchema)
    .mutation(({ ctx, input }) => editHourEntry(ctx.db, ctx.actor, input)),

  remove: clinicianProcedure
    .input(hourEntryIdSchema)
    .mutation(({ ctx, input }) => removeHourEntry(ctx.db, ctx.actor, input.id)),

  /** The signed log, for the CSV export and the printable verification page. */
  approvedLog: clinicianProcedure
    .input(approvedLogSchema)
    .output(approvedLogOutput)
    .query(({ ctx, input }) => getApprovedLog(ctx.db, ctx.actor, input)),

  queue: supervisorProcedure
    .output(cosignQueueOutput)
    .query(({ ctx }) => getCosignQueue(ctx.db, ctx.actor)),

  approve: supervisorProcedure
    .input(hourEntryIdSchema)
    .mutation(({ ctx, input }) => approveHourEntry(ctx.db, ctx.actor, input.id)),

  return: supervisorProcedure
    .input(returnHourEntrySchema)
    .mutation(({ ctx, input }) => returnHourEntry(ctx.db, ctx.actor, input)),

  rule: orgProcedure.query(({ ctx }) => getHourRule(ctx.db, ctx.actor)),

  setRule: adminProcedure
    .input(boardRuleSchema)
    .mutation(({ ctx, input }) => setHourRule(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
