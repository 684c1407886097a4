import { eq } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import { calendarFeeds, memberships, organisations, users } from "../../schema";

/** Sets (or replaces) a member's calendar feed token hash: an earlier URL stops working. */
export async function replaceCalendarFeed(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; tokenHash: string },
): Promise<void> {
  await db
    .insert(calendarFeeds)
    .values(params)
    .onConflictDoUpdate({
      target: calendarFeeds.membershipId,
      set: { tokenHash: params.tokenHash, createdAt: new Date(), lastReadAt: null },
    });
}

/** Ends a member's calendar feed; false when they had none. */
export async function deleteCalendarFeed(db: DbOrTx, membershipId: string): Promise<boolean> {
  const rows = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.membershipId, membershipId))
    .returning({ id: calendarFeeds.membershipId });
  return rows.length === 1;
}

/** Whether a member has a feed, and since when. */
export async function getCalendarFeed(db: DbOrTx, membershipId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastReadAt: calendarFeeds.lastReadAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.membershipId, membershipId));
  return row ?? null;
}

/** The member a feed token's hash belongs to (and notes the read), or null. */
export async function readCalendarFeed(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .update(calendarFeeds)
    .set({ lastReadAt: new Date() })
    .where(eq(calendarFeeds.tokenHash, tokenHash))
    .returning({
      membershipId: calendarFeeds.membershipId,
      organisationId: calendarFeeds.organisationId,
    });
  if (!row) return null;
  const [who] = await db
    .select({ name: users.name, timeZone: users.timeZone, organisationName: organisations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.id, row.membershipId));
  return who ? { ...row, ...who } : null;
}
