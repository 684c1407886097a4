import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { readSsoConfig } from "./sso-config";

const isProduction = process.env.NODE_ENV === "production";

export const env = createEnv({
  server: {
    AUTH_SECRET: isProduction
      ? z
          .string({
            message:
              "AUTH_SECRET is required in production: generate one with `openssl rand -base64 32`.",
          })
          .min(32, {
            message:
              "AUTH_SECRET must be at least 32 characters: generate one with `openssl rand -base64 32`.",
          })
      : z.string().min(1).optional(),
    /**
     * This app's public address (set from WEB_URL or ADMIN_URL by each app's start script).
     * Sign-in links are built from it, never from request headers, so they cannot be redirected.
     */
    AUTH_URL: isProduction
      ? z
          .string({
            message:
              "Set WEB_URL (portal) and ADMIN_URL (admin console) to the apps' public https:// addresses.",
          })
          .url({
            message:
              "WEB_URL and ADMIN_URL must be full addresses such as https://tend.example.org.",
          })
      : z.string().url().optional(),
    /** Sign-in shortcuts for the demo personas; never honoured in production builds unless set explicitly. */
    DEMO_SHORTCUTS: z.enum(["0", "1"]).optional(),
    /** Serve the development mail outbox page. */
    DEV_OUTBOX: z.enum(["0", "1"]).optional(),
    SMTP_URL: z.string().optional(),
    /**
     * How many reverse proxies of ours stand in front of the app, each appending to
     * X-Forwarded-For. 0 (the default): forwarded headers are not believed at all.
     */
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ message: "TRUSTED_PROXY_HOPS must be a whole number such as 1." })
      .int({ message: "TRUSTED_PROXY_HOPS must be a whole number such as 1." })
      .min(0)
      .max(10)
      .default(0),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});

export { isProduction };
export const isDevelopment = process.env.NODE_ENV === "development";

/** Demo sign-in buttons: in development, unless DEMO_SHORTCUTS=0. */
export const demoShortcutsEnabled = env.DEMO_SHORTCUTS
  ? env.DEMO_SHORTCUTS === "1" && !isProduction
  : isDevelopment;
/**
 * The development outbox: in development, or with DEV_OUTBOX=1 for end-to-end tests of a
 * production build. Never while real mail is configured: then the outbox would publish
 * people's sign-in links.
 */
export const devOutboxEnabled =
  !env.SMTP_URL && (env.DEV_OUTBOX ? env.DEV_OUTBOX === "1" : isDevelopment);

/**
 * The clinician portal's public address, for links in mail that the admin console sends
 * (an invitation opens in the portal): WEB_URL, else this app's own address in the portal.
 */
export const portalUrl = (): string =>
  process.env.WEB_URL ?? env.AUTH_URL ?? "http://localhost:3000";

/**
 * The organisation's single sign-on provider, or null when none is configured. Set by half
 * (an issuer without a secret, say), it stops the app at start-up with what is missing.
 */
export const ssoConfig = readSsoConfig(process.env);
