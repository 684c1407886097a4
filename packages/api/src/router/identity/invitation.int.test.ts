import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@tend/db/password";
import { createInvitation, findUserByEmail } from "@tend/db/queries";
import { memberships, organisations, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { Fixture } from "../../testing/actors";
import { callerFor } from "../../testing/actors";

const db = connectTestDb();
let fx: Fixture;
beforeAll(async () => {
  fx = { db, org: await createTestOrganisation(db), other: await createTestOrganisation(db) };
});
afterAll(() => db.close());

const invite = (email: string, expiresInMs = 86_400_000) =>
  createInvitation(db, {
    organisationId: fx.org.organisationId,
    email,
    name: "Robin",
    roles: ["clinician", "supervisor"],
    expiresAt: new Date(Date.now() + expiresInMs),
  });

describe("invitation", () => {
  it("creates the account with the chosen password and the invited roles, once", async () => {
    const { token } = await invite("Robin.New@test.example");
    const anonymous = callerFor(fx, "anonymous").invitation;
    expect(await anonymous.get({ token })).toMatchObject({
      email: "robin.new@test.example",
      hasAccount: false,
    });

    await anonymous.accept({ token, name: "Robin New", password: "correct horse battery" });
    const user = await findUserByEmail(db, "robin.new@test.example");
    expect(user?.name).toBe("Robin New");
    expect(await verifyPassword(user?.passwordHash ?? "", "correct horse battery")).toBe(true);
    const [membership] = await db
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, user?.id ?? ""),
          eq(memberships.organisationId, fx.org.organisationId),
        ),
      );
    expect(membership?.roles.sort()).toEqual(["clinician", "supervisor"]);

    await expect(anonymous.get({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      anonymous.accept({ token, name: "Again", password: "correct horse battery" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("starts a new account in the browser's zone, or else in the organisation's default", async () => {
    await db
      .update(organisations)
      .set({ timeZone: "Australia/Adelaide" })
      .where(eq(organisations.id, fx.org.organisationId));
    const anonymous = callerFor(fx, "anonymous").invitation;
    const join = async (email: string, timeZone?: string) => {
      const { token } = await invite(email);
      await anonymous.accept({
        token,
        name: "Zone Test",
        password: "correct horse battery",
        timeZone,
      });
      return (await db.select().from(users).where(eq(users.email, email)))[0]?.timeZone;
    };
    expect(await join("browser.zone@test.example", "America/Denver")).toBe("America/Denver");
    expect(await join("no.zone@test.example")).toBe("Australia/Adelaide");
    // A zone the server does not know is not worth refusing someone over.
    expect(await join("odd.zone@test.example", "Mars/Olympus_Mons")).toBe("Australia/Adelaide");
  });

  it("refuses an expired invitation", async () => {
    const { token } = await invite("late@test.example", -1000);
    await expect(callerFor(fx, "anonymous").invitation.get({ token })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("joins an existing account only with its current password, and merges roles", async () => {
    await db
      .update(users)
      .set({
        passwordHash: await import("@tend/db/password").then((m) =>
          m.hashPassword("the existing password"),
        ),
      })
      .where(eq(users.id, fx.other.admin.userId));
    const { token } = await invite(fx.other.admin.email);
    const anonymous = callerFor(fx, "anonymous").invitation;
    expect((await anonymous.get({ token })).hasAccount).toBe(true);
    const wrong = await anonymous
      .accept({ token, name: "X", password: "not the existing one" })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: "FORBIDDEN" });
    await anonymous.accept({ token, name: "X", password: "the existing password" });
    const joined = await callerFor(fx, "otherOrgAdmin").org.listMemberships();
    expect(joined.map((m) => m.organisationId)).toContain(fx.org.organisationId);
  });
});
