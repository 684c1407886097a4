/**
 * Reading the session cookie without next-auth's `auth()`. `auth()` runs next-auth's whole
 * session route for every call: it decrypts the cookie and then encrypts a fresh one (to slide
 * its expiry), which a server component cannot even set. A read needs only the decryption, so
 * requests decode the cookie once here and never re-encrypt it: a session ends at the time
 * fixed when it was signed in (12 hours), whatever the reads in between.
 *
 * The decryption is next-auth's `decode` (`@auth/core/jwt`: JWE "dir" with A256CBC-HS512, the
 * key derived from the secret by HKDF with the cookie name as salt) except that the derived key
 * and its thumbprint are computed once per secret and name, not on every request; the tests
 * read cookies written by next-auth's own `encode`.
 */
import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";

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
    const key = await encryptionKey(options.secret, name);
    const { payload: claims } = await jwtDecrypt(
      token,
      ({ kid }) => {
        if (kid !== undefined && kid !== key.thumbprint) throw new Error("Another secret's cookie");
        return key.bytes;
      },
      {
        clockTolerance: 15,
        keyManagementAlgorithms: ["dir"],
        contentEncryptionAlgorithms: ["A256CBC-HS512"],
      },
    );
    if (!claims.sub) return null;
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

const keys = new Map<string, Promise<{ bytes: Uint8Array; thumbprint: string }>>();

/** next-auth's A256CBC-HS512 key for this secret and cookie name, derived once. */
function encryptionKey(secret: string, salt: string) {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    const bytes = new Uint8Array(
      hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64),
    );
    key = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(bytes) }, "sha512").then(
      (thumbprint) => ({ bytes, thumbprint }),
    );
    keys.set(id, key);
  }
  return key;
}
