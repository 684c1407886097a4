import { describe, expect, it } from "vitest";

import { readEnv } from "./env";

const base = { DATABASE_URL: "postgres://u:p@db.example:5432/tend" };

describe("the worker's settings", () => {
  it("refuse to start in production without SMTP_URL (mail would silently go nowhere)", () => {
    expect(() => readEnv({ ...base, NODE_ENV: "production" })).toThrow(/SMTP_URL/);
  });

  it("start in production with SMTP_URL, or with MAIL_DISABLED=1", () => {
    expect(() =>
      readEnv({ ...base, NODE_ENV: "production", SMTP_URL: "smtp://mail.example:587" }),
    ).not.toThrow();
    expect(() => readEnv({ ...base, NODE_ENV: "production", MAIL_DISABLED: "1" })).not.toThrow();
  });
});
