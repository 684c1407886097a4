import type { TRPCRouterRecord } from "@trpc/server";

import { listTeams } from "@tend/services/identity";

import { orgProcedure } from "../../trpc";
import { teamOutput } from "./identity.schemas";

export const teamRouter = {
  /** Teams of the caller's active organisation, with member counts. */
  list: orgProcedure.output(teamOutput.array()).query(({ ctx }) => listTeams(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
