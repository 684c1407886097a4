import { and, count, eq, gte, isNull, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { QuietHours, WorkingHours } from "../schema";
import { accounts, emailLinkRequests, memberships, signInAttempts, users } from "../schema";

export const profileColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  timeZone: users.timeZone,
  workingHours: users.workingHours,
  quietHours: users.quietHours,
};

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return row ?? null;
}

export interface ProfilePatch {
  name?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
  quietHours?: QuietHours;
}

export async function findProfile(db: DbOrTx, userId: string) {
  const [row] = await db.select(profileColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

export async function updateProfile(db: DbOrTx, userId: string, patch: ProfilePatch) {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning(profileColumns);
  return row ?? null;
}

/** The session version a new session cookie carries (null when there is no such account). */
export async function getSessionVersion(db: DbOrTx, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.sessionVersion ?? null;
}

/**
 * Ends every session of the person issued until now: sign out everywhere, a new password,
 * deactivation. Their next request answers 401 and they sign in again.
 */
export async function bumpSessionVersion(db: DbOrTx, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** Sets a person's password; every session issued before it ends. */
export async function setPasswordHash(
  db: DbOrTx,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
}

export async function recordSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; ip: string | null; succeeded: boolean },
): Promise<void> {
  await db.insert(signInAttempts).values({ ...attempt, email: attempt.email.toLowerCase() });
}

/**
 * Failed password attempts since `since`, counted per email and per IP (0 when the IP is
 * unknown: attempts with no known address are never pooled into one count).
 */
export async function countRecentFailedSignIns(
  db: DbOrTx,
  params: { email: string; ip: string | null; since: Date },
): Promise<{ byEmail: number; byIp: number }> {
  const ip = params.ip;
  const failedSince = and(
    eq(signInAttempts.succeeded, false),
    gte(signInAttempts.at, params.since),
  );
  const [[byEmail], [byIp]] = await Promise.all([
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(failedSince, eq(signInAttempts.email, params.email.toLowerCase()))),
    ip === null
      ? Promise.resolve<{ n: number }[]>([])
      : db
          .select({ n: count() })
          .from(signInAttempts)
          .where(and(failedSince, eq(signInAttempts.ip, ip))),
  ]);
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}
/** Creates an account with a password (from an invitation: the email is already verified). */
export async function createUserWithPassword(
  db: DbOrTx,
  values: { name: string; email: string; passwordHash: string; timeZone?: string },
): Promise<string> {
  const [created] = await db
    .insert(users)
    .values({ ...values, emailVerified: new Date() })
    .returning({ id: users.id });
  if (!created) throw new Error("user insert returned no row");
  return created.id;
}

/**
 * Serialises password attempts for one email across every app instance, until the end of
 * the transaction: parallel guesses queue up and each sees the failures recorded before it.
 */
export async function lockSignInAttemptsFor(tx: DbOrTx, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
}

/** Email-link requests for an address since each of the given moments (newest first). */
export async function countEmailLinkRequests(
  db: DbOrTx,
  params: { email: string; since: Date[] },
): Promise<number[]> {
  const email = params.email.toLowerCase();
  return Promise.all(
    params.since.map(async (since) => {
      const [row] = await db
        .select({ n: count() })
        .from(emailLinkRequests)
        .where(and(eq(emailLinkRequests.email, email), gte(emailLinkRequests.at, since)));
      return row?.n ?? 0;
    }),
  );
}

/**
 * Records an email-link request for an address if `allowed` (given the counts since each
 * moment, read under a lock held until the transaction ends) says so; returns whether it did.
 * Requests for one address are serialised across every app instance.
 */
export async function claimEmailLinkRequest(
  db: DbOrTx,
  params: { email: string; now: Date; since: Date[]; allowed: (counts: number[]) => boolean },
): Promise<boolean> {
  const email = params.email.toLowerCase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`email-link:${email}`}))`);
    const counts = await countEmailLinkRequests(tx, { email, since: params.since });
    if (!params.allowed(counts)) return false;
    await tx.insert(emailLinkRequests).values({ email, at: params.now });
    return true;
  });
}

/** How many organisations count `userId` as an active (not deactivated) member. */
export async function countActiveMemberships(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)));
  return row?.n ?? 0;
}

/** The account an external sign-in (`provider`, the provider's subject) is linked to, if any. */
export async function findLinkedAccount(
  db: DbOrTx,
  provider: string,
  providerAccountId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  return row?.userId ?? null;
}

/** The subjects of `provider` linked to an account (a person has at most one in practice). */
export async function findLinkedSubjects(
  db: DbOrTx,
  provider: string,
  userId: string,
): Promise<string[]> {
  const rows = await db
    .select({ subject: accounts.providerAccountId })
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.userId, userId)));
  return rows.map((r) => r.subject);
}

/**
 * Whether every organisation the person belongs to has deactivated them: they may not sign in.
 * Someone who belongs to no organisation yet (between accounts and invitations) may.
 */
export async function isDeactivatedEverywhere(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({
      all: sql<number>`count(*)::int`,
      deactivated: sql<number>`count(${memberships.deactivatedAt})::int`,
    })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return Boolean(row && row.all > 0 && row.all === row.deactivated);
}
