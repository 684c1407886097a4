import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { bumpSessionVersion, createInvitation } from "@tend/db/queries";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { createCaller } from "./index";
import { createTRPCContext } from "./trpc";

const db = connectTestDb();
let org: TestOrganisation;
beforeAll(async () => {
  org = await createTestOrganisation(db, "Sessions");
});
afterAll(() => db.close());

/** A caller holding a session cookie for `id` issued at `sessionVersion`. */
const session = (id: string, sessionVersion: number) =>
  createCaller(createTRPCContext({ db, session: { id, sessionVersion } }));

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("session version", () => {
  it("'sign out everywhere' ends every copy of the session cookie, for protected and org procedures alike", async () => {
    // One caller per request, each with the same (copied) cookie.
    const copied = () => session(org.clinician.userId, 0);
    expect(await codeOf(copied().me.get())).toBe("OK");
    expect(await codeOf(copied().org.current())).toBe("OK");

    const thisRequest = copied();
    await thisRequest.me.signOutEverywhere();
    expect(await codeOf(thisRequest.me.get())).toBe("UNAUTHORIZED");

    expect(await codeOf(copied().me.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(copied().org.current())).toBe("UNAUTHORIZED");
    expect(await codeOf(copied().plan.get())).toBe("UNAUTHORIZED");
    // A sign-in after it carries the new version.
    expect(await codeOf(session(org.clinician.userId, 1).org.current())).toBe("OK");
  });

  it("ends with deactivation (bumpSessionVersion), and never touches other people", async () => {
    await bumpSessionVersion(db, org.admin.userId);
    expect(await codeOf(session(org.admin.userId, 0).person.search({}))).toBe("UNAUTHORIZED");
    expect(await codeOf(session(org.supervisor.userId, 0).me.get())).toBe("OK");
  });

  it("ends when an invitation sets the password of an account that had none", async () => {
    const { token } = await createInvitation(db, {
      organisationId: org.organisationId,
      email: org.otherClinician.email,
      name: "Other",
      roles: ["clinician"],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const before = session(org.otherClinician.userId, 0);
    expect(await codeOf(before.me.get())).toBe("OK");
    await session(org.otherClinician.userId, 0).invitation.accept({
      token,
      name: "Other",
      password: "a brand new password",
    });
    expect(await codeOf(session(org.otherClinician.userId, 0).me.get())).toBe("UNAUTHORIZED");
  });

  it("is resolved once per request, with the membership, however many procedures ask", async () => {
    const ctx = createTRPCContext({
      db,
      session: { id: org.supervisor.userId, sessionVersion: 0 },
    });
    const first = ctx.resolveSession();
    expect(ctx.resolveSession()).toBe(first);
    expect(await first).toMatchObject({
      current: true,
      membership: { membershipId: org.supervisor.membershipId },
    });
    const stale = createTRPCContext({
      db,
      session: { id: org.supervisor.userId, sessionVersion: 7 },
    });
    expect(await stale.resolveSession()).toEqual({
      current: false,
      caller: null,
      membership: null,
    });
  });
});
