import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { hashPassword } from "@tend/db/password";
import { memberships, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { SIGN_IN_LIMITS, signInWithPassword } from "./password-sign-in";

const db = connectTestDb();
let org: TestOrganisation;
const PASSWORD = "a long test password";

beforeAll(async () => {
  org = await createTestOrganisation(db);
  const passwordHash = await hashPassword(PASSWORD);
  for (const m of [org.clinician, org.supervisor, org.otherClinician]) {
    await db.update(users).set({ passwordHash }).where(eq(users.id, m.userId));
  }
});
afterAll(() => db.close());

describe("password sign-in", () => {
  it("accepts the right password whatever the email's case, and gives one answer for unknown email and wrong password", async () => {
    const ok = await signInWithPassword(db, {
      email: org.clinician.email.toUpperCase(),
      password: PASSWORD,
      ip: "10.0.0.1",
    });
    expect(ok).toMatchObject({ ok: true, user: { id: org.clinician.userId } });
    expect(
      await signInWithPassword(db, {
        email: org.clinician.email,
        password: "wrong password!",
        ip: "10.0.0.1",
      }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await signInWithPassword(db, {
        email: "nobody@test.example",
        password: PASSWORD,
        ip: "10.0.0.1",
      }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("pauses an email after repeated failures, even with the right password, until the window passes", async () => {
    const email = org.supervisor.email;
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(
        (await signInWithPassword(db, { email, password: "wrong", ip: `10.1.0.${i}` }, now)).ok,
      ).toBe(false);
    }
    expect(
      await signInWithPassword(db, { email, password: PASSWORD, ip: "10.1.1.1" }, now),
    ).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    const later = new Date(now.getTime() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    expect(
      (await signInWithPassword(db, { email, password: PASSWORD, ip: "10.1.1.1" }, later)).ok,
    ).toBe(true);
  });

  it("pauses an IP that tries many accounts", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await signInWithPassword(db, { email: `spray-${i}@test.example`, password: "guess", ip });
    }
    expect(await signInWithPassword(db, { email: org.admin.email, password: "guess", ip })).toEqual(
      {
        ok: false,
        reason: "rate_limited",
      },
    );
  });
  it("with no known address, pauses nobody else: failures are counted per email only", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp + 2; i++) {
      await signInWithPassword(db, {
        email: `unknown-ip-${i}@test.example`,
        password: "guess",
        ip: null,
      });
    }
    const someoneElse = await createTestOrganisation(db, "Elsewhere");
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, someoneElse.clinician.userId));
    expect(
      (
        await signInWithPassword(db, {
          email: someoneElse.clinician.email,
          password: PASSWORD,
          ip: null,
        })
      ).ok,
    ).toBe(true);
  });
});

describe("parallel password guesses", () => {
  it("are checked one at a time, so the limit holds", async () => {
    const org2 = await createTestOrganisation(db, "Parallel");
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, org2.clinician.userId));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signInWithPassword(db, {
          email: org2.clinician.email,
          password: `guess ${i}`,
          ip: `10.3.0.${i}`,
        }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(
      SIGN_IN_LIMITS.perEmail,
    );
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(
      12 - SIGN_IN_LIMITS.perEmail,
    );
  });

  it("refuses someone every organisation has deactivated, and says so only after the right password", async () => {
    const email = org.otherClinician.email;
    await db
      .update(memberships)
      .set({ deactivatedAt: new Date() })
      .where(eq(memberships.id, org.otherClinician.membershipId));
    expect(await signInWithPassword(db, { email, password: PASSWORD, ip: "10.2.0.1" })).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(
      await signInWithPassword(db, { email, password: "not the password", ip: "10.2.0.1" }),
    ).toEqual({ ok: false, reason: "invalid" });
    await db
      .update(memberships)
      .set({ deactivatedAt: null })
      .where(eq(memberships.id, org.otherClinician.membershipId));
    expect(
      await signInWithPassword(db, { email, password: PASSWORD, ip: "10.2.0.1" }),
    ).toMatchObject({ ok: true });
  });
});
