import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "../testing";
import { hourEntries } from "../schema";
import { connectTestDb, createTestOrganisation } from "../testing";
import { countSupervised } from "./reports";

const db = connectTestDb();
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation(db, "Windows");
});
afterAll(() => db.close());

describe("supervision coverage windows", () => {
  it("counts an hour entry in a window when its day begins in the window's 30 days, on the organisation's clock", async () => {
    const timeZone = "America/New_York";
    const entry = (membershipId: string, date: string) => ({
      organisationId: org.organisationId,
      superviseeMembershipId: membershipId,
      supervisorMembershipId: org.supervisor.membershipId,
      kind: "individual" as const,
      date,
      minutes: 60,
      status: "pending" as const,
    });
    await db.insert(hourEntries).values([
      // The first day after February: in March's window, not in February's.
      entry(org.clinician.membershipId, "2026-03-01"),
      // February's window is the 30 days before 1 March, midnight in New York: from 30 January.
      entry(org.otherClinician.membershipId, "2026-01-30"),
    ]);
    const rows = await countSupervised(db, {
      organisationId: org.organisationId,
      timeZone,
      windows: [
        { key: "2026-01", end: new Date("2026-02-01T05:00:00Z") },
        { key: "2026-02", end: new Date("2026-03-01T05:00:00Z") },
        // The current month, whose window ends now: the middle of 15 March.
        { key: "2026-03", end: new Date("2026-03-15T16:00:00Z") },
      ],
    });
    expect(rows.sort((a, b) => a.period.localeCompare(b.period))).toEqual([
      { period: "2026-01", cell: org.teamId, supervised: 1 },
      { period: "2026-02", cell: org.teamId, supervised: 1 },
      { period: "2026-03", cell: org.teamId, supervised: 1 },
    ]);
  });
});
