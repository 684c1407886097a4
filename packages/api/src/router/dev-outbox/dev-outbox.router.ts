import type { TRPCRouterRecord } from "@trpc/server";

import { listDevOutbox } from "@tend/db/queries";

import { devToolsProcedure } from "../../trpc";

export const devOutboxRouter = {
  /** Mail that would have been sent, newest first (development only: 404 otherwise). */
  list: devToolsProcedure.query(({ ctx }) => listDevOutbox(ctx.db)),
} satisfies TRPCRouterRecord;
