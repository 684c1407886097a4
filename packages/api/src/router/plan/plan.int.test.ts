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

describe("prevention plan", () => {
  it("keeps commitments per strategy, edits and removes them, and stays private", async () => {
    const plan = callerFor(fx, "clinician").plan;
    expect(await plan.get()).toMatchObject({
      endOfDayRitual: "",
      commitments: [],
      reviewedAt: null,
    });

    const walk = await plan.addCommitment({
      strategy: "self-care",
      text: "  A walk at lunch ",
      frequency: "daily",
    });
    await plan.addCommitment({ strategy: "self-care", text: "Swim", frequency: "" });
    await plan.addCommitment({
      strategy: "support-outside-work",
      text: "Sunday dinner with friends",
    });
    await plan.setEndOfDayRitual({ endOfDayRitual: "Close the laptop and stretch." });
    if (!walk) throw new Error("no commitment");
    await plan.updateCommitment({
      id: walk.id,
      text: "A longer walk at lunch",
      frequency: "weekdays",
    });

    const read = await plan.get();
    expect(read.endOfDayRitual).toBe("Close the laptop and stretch.");
    expect(read.commitments.map((c) => [c.strategy, c.text, c.frequency, c.position])).toEqual([
      ["self-care", "A longer walk at lunch", "weekdays", 0],
      ["self-care", "Swim", null, 1],
      ["support-outside-work", "Sunday dinner with friends", null, 0],
    ]);

    const other = callerFor(fx, "otherClinician").plan;
    expect((await other.get()).commitments).toEqual([]);
    await expect(other.removeCommitment({ id: walk.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.updateCommitment({ id: walk.id, text: "Mine now" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await plan.removeCommitment({ id: walk.id });
    expect((await plan.get()).commitments).toHaveLength(2);
    const { reviewedAt } = await plan.markReviewed();
    expect((await plan.get()).reviewedAt).toEqual(reviewedAt);
  });

  it("marks a commitment done once a day on the owner's calendar, keeps a short history, and takes it back", async () => {
    const plan = callerFor(fx, "clinician").plan;
    const stretch = await plan.addCommitment({ strategy: "self-care", text: "Stretch at noon" });
    if (!stretch) throw new Error("no commitment");
    const first = await plan.markDone({ id: stretch.id, done: true });
    expect(first.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await plan.markDone({ id: stretch.id, done: true }); // the same day counts once
    const doneOn = async () =>
      (await plan.get()).commitments.find((c) => c.id === stretch.id)?.doneOn;
    expect(await doneOn()).toEqual([first.day]);

    await expect(
      callerFor(fx, "otherClinician").plan.markDone({ id: stretch.id, done: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await plan.markDone({ id: stretch.id, done: false });
    expect(await doneOn()).toEqual([]);
  });
});
