import { bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt } from "./_columns";

/**
 * Append-only record of security-relevant events (sign-ins, invitations, sharing).
 * A trigger in migration 0001 rejects UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    organisationId: uuid(),
    actorUserId: uuid(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: createdAt(),
  },
  (t) => [index().on(t.organisationId, t.at), index().on(t.actorUserId, t.at)],
);
