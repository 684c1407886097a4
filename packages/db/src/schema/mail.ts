import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt } from "./_columns";

/** Development outbox: with no SMTP_URL configured, outgoing mail is stored here instead of sent. */
export const devOutbox = pgTable(
  "dev_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    createdAt: createdAt(),
  },
  // The outbox page lists the newest; tests and journeys look up one recipient's newest.
  (t) => [index().on(t.createdAt), index().on(t.to, t.createdAt)],
);
