import { describe, expect, it } from "vitest";

import { readSsoConfig } from "./sso-config";

const FULL = {
  SSO_ISSUER: "https://id.riverbend.example",
  SSO_CLIENT_ID: "tend",
  SSO_CLIENT_SECRET: "s3cret",
  SSO_ALLOWED_DOMAINS: " Riverbend.example, harbour.example ,",
};

describe("readSsoConfig", () => {
  it("is off when no SSO variable is set, blank ones included", () => {
    expect(readSsoConfig({})).toBeNull();
    expect(readSsoConfig({ SSO_ISSUER: " ", PATH: "/usr/bin" })).toBeNull();
  });

  it("reads a complete set, with the domains trimmed and lower-cased and a default name", () => {
    expect(readSsoConfig(FULL)).toEqual({
      issuer: "https://id.riverbend.example",
      clientId: "tend",
      clientSecret: "s3cret",
      allowedDomains: ["riverbend.example", "harbour.example"],
      name: "single sign-on",
    });
    expect(readSsoConfig({ ...FULL, SSO_NAME: "Riverbend SSO" })?.name).toBe("Riverbend SSO");
  });

  it("refuses a half-configured provider and names what is missing", () => {
    const { SSO_CLIENT_SECRET: _secret, ...withoutSecret } = FULL;
    expect(() => readSsoConfig(withoutSecret)).toThrow(/SSO_CLIENT_SECRET/);
    expect(() => readSsoConfig({ SSO_ISSUER: FULL.SSO_ISSUER })).toThrow(/half configured/);
  });

  it("refuses a malformed issuer or domain", () => {
    expect(() => readSsoConfig({ ...FULL, SSO_ISSUER: "id.riverbend" })).toThrow(/SSO_ISSUER/);
    expect(() => readSsoConfig({ ...FULL, SSO_ALLOWED_DOMAINS: "@riverbend.example" })).toThrow(
      /not a domain/,
    );
    expect(() => readSsoConfig({ ...FULL, SSO_ALLOWED_DOMAINS: " , " })).toThrow(/at least one/);
  });

  it("refuses a provider over plain http, except one on this machine", () => {
    expect(() => readSsoConfig({ ...FULL, SSO_ISSUER: "http://id.riverbend.example" })).toThrow(
      /must use https/,
    );
    for (const issuer of ["http://localhost:3102", "http://127.0.0.1:9000/oidc"])
      expect(readSsoConfig({ ...FULL, SSO_ISSUER: issuer })?.issuer).toBe(issuer);
  });
});
