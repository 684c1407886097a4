import { and, count, eq, gte, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { QuietHours, WorkingHours } from "../schema";
import { signInAttempts, users } from "../schema";

export const profileColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  timeZone: users.timeZone,
  workingHours: users.workingHours,
  quietHours: users.quietHours,
};

export type Profile = Awaited<ReturnType<typeof getProfile>>;

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

export async function getProfile(db: DbOrTx, userId: string) {
  const [row] = await db.select(profileColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

export interface ProfilePatch {
  name?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
  quietHours?: QuietHours;
}

export async function updateProfile(db: DbOrTx, userId: string, patch: ProfilePatch) {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning(profileColumns);
  return row ?? null;
}

export async function recordSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db.insert(signInAttempts).values({ ...attempt, email: attempt.email.toLowerCase() });
}

/** Failed password attempts since `since`, counted per email and per IP. */
export async function countRecentFailedSignIns(
  db: DbOrTx,
  params: { email: string; ip: string; since: Date },
): Promise<{ byEmail: number; byIp: number }> {
  const failedSince = and(
    eq(signInAttempts.succeeded, false),
    gte(signInAttempts.at, params.since),
  );
  const [[byEmail], [byIp]] = await Promise.all([
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(failedSince, eq(signInAttempts.email, params.email.toLowerCase()))),
    db
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(failedSince, eq(signInAttempts.ip, params.ip))),
  ]);
  return { byEmail: byEmail?.n ?? 0, byIp: byIp?.n ?? 0 };
}

/** What scheduling needs to know about a person: their zone, hours and when they joined. */
export async function getUserSchedule(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      timeZone: users.timeZone,
      workingHours: users.workingHours,
      quietHours: users.quietHours,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/** Creates an account with a password (from an invitation: the email is already verified). */
export async function createUserWithPassword(
  db: DbOrTx,
  values: { name: string; email: string; passwordHash: string },
): Promise<string> {
  const [created] = await db
    .insert(users)
    .values({ ...values, emailVerified: new Date() })
    .returning({ id: users.id });
  if (!created) throw new Error("user insert returned no row");
  return created.id;
}

export async function setUserPasswordHash(
  db: DbOrTx,
  params: { userId: string; passwordHash: string },
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash: params.passwordHash, updatedAt: new Date() })
    .where(eq(users.id, params.userId));
}

/**
 * Serialises password attempts for one email across every app instance, until the end of
 * the transaction: parallel guesses queue up and each sees the failures recorded before it.
 */
export async function lockSignInAttemptsFor(tx: DbOrTx, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`);
}
