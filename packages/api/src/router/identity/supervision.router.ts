import type { TRPCRouterRecord } from "@trpc/server";

import { listSupervisees, listSupervisors } from "@tend/db/queries";

import { orgProcedure, supervisorProcedure } from "../../trpc";

export const supervisionRouter = {
  /** The caller's current supervisees in the active organisation. */
  listSupervisees: supervisorProcedure.query(({ ctx }) =>
    listSupervisees(ctx.db, ctx.membership.membershipId),
  ),

  /** The caller's current supervisors in the active organisation. */
  listMySupervisors: orgProcedure.query(({ ctx }) =>
    listSupervisors(ctx.db, ctx.membership.membershipId),
  ),
} satisfies TRPCRouterRecord;
