import type { TRPCRouterRecord } from "@trpc/server";

import {
  createTeam,
  listArchivedTeams,
  listTeams,
  setTeamArchivedState,
  updateTeam,
} from "@tend/services/identity";

import { adminProcedure, orgProcedure } from "../../trpc";
import {
  teamArchiveSchema,
  teamCreateSchema,
  teamOutput,
  teamUpdateSchema,
} from "./identity.schemas";

export const teamRouter = {
  /** Current teams of the caller's active organisation, with member counts. */
  list: orgProcedure.output(teamOutput.array()).query(({ ctx }) => listTeams(ctx.db, ctx.actor)),

  /** Archived teams, for restoring. */
  listArchived: adminProcedure
    .output(teamOutput.array())
    .query(({ ctx }) => listArchivedTeams(ctx.db, ctx.actor)),

  create: adminProcedure
    .input(teamCreateSchema)
    .mutation(({ ctx, input }) => createTeam(ctx.db, ctx.actor, input)),

  /** Renames a team or changes its description. */
  update: adminProcedure
    .input(teamUpdateSchema)
    .mutation(({ ctx, input }) => updateTeam(ctx.db, ctx.actor, input)),

  /** Archives a team (it keeps its history and leaves reports) or restores it. */
  setArchived: adminProcedure
    .input(teamArchiveSchema)
    .mutation(({ ctx, input }) => setTeamArchivedState(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
