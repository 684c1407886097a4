import type { TRPCRouterRecord } from "@trpc/server";

import {
  getFeedStatus,
  readFeed,
  regenerateFeed,
  revokeFeed,
  sessionCalendarFile,
} from "@tend/services/supervision";

import { orgProcedure, publicProcedure } from "../../trpc";
import { feedTokenSchema, sessionIdSchema } from "./supervision.schemas";

/** Sessions in people's own calendar apps: a file per session and a private feed. */
export const calendarRouter = {
  /** The `.ics` file of a session of the caller's. */
  sessionFile: orgProcedure
    .input(sessionIdSchema)
    .query(({ ctx, input }) => sessionCalendarFile(ctx.db, ctx.actor, input.sessionId)),

  feedStatus: orgProcedure.query(({ ctx }) => getFeedStatus(ctx.db, ctx.actor)),

  /** A new private feed token (shown once); the earlier URL stops working. */
  regenerateFeed: orgProcedure.mutation(({ ctx }) => regenerateFeed(ctx.db, ctx.actor)),

  revokeFeed: orgProcedure.mutation(({ ctx }) => revokeFeed(ctx.db, ctx.actor)),

  /** The feed a calendar app reads: the token is the only key, so no sign-in is asked. */
  feed: publicProcedure
    .input(feedTokenSchema)
    .query(({ ctx, input }) => readFeed(ctx.db, input.token)),
} satisfies TRPCRouterRecord;
