import type { TRPCRouterRecord } from "@trpc/server";

import { listPeople } from "@tend/services/identity";

import { adminProcedure } from "../../trpc";
import { personOutput } from "./identity.schemas";

export const personRouter = {
  /** The organisation's people with roles and teams (admin console). No wellbeing data. */
  list: adminProcedure
    .output(personOutput.array())
    .query(({ ctx }) => listPeople(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
