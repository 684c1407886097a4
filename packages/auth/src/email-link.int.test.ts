import { describe, expect, it } from "vitest";

import { connectTestDb } from "@tend/db/testing";

import { claimEmailLink, EMAIL_LINK_LIMITS, emailLinkThrottled } from "./email-link";

const db = connectTestDb();

describe("email sign-in links", () => {
  it("go out at most once a minute and three times in 15 minutes per address, whatever its case", async () => {
    const email = `links-${Date.now()}@test.example`;
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

    expect(await claimEmailLink(db, email, t0)).toBe(true);
    expect(await claimEmailLink(db, email.toUpperCase(), at(0.1))).toBe(false);
    expect(await emailLinkThrottled(db, email, at(0.5))).toBe(true);
    // Another address is not affected.
    expect(await claimEmailLink(db, `other-${email}`, at(0.1))).toBe(true);

    expect(await claimEmailLink(db, email, at(1.1))).toBe(true);
    expect(await claimEmailLink(db, email, at(2.2))).toBe(true);
    expect(EMAIL_LINK_LIMITS.perWindow).toBe(3);
    expect(await emailLinkThrottled(db, email, at(3.3))).toBe(true);
    expect(await claimEmailLink(db, email, at(3.3))).toBe(false);
    // The window slides: 15 minutes after the first, a link may go again.
    expect(await claimEmailLink(db, email, at(15.5))).toBe(true);
  });

  it("hold when asked for in parallel, across instances", async () => {
    const email = `parallel-links-${Date.now()}@test.example`;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => claimEmailLink(db, email, now)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
