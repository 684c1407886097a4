/**
 * The single sign-on provider's settings, read from environment variables (`readSsoConfig`):
 * pure, so that `env.ts` can check them at start-up and the tests can feed it any set.
 */
import { z } from "zod";

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower-case domains whose addresses may sign in ("riverbend.example"). */
  allowedDomains: string[];
  /** What the sign-in button names: "Sign in with {name}". */
  name: string;
}

function isSecureOrLoopback(url: URL): boolean {
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const ssoEnv = z.object({
  SSO_ISSUER: z
    .url({
      message: "SSO_ISSUER must be the provider's address, such as https://id.example.org.",
    })
    // Sign-in answers travel from the provider in the clear otherwise; only a provider on this
    // machine (development, the end-to-end run) may be reached over plain http.
    .refine((issuer) => !URL.canParse(issuer) || isSecureOrLoopback(new URL(issuer)), {
      message: "must use https (plain http is only for a provider on localhost).",
    }),
  SSO_CLIENT_ID: z.string().min(1, { message: "Set SSO_CLIENT_ID to this app's client id." }),
  SSO_CLIENT_SECRET: z
    .string()
    .min(1, { message: "Set SSO_CLIENT_SECRET to the client's secret." }),
  SSO_ALLOWED_DOMAINS: z
    .string({ message: "Set SSO_ALLOWED_DOMAINS to the e-mail domains that may sign in." })
    .transform((list) =>
      list
        .split(",")
        .map((d) => d.trim().toLowerCase())
        .filter((d) => d.length > 0),
    )
    .pipe(
      z
        .array(z.string().regex(DOMAIN, { message: "is not a domain such as clinic.example.org" }))
        .min(1, { message: "Name at least one e-mail domain." }),
    ),
  SSO_NAME: z.string().trim().min(1).max(60).default("single sign-on"),
});

const SSO_KEYS = [
  "SSO_ISSUER",
  "SSO_CLIENT_ID",
  "SSO_CLIENT_SECRET",
  "SSO_ALLOWED_DOMAINS",
] as const;

/**
 * The provider's settings from the environment: null when none of them is set (no single
 * sign-on), and an error naming what is wrong when only some are, or one is malformed.
 */
export function readSsoConfig(
  vars: Readonly<Record<string, string | undefined>>,
): SsoConfig | null {
  const given = Object.fromEntries(
    Object.entries(vars).filter(([key, value]) => key.startsWith("SSO_") && value?.trim()),
  );
  if (!SSO_KEYS.some((key) => key in given)) return null;
  const parsed = ssoEnv.safeParse(given);
  if (!parsed.success)
    throw new Error(
      `Single sign-on is half configured: ${parsed.error.issues
        .map((i) => `${i.path.join(".")} ${i.message}`)
        .join("; ")}. Set all of ${SSO_KEYS.join(", ")}, or none.`,
    );
  const c = parsed.data;
  return {
    issuer: c.SSO_ISSUER,
    clientId: c.SSO_CLIENT_ID,
    clientSecret: c.SSO_CLIENT_SECRET,
    allowedDomains: c.SSO_ALLOWED_DOMAINS,
    name: c.SSO_NAME,
  };
}
