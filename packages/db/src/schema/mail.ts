import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt } from "./_columns";

/** A text file sent with a message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's text (attachments are text files such as iCalendar). */
  content: string;
}

/** Development outbox: with no SMTP_URL configured, outgoing mail is stored here instead of sent. */
export const devOutbox = pgTable(
  "dev_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    /** Files sent with the message, e.g. a session's `.ics`. */
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  // The outbox page lists the newest; tests and journeys look up one recipient's newest.
  (t) => [index().on(t.createdAt), index().on(t.to, t.createdAt)],
);
