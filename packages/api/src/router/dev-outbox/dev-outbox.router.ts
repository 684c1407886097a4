import type { TRPCRouterRecord } from "@trpc/server";

import { listOutbox } from "@tend/services/dev-tools";

import { devToolsProcedure } from "../../trpc";

export const devOutboxRouter = {
  /** Mail that would have been sent, newest first (development only: 404 otherwise). */
  list: devToolsProcedure.query(({ ctx }) => listOutbox(ctx.db)),
} satisfies TRPCRouterRecord;
