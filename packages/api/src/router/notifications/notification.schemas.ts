/** Input and output schemas of the in-app inbox. */
import { z } from "zod";

import type { NotificationKind } from "@tend/db/schema";

export const notificationIdSchema = z.object({
  id: z.uuid({ error: "Choose a notification from your inbox." }),
});

const notificationOutput = z.object({
  id: z.uuid(),
  kind: z.custom<NotificationKind>((value) => typeof value === "string"),
  text: z.string(),
  href: z.string(),
  eventAt: z.date().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});

export const inboxOutput = z.object({
  items: z.array(notificationOutput),
  unread: z.number(),
  quietUntil: z.date().nullable(),
});

export const unreadOutput = z.object({ unread: z.number(), quietUntil: z.date().nullable() });
