import type { TRPCRouterRecord } from "@trpc/server";

import {
  assignSupervision,
  endSupervisionRelationship,
  listMySupervisees,
  listMySupervisors,
} from "@tend/services/identity";

import { adminProcedure, orgProcedure, supervisorProcedure } from "../../trpc";
import {
  supervisionAssignSchema,
  supervisionCounterpartOutput,
  supervisionEndSchema,
} from "./identity.schemas";

export const supervisionRouter = {
  /** The caller's current supervisees in the active organisation. */
  listSupervisees: supervisorProcedure
    .output(supervisionCounterpartOutput.array())
    .query(({ ctx }) => listMySupervisees(ctx.db, ctx.actor)),

  /** The caller's current supervisors in the active organisation. */
  listMySupervisors: orgProcedure
    .output(supervisionCounterpartOutput.array())
    .query(({ ctx }) => listMySupervisors(ctx.db, ctx.actor)),

  /** An admin makes one member the supervisor of another. */
  assign: adminProcedure
    .input(supervisionAssignSchema)
    .mutation(({ ctx, input }) => assignSupervision(ctx.db, ctx.actor, input)),

  /** An admin ends a supervision relationship; its history is kept. */
  end: adminProcedure
    .input(supervisionEndSchema)
    .mutation(({ ctx, input }) =>
      endSupervisionRelationship(ctx.db, ctx.actor, input.relationshipId),
    ),
} satisfies TRPCRouterRecord;
