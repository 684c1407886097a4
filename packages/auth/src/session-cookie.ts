/**
 * Reading the session cookie without next-auth's `auth()`. `auth()` runs next-auth's whole
 * session route for every call: it decrypts the cookie and then encrypts a fresh one (to slide
 * its expiry), which a server component cannot even set. A read needs only the decryption, so
 * requests decode the cookie once here and never re-encrypt it: a session ends at the time
 * fixed when it was signed in (12 hours), whatever the reads in between.
 */
import { decode } from "next-auth/jwt";

/** The session cookie's name; `secure` for production builds (next-auth's `useSecureCookies`). */
export const sessionCookieName = (secure: boolean) =>
  secure ? "__Secure-authjs.session-token" : "authjs.session-token";

export interface SessionClaims {
  id: string;
  /** The account's session version when the cookie was issued. */
  sessionVersion: number;
}

/**
 * The person a session cookie names, or null when there is none, or it is malformed, forged
 * with another secret, or expired (jose checks `exp`). `get` reads one cookie by name. A cookie
 * too big for one header is split by next-auth into `name.0`, `name.1`…; those are joined.
 */
export async function readSessionCookie(
  get: (name: string) => string | undefined,
  options: { secret: string; secure: boolean },
): Promise<SessionClaims | null> {
  const name = sessionCookieName(options.secure);
  let token = get(name);
  if (token === undefined) {
    const chunks: string[] = [];
    for (let i = 0; ; i++) {
      const chunk = get(`${name}.${i}`);
      if (chunk === undefined) break;
      chunks.push(chunk);
    }
    token = chunks.length ? chunks.join("") : undefined;
  }
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: options.secret, salt: name });
    if (!claims?.sub) return null;
    // Cookies issued before session versions existed count as version 0.
    return { id: claims.sub, sessionVersion: typeof claims.sv === "number" ? claims.sv : 0 };
  } catch {
    return null;
  }
}

/** A `get` over a request's Cookie header. */
export function cookieHeaderReader(header: string | null): (name: string) => string | undefined {
  const values = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const key = part.slice(0, at).trim();
    if (!values.has(key)) values.set(key, part.slice(at + 1).trim());
  }
  return (name) => values.get(name);
}
