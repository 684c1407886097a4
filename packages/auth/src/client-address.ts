import { isIP } from "node:net";

/**
 * The address the request came from, for the per-address sign-in limit, or null when it
 * cannot be known.
 *
 * Only proxies we run may be believed: each appends the address it received the request from
 * to X-Forwarded-For, so behind `trustedProxyHops` proxies the entry that many places from the
 * end is the address the outermost one saw; everything before it is the client's own claim.
 * With no trusted proxy (the default) nothing in the request can be believed: Next.js only
 * fills X-Forwarded-For from the socket when the client has not sent one, and route handlers
 * are not told the socket's address. Then the address is unknown (null), never a shared
 * bucket: one bucket for everybody would let any one client pause password sign-in for all.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries.at(-trustedProxyHops);
  if (entries.length < trustedProxyHops || !entry) return null;
  return isIP(entry) ? entry : null;
}
