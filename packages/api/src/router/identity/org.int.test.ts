import { and, eq } from "drizzle-orm";
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

describe("organisation settings", () => {
  it("lets an admin rename the organisation, set its zone and raise k, never below 5, and logs each change", async () => {
    const admin = callerFor(fx, "admin").org;
    const before = await admin.settings();
    expect(before).toMatchObject({
      timeZone: "UTC",
      reportThreshold: 5,
      minimumReportThreshold: 5,
    });

    const saved = await admin.updateSettings({
      name: "  First Counselling  ",
      timeZone: "America/Chicago",
      reportThreshold: 7,
    });
    expect(saved).toEqual({
      name: "First Counselling",
      timeZone: "America/Chicago",
      reportThreshold: 7,
      minimumReportThreshold: 5,
    });
    expect(await admin.settings()).toEqual(saved);

    // A lower k is refused with a message per field, and nothing is saved.
    const refused = await admin
      .updateSettings({ name: "", timeZone: "Mars/Olympus_Mons", reportThreshold: 4 })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify(refused)).toMatch(/at least 5 people/);
    expect(await admin.settings()).toEqual(saved);

    // Saving the same values again records nothing new.
    await admin.updateSettings({ name: saved.name, timeZone: saved.timeZone, reportThreshold: 7 });
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, fx.org.organisationId),
          eq(auditEvents.action, "organisation.settings_changed"),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      organisationId: fx.org.organisationId,
      actorUserId: fx.org.admin.userId,
      data: {
        changes: [
          { setting: "name", from: before.name, to: "First Counselling" },
          { setting: "timeZone", from: "UTC", to: "America/Chicago" },
          { setting: "reportThreshold", from: 5, to: 7 },
        ],
      },
    });

    // The other organisation is untouched.
    expect(await callerFor(fx, "otherOrgAdmin").org.settings()).toMatchObject({
      timeZone: "UTC",
      reportThreshold: 5,
    });
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
    const { rows: people, total } = await callerFor(fx, "admin").person.search({});
    expect(total).toBe(6);
    expect(people).toHaveLength(6);
    expect(people.every((p) => p.teams.some((t) => t.name === "Team A"))).toBe(true);
    const emails = people.map((p) => p.email);
    expect(emails).toContain(fx.org.supervisor.email);
    expect(emails).not.toContain(fx.other.admin.email);
  });
});
