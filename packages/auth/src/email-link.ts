import type { DbOrTx } from "@tend/db";
import { claimEmailLinkRequest, countEmailLinkRequests } from "@tend/db/queries";

/** Email sign-in links per address: one a minute, and three in 15 minutes. */
export const EMAIL_LINK_LIMITS = { perMinute: 1, perWindow: 3, windowMinutes: 15 } as const;

const moments = (now: Date) => [
  new Date(now.getTime() - 60_000),
  new Date(now.getTime() - EMAIL_LINK_LIMITS.windowMinutes * 60_000),
];
const withinLimits = ([lastMinute = 0, window = 0]: number[]) =>
  lastMinute < EMAIL_LINK_LIMITS.perMinute && window < EMAIL_LINK_LIMITS.perWindow;

/**
 * Whether a link may go to `email` now, recording it if so. Counted in PostgreSQL for every
 * address asked for, with or without an account, so the limit holds across instances and
 * reveals nothing about who has one.
 */
export function claimEmailLink(db: DbOrTx, email: string, now = new Date()): Promise<boolean> {
  return claimEmailLinkRequest(db, { email, now, since: moments(now), allowed: withinLimits });
}

/** Whether a request for a link to `email` now would be refused (nothing is recorded). */
export async function emailLinkThrottled(
  db: DbOrTx,
  email: string,
  now = new Date(),
): Promise<boolean> {
  return !withinLimits(await countEmailLinkRequests(db, { email, since: moments(now) }));
}
