import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, timestamptz } from "./_columns";
import { memberships, organisations } from "./organisation";

/** What the bell tells a person about, each written for its recipient. */
export const NOTIFICATION_KINDS = [
  "result_shared",
  "session_booked",
  "session_changed",
  "session_cancelled",
  "session_seat",
  "hours_to_sign",
  "hours_returned",
  "post_flagged",
  "ce_deadline",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The in-app inbox: one row per notice to one member of one organisation, read per item. The
 * words are written when it is made (as an e-mail is); `subjectId` is what it is about (a share,
 * a session, an hour entry, a post, a licence) so that it can be withdrawn with its subject, and
 * `eventAt` the time it speaks of, shown in the reader's own time zone.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    recipientMembershipId: uuid().notNull(),
    kind: text().$type<NotificationKind>().notNull(),
    subjectId: uuid(),
    text: text().notNull(),
    href: text().notNull(),
    eventAt: timestamptz(),
    createdAt: createdAt(),
    readAt: timestamptz(),
  },
  (t) => [
    index().on(t.recipientMembershipId, t.createdAt),
    index("notifications_unread_idx")
      .on(t.recipientMembershipId)
      .where(sql`${t.readAt} is null`),
    index().on(t.subjectId),
    foreignKey({
      columns: [t.recipientMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check(
      "notification_kind",
      sql`${t.kind} in (${sql.raw(NOTIFICATION_KINDS.map((k) => `'${k}'`).join(", "))})`,
    ),
    check("notification_href", sql`${t.href} like '/%'`),
  ],
);
