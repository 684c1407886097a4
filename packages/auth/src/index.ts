import type { NextAuthConfig } from "next-auth";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";

import { getDb } from "@tend/db";
import { createAuthAdapter } from "@tend/db/auth-adapter";
import {
  findUserByEmail,
  getSessionVersion,
  isDeactivatedEverywhere,
  recordAuditEvent,
  resolveSession,
} from "@tend/db/queries";
import { sendMail } from "@tend/mail";

import type { SessionClaims } from "./session-cookie";
import { clientAddress } from "./client-address";
import { normalizeEmailIdentifier } from "./email-address";
import { claimEmailLink } from "./email-link";
import { env, isProduction, ssoConfig } from "./env";
import { signInWithPassword } from "./password-sign-in";
import { cookieHeaderReader, readSessionCookie, sessionCookieName } from "./session-cookie";
import { decideSsoSignIn, SSO_ERROR_CODES, SSO_PROVIDER_ID } from "./sso";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; sessionVersion: number };
  }
}

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}
class Deactivated extends CredentialsSignin {
  override code = "deactivated";
}

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(200),
});

/** Magic links expire after 15 minutes. */
const MAGIC_LINK_MAX_AGE = 15 * 60;

function authConfig(): NextAuthConfig {
  const db = getDb();
  const sso = ssoConfig;
  return {
    adapter: createAuthAdapter(db),
    // Signed, encrypted cookies: both apps stay stateless. Credentials sign-in requires JWT sessions.
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    secret: env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: isProduction,
    // Named here so that `readSessionCookie` reads exactly the cookie next-auth writes.
    cookies: {
      sessionToken: {
        name: sessionCookieName(isProduction),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: isProduction },
      },
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Credentials({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const result = await signInWithPassword(db, {
            ...parsed.data,
            ip: clientAddress(request.headers, env.TRUSTED_PROXY_HOPS),
          });
          if (!result.ok)
            throw result.reason === "rate_limited"
              ? new RateLimited()
              : result.reason === "deactivated"
                ? new Deactivated()
                : new InvalidCredentials();
          return result.user;
        },
      }),
      {
        id: "email",
        type: "email",
        name: "Email link",
        from: "Tend",
        maxAge: MAGIC_LINK_MAX_AGE,
        options: {},
        normalizeIdentifier: normalizeEmailIdentifier,
        async sendVerificationRequest({ identifier, url }) {
          // At most one link a minute and three in 15 minutes per address, counted for every
          // address asked for (the sign-in form says so before asking).
          if (!(await claimEmailLink(db, identifier))) return;
          // Links go only to existing accounts. Everyone sees the same "check your email" page
          // at the same address, so the form does not reveal who has an account.
          if (!(await findUserByEmail(db, identifier))) return;
          await sendMail(db, {
            to: identifier,
            subject: "Your sign-in link for Tend",
            text: `Sign in to Tend with this link (valid for 15 minutes, once):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
            html: `<p>Sign in to Tend with this link (valid for 15 minutes, once):</p><p><a href="${url}">Sign in to Tend</a></p><p>If you did not ask for it, ignore this email.</p>`,
          });
        },
      },
      ...(sso
        ? [
            {
              id: SSO_PROVIDER_ID,
              name: sso.name,
              type: "oidc" as const,
              issuer: sso.issuer,
              clientId: sso.clientId,
              clientSecret: sso.clientSecret,
              checks: ["pkce" as const, "state" as const, "nonce" as const],
              authorization: { params: { scope: "openid email profile" } },
              // The claims come from the userinfo endpoint (checked against the ID token's
              // subject): strict providers put e-mail there, not in the ID token.
              idToken: false,
              // Safe here only because `signIn` below admits verified addresses of allowed
              // domains that already belong to a member: the link is made to that account.
              allowDangerousEmailAccountLinking: true,
            },
          ]
        : []),
    ],
    callbacks: {
      async signIn({ user, account, email, profile }) {
        if (sso && account?.provider === SSO_PROVIDER_ID) {
          const decision = await decideSsoSignIn(db, {
            email: profile?.email,
            emailVerified: profile?.email_verified,
            subject: account.providerAccountId,
            allowedDomains: sso.allowedDomains,
            signedInAs: (await currentSessionUser())?.id ?? null,
          });
          return decision.ok ? true : `/sign-in?error=${SSO_ERROR_CODES[decision.reason]}`;
        }
        if (account?.provider !== "email" || email?.verificationRequest) return true;
        // Following a link: only an existing account may sign in (none is ever created here),
        // and not one that every organisation has deactivated.
        const existing = user.email ? await findUserByEmail(db, user.email) : null;
        return Boolean(existing && !(await isDeactivatedEverywhere(db, existing.id)));
      },
      async jwt({ token, user }) {
        // At sign-in: the cookie carries the account's session version, checked on every
        // request; raising it (sign out everywhere, a new password) ends this cookie.
        // next-auth passes `user` only at sign-in, although its type says always.
        const signingIn = user as typeof user | undefined;
        if (signingIn?.id) {
          token.sub = signingIn.id;
          token.sv = (await getSessionVersion(db, signingIn.id)) ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        // Cookies issued before session versions existed count as version 0.
        session.user.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
        return session;
      },
    },
    events: {
      async signIn({ user, account }) {
        if (user.id) {
          await recordAuditEvent(db, {
            actorUserId: user.id,
            action: "auth.signed_in",
            data: { method: account?.provider ?? "unknown" },
          });
        }
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

const readOptions = () => ({ secret: env.AUTH_SECRET ?? "", secure: isProduction });

/**
 * The person the session cookie names, and the session version it carries, or null: the
 * cookie decrypted once per request (React `cache`) and never re-encrypted. The version is not
 * checked here: the API checks it on every request (`protectedProcedure`).
 */
export const currentSessionUser = cache(async (): Promise<SessionClaims | null> => {
  const store = await cookies();
  return readSessionCookie((name) => store.get(name)?.value, readOptions());
});

/** The same for a route handler's request (/api/trpc), from its Cookie header. */
export function sessionUserOf(req: Request): Promise<SessionClaims | null> {
  return readSessionCookie(cookieHeaderReader(req.headers.get("cookie")), readOptions());
}

/** Whether the session cookie names a person whose session is still current (one query). */
export async function hasCurrentSession(): Promise<boolean> {
  const user = await currentSessionUser();
  if (!user) return false;
  const { current } = await resolveSession(getDb(), {
    userId: user.id,
    sessionVersion: user.sessionVersion,
  });
  return current;
}

export { demoShortcutsEnabled, devOutboxEnabled } from "./env";
