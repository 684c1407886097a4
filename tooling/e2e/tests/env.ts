/** What tooling/scripts/e2e.ts passes to the journeys. */
export const env = {
  WEB_PORT: process.env.WEB_PORT ?? "3100",
  ADMIN_PORT: process.env.ADMIN_PORT ?? "3101",
  DATABASE_URL: process.env.DATABASE_URL,
  /** The test OpenID provider's port (`oidc-provider.ts`). */
  OIDC_PORT: process.env.OIDC_PORT ?? "3102",
};
