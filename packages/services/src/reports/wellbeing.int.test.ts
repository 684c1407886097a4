import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { insertCheckResponse } from "@tend/db/queries";
import { organisations, reportSnapshots } from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import type { MemberActor } from "../actor";
import { actorOf } from "../testing";
import {
  refreshReportSnapshots,
  REPORT_FRESH_FOR_MS,
  REPORT_KEPT_FRESH_FOR_MS,
  REPORT_REFRESH_AFTER_MS,
  teamWellbeingReport,
} from "./wellbeing";

const db = connectTestDb();
let org: TestOrganisation;
let admin: MemberActor;
/** The organisation's eight clinicians. */
const clinicians: TestMember[] = [];
const T0 = new Date("2026-11-10T12:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

async function answerPulse(member: TestMember, completedAt: Date) {
  const answers = Object.fromEntries(getInstrument("pulse").items.map((i) => [i.id, 2]));
  const result = scoreResponses("pulse", answers);
  await insertCheckResponse(db, {
    userId: member.userId,
    organisationId: org.organisationId,
    instrumentId: "pulse",
    instrumentVersion: result.instrumentVersion,
    answers,
    result,
    completedAt,
  });
}

const addClinician = () =>
  addTestMember(
    db,
    { organisationId: org.organisationId, teamId: org.teamId },
    { name: "Snapshot clinician", email: `snapshot-${randomUUID().slice(0, 8)}@test.example` },
    ["clinician"],
  );

/** The organisation's participation this month (when shown), and when it was computed. */
async function view(now: Date) {
  const report = await teamWellbeingReport(db, admin, { granularity: "month", periods: 2 }, now);
  const breakdown = report.participation.periods.at(-1)?.breakdown;
  const total = breakdown?.status === "published" ? breakdown.total : null;
  return { ...(total?.status === "shown" ? total.value : {}), asOf: report.asOf };
}

beforeAll(async () => {
  org = await createTestOrganisation(db, "Snapshot");
  clinicians.push(org.clinician, org.otherClinician, org.supervisingClinician);
  for (let i = 0; i < 5; i++) clinicians.push(await addClinician());
  admin = await actorOf(db, org.admin);
  for (const member of clinicians.slice(0, 5)) await answerPulse(member, at(-24 * 60));
});
afterAll(() => db.close());

describe("the team report's snapshot", () => {
  it("serves the figures computed within the hour, and computes them again after it", async () => {
    expect(await view(T0)).toEqual({ members: 8, share: 0.625, asOf: T0.toISOString() });
    const [sixth] = clinicians.slice(5);
    if (!sixth) throw new Error("fixture too small");
    await answerPulse(sixth, at(5));
    // Within the hour: the same figures, as of the same moment.
    expect(await view(at(30))).toEqual({ members: 8, share: 0.625, asOf: T0.toISOString() });
    const later = new Date(T0.getTime() + REPORT_FRESH_FOR_MS);
    const fresh = await view(later);
    expect(fresh.asOf).toBe(later.toISOString());
    expect(fresh.share).toBe(0.75);
  });

  it("computes them at once when people or teams change", async () => {
    const before = await view(at(70));
    await addClinician();
    const after = await view(at(71));
    expect(after.asOf).toBe(at(71).toISOString());
    expect([before.members, after.members]).toEqual([8, 9]);
  });

  it("computes them at once on another clock, or when a new period begins", async () => {
    await view(at(80));
    await db
      .update(organisations)
      .set({ timeZone: "Pacific/Auckland" })
      .where(eq(organisations.id, org.organisationId));
    expect((await view(at(81))).asOf).toBe(at(81).toISOString());
    // Two hours on, it is 1 December in Auckland; the 20 minutes before are still November.
    const december = new Date("2026-11-30T11:10:00Z");
    await view(new Date(december.getTime() - 20 * MINUTE));
    expect((await view(december)).asOf).toBe(december.toISOString());
  });

  it("keeps totals only: no person's id is in a snapshot", async () => {
    const rows = await db
      .select({ totals: reportSnapshots.totals })
      .from(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, org.organisationId));
    expect(rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows);
    for (const member of [...clinicians, org.admin]) {
      expect(stored).not.toContain(member.userId);
      expect(stored).not.toContain(member.membershipId);
    }
  });

  it("lets the worker compute again the views admins use, before they go stale", async () => {
    const opened = new Date("2026-12-10T09:00:00Z");
    await view(opened);
    const computedAt = async () => {
      const [row] = await db
        .select({ at: reportSnapshots.computedAt })
        .from(reportSnapshots)
        .where(eq(reportSnapshots.organisationId, org.organisationId));
      return row?.at.toISOString();
    };
    // Too fresh yet: nothing to do for this organisation.
    const soon = new Date(opened.getTime() + REPORT_REFRESH_AFTER_MS - MINUTE);
    await refreshReportSnapshots(db, soon);
    expect(await computedAt()).toBe(opened.toISOString());
    // Old enough: computed again, and the next viewing is served from it.
    const due = new Date(opened.getTime() + REPORT_REFRESH_AFTER_MS);
    expect((await refreshReportSnapshots(db, due)).refreshed).toBeGreaterThanOrEqual(1);
    expect(await computedAt()).toBe(due.toISOString());
    const next = new Date(due.getTime() + 50 * MINUTE);
    expect((await view(next)).asOf).toBe(due.toISOString());
    // A view nobody has opened for a week is forgotten, totals and all.
    const unused = new Date(next.getTime() + REPORT_KEPT_FRESH_FOR_MS + MINUTE);
    expect((await refreshReportSnapshots(db, unused)).forgotten).toBeGreaterThanOrEqual(1);
    expect(await computedAt()).toBeUndefined();
  });

  it("never serves totals computed across a change to people or teams", async () => {
    const at0 = new Date("2026-12-20T09:00:00Z");
    const first = await view(at0);
    // Totals computed before a change but saved after it (a slow computation) carry the
    // generation read before the change, and are not served.
    const [row] = await db
      .select()
      .from(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, org.organisationId));
    if (!row) throw new Error("no snapshot");
    expect(row.computedAt.toISOString()).toBe(first.asOf);
    await addClinician();
    const later = new Date(at0.getTime() + MINUTE);
    expect((await view(later)).asOf).toBe(later.toISOString());
  });
});
