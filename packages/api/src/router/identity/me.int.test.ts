import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { Fixture } from "../../testing/actors";
import { callerFor } from "../../testing/actors";

const db = connectTestDb();
let fx: Fixture;
beforeAll(async () => {
  fx = { db, org: await createTestOrganisation(db), other: await createTestOrganisation(db) };
});
afterAll(() => db.close());

describe("me", () => {
  it("updates the profile and reads it back", async () => {
    const me = callerFor(fx, "clinician").me;
    const updated = await me.update({
      name: "  Sam Rivera ",
      timeZone: "America/Los_Angeles",
      workingHours: { days: [5, 1, 3], start: "08:30", end: "16:30" },
      quietHours: { start: "21:00", end: "06:30" },
    });
    expect(updated).toMatchObject({ name: "Sam Rivera", timeZone: "America/Los_Angeles" });
    expect(await me.get()).toMatchObject({
      name: "Sam Rivera",
      timeZone: "America/Los_Angeles",
      workingHours: { days: [1, 3, 5], start: "08:30", end: "16:30" },
      quietHours: { start: "21:00", end: "06:30" },
    });
  });

  it("rejects a working day that ends before it starts, and loses nothing", async () => {
    const me = callerFor(fx, "supervisor").me;
    const before = await me.get();
    const error = await me
      .update({ name: "Changed", workingHours: { days: [1], start: "17:00", end: "09:00" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await me.get()).toEqual(before);
  });

  it("changes only the caller's own profile", async () => {
    await callerFor(fx, "admin").me.update({ timeZone: "Asia/Tokyo" });
    expect((await callerFor(fx, "otherOrgAdmin").me.get()).timeZone).toBe("UTC");
  });
});
