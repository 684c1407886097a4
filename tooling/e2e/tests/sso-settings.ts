/**
 * The single sign-on settings of the end-to-end run: the test provider's address and its one
 * client, shared by the provider (`oidc-provider.ts`) and the apps (`playwright.config.ts`).
 * The secret is a test value for a provider that lives only as long as the run.
 */
import { env } from "./env";

const port = Number(env.OIDC_PORT);

export const SSO = {
  port,
  issuer: `http://localhost:${port}`,
  clientId: "tend-e2e",
  clientSecret: "e2e-only-client-secret",
  allowedDomains: "riverbend.example",
  name: "Riverbend SSO",
  redirectUris: [env.WEB_PORT, env.ADMIN_PORT].map(
    (p) => `http://localhost:${p}/api/auth/callback/sso`,
  ),
};

/** The apps' environment for single sign-on through the test provider. */
export const ssoEnv = {
  SSO_ISSUER: SSO.issuer,
  SSO_CLIENT_ID: SSO.clientId,
  SSO_CLIENT_SECRET: SSO.clientSecret,
  SSO_ALLOWED_DOMAINS: SSO.allowedDomains,
  SSO_NAME: SSO.name,
};
