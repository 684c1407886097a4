import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { auditEvents, memberships } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { Fixture } from "../../testing/actors";
import { callerFor } from "../../testing/actors";

const db = connectTestDb();
let fx: Fixture;
beforeAll(async () => {
  fx = {
    db,
    org: await createTestOrganisation(db, "First"),
    other: await createTestOrganisation(db, "Second"),
  };
  // The clinician of the first organisation supervises in the second as well.
  await db.insert(memberships).values({
    organisationId: fx.other.organisationId,
    userId: fx.org.clinician.userId,
    roles: ["supervisor"],
  });
});
afterAll(() => db.close());

describe("org", () => {
  it("lists memberships and switches the active organisation, which scopes every org procedure", async () => {
    const caller = callerFor(fx, "clinician");
    const mine = await caller.org.listMemberships();
    expect(mine.map((m) => m.organisationId).sort()).toEqual(
      [fx.org.organisationId, fx.other.organisationId].sort(),
    );
    expect((await caller.org.current()).organisationId).toBe(fx.org.organisationId);
    await expect(caller.supervision.listSupervisees()).rejects.toMatchObject({ code: "FORBIDDEN" });

    await caller.org.switch({ organisationId: fx.other.organisationId });
    expect(await caller.org.current()).toMatchObject({
      organisationId: fx.other.organisationId,
      roles: ["supervisor"],
    });
    expect(await caller.supervision.listSupervisees()).toEqual([]);
    const [team] = await caller.team.list();
    expect(team?.name).toBe("Team A");

    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, fx.org.clinician.userId));
    expect(events.map((e) => e.action)).toContain("organisation.switched");
  });
});

describe("supervision and people", () => {
  it("shows a supervisor their supervisees and a clinician their supervisors", async () => {
    const supervisees = await callerFor(fx, "supervisor").supervision.listSupervisees();
    expect(supervisees.map((s) => s.userId)).toEqual([fx.org.clinician.userId]);
    const clinician = callerFor(fx, "clinician");
    await clinician.org.switch({ organisationId: fx.org.organisationId });
    const supervisors = await clinician.supervision.listMySupervisors();
    expect(supervisors.map((s) => s.userId)).toEqual([fx.org.supervisor.userId]);
  });

  it("lists only the admin's own organisation's people, with roles and teams", async () => {
    const people = await callerFor(fx, "admin").person.list();
    expect(people).toHaveLength(6);
    expect(people.every((p) => p.teams.includes("Team A"))).toBe(true);
    const emails = people.map((p) => p.email);
    expect(emails).toContain(fx.org.supervisor.email);
    expect(emails).not.toContain(fx.other.admin.email);
  });
});
