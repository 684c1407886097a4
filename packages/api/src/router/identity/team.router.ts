import type { TRPCRouterRecord } from "@trpc/server";

import { listTeams } from "@tend/db/queries";

import { orgProcedure } from "../../trpc";

export const teamRouter = {
  /** Teams of the caller's active organisation, with member counts. */
  list: orgProcedure.query(({ ctx }) => listTeams(ctx.db, ctx.membership.organisationId)),
} satisfies TRPCRouterRecord;
