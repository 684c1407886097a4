import { describe, expect, it } from "vitest";

import { mailConfigurationProblem } from "./settings";

describe("mailConfigurationProblem", () => {
  it("refuses production without SMTP_URL, saying what to set", () => {
    expect(mailConfigurationProblem({ production: true })).toMatch(/SMTP_URL.*MAIL_DISABLED=1/);
  });

  it("accepts production with SMTP, or explicitly without mail, or with the e2e outbox", () => {
    expect(mailConfigurationProblem({ production: true, smtpUrl: "smtp://mail:587" })).toBeNull();
    expect(mailConfigurationProblem({ production: true, mailDisabled: true })).toBeNull();
    expect(mailConfigurationProblem({ production: true, devOutbox: true })).toBeNull();
  });

  it("lets development run without SMTP (mail goes to the outbox)", () => {
    expect(mailConfigurationProblem({ production: false })).toBeNull();
  });
});
