import type { TRPCRouterRecord } from "@trpc/server";

import { listMySupervisees, listMySupervisors } from "@tend/services/identity";

import { orgProcedure, supervisorProcedure } from "../../trpc";
import { supervisionCounterpartOutput } from "./identity.schemas";

export const supervisionRouter = {
  /** The caller's current supervisees in the active organisation. */
  listSupervisees: supervisorProcedure
    .output(supervisionCounterpartOutput.array())
    .query(({ ctx }) => listMySupervisees(ctx.db, ctx.actor)),

  /** The caller's current supervisors in the active organisation. */
  listMySupervisors: orgProcedure
    .output(supervisionCounterpartOutput.array())
    .query(({ ctx }) => listMySupervisors(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
