import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument } from "@tend/instruments";

import { addCommitment, markReviewed } from "../plan";
import { shareResult, submitCheck } from "../self-check";
import { actorOf } from "../testing";
import { readHome } from "./home";

const db = connectTestDb();
let org: TestOrganisation;

/** Every pulse item answered `value` (1–5). */
const pulse = (value: number) =>
  Object.fromEntries(getInstrument("pulse").items.map((item) => [item.id, value]));

beforeAll(async () => {
  org = await createTestOrganisation(db, "Home");
});
afterAll(async () => {
  await db.close();
});

describe("the portal's home", () => {
  it("on day one shows every check with no result and empty blocks, and no supervisor block", async () => {
    const home = await readHome(db, await actorOf(db, org.otherClinician));
    expect(home.supervisor).toBeNull();
    const clinician = home.clinician;
    expect(clinician?.checks.map((c) => c.id)).toEqual([
      "pulse",
      "warning-signs",
      "proqol5",
      "cbi",
    ]);
    expect(clinician?.checks.every((c) => c.latest === null)).toBe(true);
    expect(clinician?.plan).toEqual({
      commitments: 0,
      ritual: "",
      reviewedAt: null,
      reviewDue: false,
      toReview: [],
    });
    expect(clinician?.shares).toEqual({ count: 0, latest: [] });
    expect(clinician?.supervisors).toHaveLength(1);
    expect(clinician?.nextSession).toBeNull();
    expect(clinician?.nextMeeting).toBeNull();
    expect(clinician?.ce).toEqual({ licences: 0, tracked: 0, deadlines: [] });
  });

  it("shows the latest result of each check with its change, and a plan to review after a check", async () => {
    const actor = await actorOf(db, org.clinician);
    await addCommitment(db, actor, {
      strategy: "self-care",
      text: "A walk at lunch",
      frequency: "daily",
    });
    await markReviewed(db, actor, new Date(Date.now() - 60_000));
    await submitCheck(db, actor, { instrumentId: "pulse", answers: pulse(2) });
    const { id } = await submitCheck(db, actor, { instrumentId: "pulse", answers: pulse(4) });

    const home = await readHome(db, actor);
    const latest = home.clinician?.checks.find((c) => c.id === "pulse")?.latest;
    expect(latest?.id).toBe(id);
    const index = latest?.scales.find((s) => s.subscaleId === "pulse");
    expect(index?.change?.direction).toBe("better");
    expect(index?.change?.delta).toBeGreaterThan(0);
    expect(home.clinician?.checks.find((c) => c.id === "proqol5")?.latest).toBeNull();
    expect(home.clinician?.plan).toMatchObject({
      commitments: 1,
      reviewDue: true,
      toReview: [{ strategy: "self-care", text: "A walk at lunch" }],
    });

    await markReviewed(db, actor);
    expect((await readHome(db, actor)).clinician?.plan.reviewDue).toBe(false);
  });

  it("tells the clinician what they share, and only the supervisor it is shared with that it is new", async () => {
    const clinician = await actorOf(db, org.clinician);
    const { id } = await submitCheck(db, clinician, { instrumentId: "pulse", answers: pulse(3) });
    await shareResult(db, clinician, {
      responseId: id,
      supervisorMembershipId: org.supervisor.membershipId,
    });

    const mine = await readHome(db, clinician);
    expect(mine.clinician?.shares.count).toBe(1);
    expect(mine.clinician?.shares.latest[0]).toMatchObject({
      responseId: id,
      instrumentName: "Pulse",
    });

    const supervisor = (await readHome(db, await actorOf(db, org.supervisor))).supervisor;
    expect(supervisor?.newlyShared.count).toBe(1);
    expect(supervisor?.newlyShared.latest[0]?.ownerName).toBe(clinician.person.name);
    expect(supervisor?.hoursToSign).toEqual({ entries: 0, minutes: 0 });

    const other = (await readHome(db, await actorOf(db, org.otherSupervisor))).supervisor;
    expect(other?.newlyShared).toEqual({ count: 0, latest: [] });
  });

  it("gives an administrator with no other role neither block", async () => {
    expect(await readHome(db, await actorOf(db, org.admin))).toEqual({
      clinician: null,
      supervisor: null,
    });
  });
});
