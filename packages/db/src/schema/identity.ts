import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt, timestamptz } from "./_columns";

/** Working days (0 = Sunday … 6 = Saturday) and a daily start/end in the user's time zone. */
export interface WorkingHours {
  days: number[];
  start: string; // "HH:MM"
  end: string; // "HH:MM"
}

/** A nightly window in the user's time zone in which nothing notifies them; may cross midnight. */
export interface QuietHours {
  start: string; // "HH:MM"
  end: string; // "HH:MM"
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  start: "09:00",
  end: "17:00",
};
export const DEFAULT_QUIET_HOURS: QuietHours = { start: "20:00", end: "07:30" };

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().default(""),
    email: text().notNull(),
    emailVerified: timestamptz(),
    image: text(),
    passwordHash: text(),
    timeZone: text().notNull().default("UTC"),
    workingHours: jsonb().$type<WorkingHours>().notNull().default(DEFAULT_WORKING_HOURS),
    quietHours: jsonb().$type<QuietHours>().notNull().default(DEFAULT_QUIET_HOURS),
    /** The organisation the person last chose; resolved against memberships on every request. */
    activeOrganisationId: uuid(),
    /**
     * Carried in every session cookie when it is issued: raising it ends every session issued
     * before (sign out everywhere, a new password, deactivation).
     */
    sessionVersion: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

/** Email sign-in links asked for, per address, for throttling them across every app instance. */
export const emailLinkRequests = pgTable(
  "email_link_requests",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** Lower-case. Counted whether or not the address has an account. */
    email: text().notNull(),
    at: createdAt(),
  },
  (t) => [index().on(t.email, t.at)],
);

/** next-auth adapter table (OAuth accounts); unused by the email/password providers but required by the adapter. */
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

/** next-auth adapter table: one-time tokens behind email magic links. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamptz().notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Password sign-in attempts, for rate limiting per email and per IP across app instances. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    /** The address the attempt came from; null when it cannot be known (no trusted proxy). */
    ip: text(),
    succeeded: boolean().notNull(),
    at: createdAt(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at)],
);
