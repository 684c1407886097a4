import { CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";

import { normalizeEmailIdentifier } from "./email-address";

describe("normalizeEmailIdentifier (the email-link provider's)", () => {
  it("lower-cases and trims a real address", () => {
    expect(normalizeEmailIdentifier("  Sam.Rivera@Riverbend.Example ")).toBe(
      "sam.rivera@riverbend.example",
    );
  });

  it.each([
    "not-an-address",
    "a@b@c.example",
    '"x"@y.example',
    "sam\uFF20evil.example@x.example",
    "a@b.example,c@d.example",
    "",
  ])("refuses %j as a clear sign-in error, not a server configuration error", (raw) => {
    const error = (() => {
      try {
        normalizeEmailIdentifier(raw);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CredentialsSignin);
    expect((error as CredentialsSignin).code).toBe("invalid_email");
  });
});
