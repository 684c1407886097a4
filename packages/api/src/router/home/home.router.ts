import type { TRPCRouterRecord } from "@trpc/server";

import { readHome } from "@tend/services/home";

import { orgProcedure } from "../../trpc";
import { homeOutput } from "./home.schemas";

/** The portal's home page: a block per role the caller holds in the active organisation. */
export const homeRouter = {
  get: orgProcedure.output(homeOutput).query(({ ctx }) => readHome(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
