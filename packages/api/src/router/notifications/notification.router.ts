import type { TRPCRouterRecord } from "@trpc/server";

import {
  listInbox,
  readAllNotifications,
  readNotification,
  unreadNotifications,
} from "@tend/services/notifications";

import { orgProcedure } from "../../trpc";
import { inboxOutput, notificationIdSchema, unreadOutput } from "./notification.schemas";

/** The caller's in-app inbox in the active organisation: only ever their own notices. */
export const notificationRouter = {
  list: orgProcedure.output(inboxOutput).query(({ ctx }) => listInbox(ctx.db, ctx.actor)),

  /** The bell's count (none while the caller is in their quiet hours). */
  unread: orgProcedure
    .output(unreadOutput)
    .query(({ ctx }) => unreadNotifications(ctx.db, ctx.actor)),

  markRead: orgProcedure
    .input(notificationIdSchema)
    .mutation(({ ctx, input }) => readNotification(ctx.db, ctx.actor, input.id)),

  markAllRead: orgProcedure.mutation(({ ctx }) => readAllNotifications(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
