/**
 * A real OpenID Connect provider for the single sign-on journey (`oidc-provider`, the certified
 * implementation), started by Playwright beside the apps. Its development login page takes any
 * e-mail address as the login: the person it names has that address, verified, unless the
 * address starts with "unverified.", for the refusal.
 */
import Provider from "oidc-provider";

import { SSO } from "./tests/sso-settings";

const provider = new Provider(SSO.issuer, {
  clients: [
    {
      client_id: SSO.clientId,
      client_secret: SSO.clientSecret,
      redirect_uris: SSO.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      email: id,
      email_verified: !id.startsWith("unverified."),
      name: id.split("@")[0] ?? id,
    }),
  }),
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});

provider.listen(SSO.port, () => {
  process.stdout.write(`OpenID provider at ${SSO.issuer}\n`);
});
