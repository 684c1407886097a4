import type { TRPCRouterRecord } from "@trpc/server";

import {
  addAgendaItem,
  addSessionNote,
  cancelSupervisionSession,
  createGroupSession,
  editSessionNote,
  getSessionDetail,
  listMySessions,
  markAttendance,
  removeAgendaItem,
  removeSessionNote,
  rescheduleSupervisionSession,
  superviseeOverview,
} from "@tend/services/supervision";

import { orgProcedure, supervisorProcedure } from "../../trpc";
import {
  addNoteSchema,
  agendaItemIdSchema,
  agendaItemSchema,
  attendanceSchema,
  cancelSchema,
  editNoteSchema,
  groupSessionSchema,
  noteIdSchema,
  rangeSchema,
  rescheduleSchema,
  sessionDetailOutput,
  sessionIdSchema,
  sessionSummaryOutput,
  superviseeOverviewOutput,
} from "./supervision.schemas";

/**
 * Sessions, for the people in them: their supervisor and those with a place. Anyone else is
 * told a session does not exist (the domain's `sessionForActor`).
 */
export const sessionRouter = {
  listMine: orgProcedure
    .input(rangeSchema)
    .output(sessionSummaryOutput.array())
    .query(({ ctx, input }) => listMySessions(ctx.db, ctx.actor, input)),

  get: orgProcedure
    .input(sessionIdSchema)
    .output(sessionDetailOutput)
    .query(({ ctx, input }) => getSessionDetail(ctx.db, ctx.actor, input.sessionId)),

  cancel: orgProcedure
    .input(cancelSchema)
    .mutation(({ ctx, input }) => cancelSupervisionSession(ctx.db, ctx.actor, input)),

  reschedule: orgProcedure
    .input(rescheduleSchema)
    .mutation(({ ctx, input }) => rescheduleSupervisionSession(ctx.db, ctx.actor, input)),

  /** Per supervisee: upcoming sessions and hours awaiting signature (never wellbeing data). */
  superviseeOverview: supervisorProcedure
    .output(superviseeOverviewOutput)
    .query(({ ctx }) => superviseeOverview(ctx.db, ctx.actor)),

  createGroup: supervisorProcedure
    .input(groupSessionSchema)
    .mutation(({ ctx, input }) => createGroupSession(ctx.db, ctx.actor, input)),

  markAttendance: supervisorProcedure
    .input(attendanceSchema)
    .mutation(({ ctx, input }) => markAttendance(ctx.db, ctx.actor, input)),

  /** Saves an agenda item, or returns what the de-identification guard found for confirmation. */
  addAgendaItem: orgProcedure
    .input(agendaItemSchema)
    .mutation(({ ctx, input }) => addAgendaItem(ctx.db, ctx.actor, input)),

  removeAgendaItem: orgProcedure
    .input(agendaItemIdSchema)
    .mutation(({ ctx, input }) => removeAgendaItem(ctx.db, ctx.actor, input.itemId)),

  addNote: supervisorProcedure
    .input(addNoteSchema)
    .mutation(({ ctx, input }) => addSessionNote(ctx.db, ctx.actor, input)),

  editNote: supervisorProcedure
    .input(editNoteSchema)
    .mutation(({ ctx, input }) => editSessionNote(ctx.db, ctx.actor, input)),

  removeNote: supervisorProcedure
    .input(noteIdSchema)
    .mutation(({ ctx, input }) => removeSessionNote(ctx.db, ctx.actor, input.noteId)),
} satisfies TRPCRouterRecord;
