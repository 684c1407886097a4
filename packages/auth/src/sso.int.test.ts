import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { accounts, memberships, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { decideSsoSignIn, SSO_PROVIDER_ID } from "./sso";

const db = connectTestDb();
let org: TestOrganisation;
/** The fixture's addresses end in @test.example: that is the allowed domain. */
const allowedDomains = ["test.example"];

beforeAll(async () => {
  org = await createTestOrganisation(db, "Sso");
});
afterAll(() => db.close());

const decide = (email: unknown, subject = randomUUID(), signedInAs: string | null = null) =>
  decideSsoSignIn(db, { email, emailVerified: true, subject, allowedDomains, signedInAs });

describe("single sign-on decisions", () => {
  it("admits a verified address of an allowed domain that belongs to a member, whatever its case", async () => {
    expect(await decide(org.clinician.email.toUpperCase())).toEqual({
      ok: true,
      userId: org.clinician.userId,
    });
  });

  it("refuses an address the provider did not verify, or did not give", async () => {
    for (const emailVerified of [false, "true", undefined, 1])
      expect(
        await decideSsoSignIn(db, {
          email: org.clinician.email,
          emailVerified,
          subject: randomUUID(),
          allowedDomains,
          signedInAs: null,
        }),
      ).toEqual({
        ok: false,
        reason: "unverified",
      });
    expect(await decide(undefined)).toEqual({ ok: false, reason: "unverified" });
  });

  it("refuses other domains, subdomains included", async () => {
    expect(await decide("someone@elsewhere.example")).toEqual({ ok: false, reason: "domain" });
    expect(await decide("someone@mail.test.example")).toEqual({ ok: false, reason: "domain" });
    expect(await decide("test.example")).toEqual({ ok: false, reason: "domain" });
  });

  it("never creates an account: an unknown address, or a person with no organisation, is refused", async () => {
    expect(await decide(`nobody-${randomUUID()}@test.example`)).toEqual({
      ok: false,
      reason: "not-member",
    });
    const email = `alone-${randomUUID().slice(0, 8)}@test.example`;
    await db.insert(users).values({ name: "Alone", email });
    expect(await decide(email)).toEqual({ ok: false, reason: "not-member" });
  });

  it("refuses someone every organisation has deactivated", async () => {
    await db
      .update(memberships)
      .set({ deactivatedAt: new Date() })
      .where(eq(memberships.id, org.otherClinician.membershipId));
    expect(await decide(org.otherClinician.email)).toEqual({ ok: false, reason: "deactivated" });
  });

  it("keeps a provider's subject to the account it was first linked to", async () => {
    const subject = randomUUID();
    await db.insert(accounts).values({
      userId: org.supervisor.userId,
      type: "oidc",
      provider: SSO_PROVIDER_ID,
      providerAccountId: subject,
    });
    expect(await decide(org.supervisor.email, subject)).toEqual({
      ok: true,
      userId: org.supervisor.userId,
    });
    // The provider now gives that subject another member's address.
    expect(await decide(org.clinician.email, subject)).toEqual({
      ok: false,
      reason: "linked-elsewhere",
    });
  });

  it("keeps an account to the subject first linked to it: a new subject with its address is refused", async () => {
    const first = randomUUID();
    await db.insert(accounts).values({
      userId: org.admin.userId,
      type: "oidc",
      provider: SSO_PROVIDER_ID,
      providerAccountId: first,
    });
    expect(await decide(org.admin.email, first)).toEqual({ ok: true, userId: org.admin.userId });
    expect(await decide(org.admin.email, randomUUID())).toEqual({
      ok: false,
      reason: "other-subject",
    });
  });

  it("never links to the account this browser is already signed in as, unless it is the same person", async () => {
    const email = org.clinician.email;
    expect(await decide(email, randomUUID(), org.supervisor.userId)).toEqual({
      ok: false,
      reason: "signed-in-as-other",
    });
    expect(await decide(email, randomUUID(), org.clinician.userId)).toEqual({
      ok: true,
      userId: org.clinician.userId,
    });
  });
});
