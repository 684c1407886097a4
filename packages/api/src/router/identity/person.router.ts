import type { TRPCRouterRecord } from "@trpc/server";

import { listPeople } from "@tend/db/queries";

import { adminProcedure } from "../../trpc";

export const personRouter = {
  /** The organisation's people with roles and teams (admin console). No wellbeing data. */
  list: adminProcedure.query(({ ctx }) => listPeople(ctx.db, ctx.membership.organisationId)),
} satisfies TRPCRouterRecord;
