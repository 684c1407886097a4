/**
 * CE compliance in the team report: licences, templates and CE entries written straight into
 * the tables, at a fixed clock, so each clinician's standing on each period's day is known and
 * the shares, what is hidden and why, follow from it.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import type { ProgressStatus } from "@tend/development";
import { readCsvDocument } from "@tend/csv";
import {
  ceEntries,
  ceEntryLicences,
  ceTemplates,
  licences,
  reportSnapshots,
  teams,
} from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { worstStatus } from "@tend/development";

import type { MemberActor } from "../actor";
import { listOwnLicences } from "../development/licences";
import { actorOf } from "../testing";
import { teamWellbeingCsv, teamWellbeingReport } from "./wellbeing";

const db = connectTestDb();
let org: TestOrganisation;
let admin: MemberActor;
/** A Friday in November (UTC, the organisation's zone): October is measured on the 31st. */
const NOW = new Date("2026-11-20T12:00:00Z");
const MINUTE = 60_000;
const H = 60;
/** The current cycle of most licences: two years, about three quarters gone by November. */
const CYCLE = { cycleStart: "2025-06-01", cycleEnd: "2027-05-31" };
/** What each clinician's own page says today, by membership, for those measured. */
const expected = new Map<string, ProgressStatus>();
const north: TestMember[] = [];
const south: TestMember[] = [];
const entryIds: string[] = [];

async function template(params: { totalHours: number; carryOverHours: number }) {
  const [row] = await db
    .insert(ceTemplates)
    .values({
      organisationId: org.organisationId,
      name: `${params.totalHours} hours ${randomUUID().slice(0, 6)}`,
      licenceType: "LPC",
      jurisdiction: "Example",
      cycleMonths: 24,
      totalMinutes: params.totalHours * H,
      categories: [{ category: "ethics", minMinutes: 2 * H }],
      caps: [],
      carryOverMaxMinutes: params.carryOverHours * H,
    })
    .returning({ id: ceTemplates.id });
  if (!row) throw new Error("no template");
  return row.id;
}

async function licence(
  member: TestMember,
  params: {
    templateId: string | null;
    cycle?: { cycleStart: string; cycleEnd: string } | null;
    status?: "active" | "pursuing";
  },
) {
  const cycle = params.cycle === undefined ? CYCLE : params.cycle;
  const [row] = await db
    .insert(licences)
    .values({
      organisationId: org.organisationId,
      membershipId: member.membershipId,
      type: "LPC",
      jurisdiction: "Example",
      status: params.status ?? "active",
      templateId: params.templateId,
      cycleStart: cycle?.cycleStart ?? null,
      cycleEnd: cycle?.cycleEnd ?? null,
    })
    .returning({ id: licences.id });
  if (!row) throw new Error("no licence");
  return row.id;
}

/** A CE entry of `hours` on `date` counting toward `licenceIds` (ethics when `ethics`). */
async function entry(
  member: TestMember,
  licenceIds: string[],
  params: { date: string; hours: number; ethics?: boolean },
) {
  const [row] = await db
    .insert(ceEntries)
    .values({
      organisationId: org.organisationId,
      membershipId: member.membershipId,
      title: "Workshop",
      date: params.date,
      minutes: params.hours * H,
      format: "in-person",
      categories: params.ethics ? ["ethics"] : [],
    })
    .returning({ id: ceEntries.id });
  if (!row) throw new Error("no entry");
  entryIds.push(row.id);
  await db
    .insert(ceEntryLicences)
    .values(licenceIds.map((licenceId) => ({ entryId: row.id, licenceId })));
}

async function team(name: string, size: number) {
  const [row] = await db
    .insert(teams)
    .values({ organisationId: org.organisationId, name })
    .returning({ id: teams.id });
  if (!row) throw new Error("no team");
  const members: TestMember[] = [];
  for (let i = 0; i < size; i++) {
    const suffix = randomUUID().slice(0, 8);
    members.push(
      await addTestMember(
        db,
        { organisationId: org.organisationId, teamId: row.id },
        { name: `${name} ${i} ${suffix}`, email: `ce-${suffix}@test.example` },
        ["clinician"],
      ),
    );
  }
  return members;
}

/** Eight hours, then two of ethics: the ten-hour template's requirements, complete. */
async function completeFor(member: TestMember, licenceId: string) {
  await entry(member, [licenceId], { date: "2026-06-01", hours: 8 });
  await entry(member, [licenceId], { date: "2026-07-01", hours: 2, ethics: true });
}

beforeAll(async () => {
  org = await createTestOrganisation(db, "CE compliance");
  admin = await actorOf(db, org.admin);
  const tenHours = await template({ totalHours: 10, carryOverHours: 2 });
  const twentyHours = await template({ totalHours: 20, carryOverHours: 0 });
  north.push(...(await team("North team", 8)));
  south.push(...(await team("South team", 5)));
  const [n0, n1, n2, n3, n4, n5, n6, n7] = north;
  if (!n0 || !n1 || !n2 || !n3 || !n4 || !n5 || !n6 || !n7) throw new Error("fixture too small");

  // North: six clinicians measured, two others not.
  for (const member of [n0, n1]) {
    await completeFor(member, await licence(member, { templateId: tenHours }));
    expected.set(member.membershipId, "complete");
  }
  // Three hours of this cycle and two carried over from the last (twelve logged then): five
  // counted, on track; without the carry-over, at risk.
  const carried = await licence(n2, { templateId: tenHours });
  await entry(n2, [carried], { date: "2024-06-01", hours: 12 });
  await entry(n2, [carried], { date: "2026-03-01", hours: 3 });
  expected.set(n2.membershipId, "on-track");
  await entry(n3, [await licence(n3, { templateId: tenHours })], {
    date: "2026-03-01",
    hours: 5,
  });
  expected.set(n3.membershipId, "on-track");
  // Two licences, one entry counting toward both: the ten-hour one is complete, the twenty-hour
  // one, ending within 90 days, at risk. The clinician is at risk.
  const done = await licence(n4, { templateId: tenHours });
  const ending = await licence(n4, {
    templateId: twentyHours,
    cycle: { cycleStart: "2025-01-01", cycleEnd: "2026-12-31" },
  });
  await entry(n4, [done, ending], { date: "2026-05-01", hours: 10, ethics: true });
  expected.set(n4.membershipId, "at-risk");
  // Everything logged on 1 November: complete now, at risk at October's end.
  await entry(n5, [await licence(n5, { templateId: tenHours })], {
    date: "2026-11-01",
    hours: 10,
    ethics: true,
  });
  expected.set(n5.membershipId, "complete");
  // n6 holds no licence. n7 works toward one, holds one with no requirements chosen, and one
  // whose cycle begins next year: none of them is measured.
  await completeFor(n7, await licence(n7, { templateId: tenHours, status: "pursuing" }));
  await licence(n7, { templateId: null });
  await licence(n7, {
    templateId: tenHours,
    cycle: { cycleStart: "2027-01-01", cycleEnd: "2028-12-31" },
  });

  // South: four complete, and one whose licence's cycle began on 1 November (on track now, not
  // measured in October).
  for (const member of south.slice(0, 4)) {
    await completeFor(member, await licence(member, { templateId: tenHours }));
    expected.set(member.membershipId, "complete");
  }
  const [s4] = south.slice(4);
  if (!s4) throw new Error("fixture too small");
  await licence(s4, {
    templateId: tenHours,
    cycle: { cycleStart: "2026-11-01", cycleEnd: "2028-10-31" },
  });
  expected.set(s4.membershipId, "on-track");

  // The fixture's own team of three clinicians: an hour each, at risk.
  for (const member of [org.clinician, org.otherClinician, org.supervisingClinician]) {
    await entry(member, [await licence(member, { templateId: tenHours })], {
      date: "2026-02-01",
      hours: 1,
    });
    expected.set(member.membershipId, "at-risk");
  }

  // Another organisation's clinician, at risk: never counted here.
  const elsewhere = await createTestOrganisation(db, "CE compliance elsewhere");
  const [theirs] = await db
    .insert(licences)
    .values({
      organisationId: elsewhere.organisationId,
      membershipId: elsewhere.clinician.membershipId,
      type: "LPC",
      jurisdiction: "Example",
      status: "active",
      ...CYCLE,
      templateId: null,
    })
    .returning({ id: licences.id });
  if (!theirs) throw new Error("no licence");
}, 60_000);
afterAll(() => db.close());

type Report = Awaited<ReturnType<typeof teamWellbeingReport>>;

/** A factor's figure per group (organisation first) in a period: the rate or the reason. */
function figures(report: Report, id: string, periodIndex: number) {
  const factor = report.factors.find((f) => f.id === id);
  const breakdown = factor?.periods.at(periodIndex)?.breakdown;
  if (breakdown?.status !== "published") throw new Error(`${id} was not published`);
  const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
  return Object.fromEntries(
    [breakdown.total, ...breakdown.cells].map((c) => [
      name(c.key),
      c.status === "shown" ? c.value.rate : c.reason,
    ]),
  );
}

/** The people behind a factor's shown figures in a period, by group. */
function respondents(report: Report, id: string, periodIndex: number) {
  const breakdown = report.factors.find((f) => f.id === id)?.periods.at(periodIndex)?.breakdown;
  if (breakdown?.status !== "published") throw new Error(`${id} was not published`);
  const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
  return Object.fromEntries(
    [breakdown.total, ...breakdown.cells].flatMap((c) =>
      c.status === "shown" ? [[name(c.key), c.respondents]] : [],
    ),
  );
}

const view = (now: Date) =>
  teamWellbeingReport(db, admin, { granularity: "month", periods: 2 }, now);

describe("CE compliance in the team report", () => {
  it("reports the shares complete, on track and at risk, with the same rules as every figure", async () => {
    const report = await view(NOW);
    expect(
      report.factors
        .filter((f) => f.id.startsWith("ce_"))
        .map((f) => [f.id, f.label, f.unit, f.higherIsBetter, f.range]),
    ).toEqual([
      ["ce_complete", "CE requirements complete", "share", true, { min: 0, max: 1 }],
      ["ce_on_track", "CE on track", "share", true, { min: 0, max: 1 }],
      ["ce_at_risk", "CE at risk", "share", false, { min: 0, max: 1 }],
    ]);

    // November, measured today. North: of its six measured (not its eight members), three
    // complete, two on track, one at risk. Team A's three are fewer than k; South, the only
    // other cell, is hidden with it so that Team A's figure cannot be worked out. The
    // organisation stands for all fourteen.
    expect(figures(report, "ce_complete", -1)).toEqual({
      organisation: 0.5,
      "North team": 0.5,
      "South team": "complementary",
      "Team A": "fewer-than-k",
    });
    expect(figures(report, "ce_on_track", -1)).toEqual({
      organisation: 0.214,
      "North team": 0.333,
      "South team": "complementary",
      "Team A": "fewer-than-k",
    });
    expect(figures(report, "ce_at_risk", -1)).toEqual({
      organisation: 0.286,
      "North team": 0.167,
      "South team": "complementary",
      "Team A": "fewer-than-k",
    });
    expect(respondents(report, "ce_complete", -1)).toEqual({
      organisation: 14,
      "North team": 6,
    });
  });

  it("measures a past period on its last day: later entries and cycles do not count", async () => {
    const report = await view(NOW);
    // October, measured on the 31st: the entry of 1 November leaves one North clinician at
    // risk, and South's licence whose cycle began on 1 November is not measured, so South's
    // four are fewer than k. With two cells hidden for their size, North is shown.
    expect(figures(report, "ce_complete", 0)).toEqual({
      organisation: 0.462,
      "North team": 0.333,
      "South team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    expect(figures(report, "ce_on_track", 0)).toEqual({
      organisation: 0.154,
      "North team": 0.333,
      "South team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    expect(figures(report, "ce_at_risk", 0)).toEqual({
      organisation: 0.385,
      "North team": 0.333,
      "South team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    expect(respondents(report, "ce_at_risk", 0)).toEqual({ organisation: 13, "North team": 6 });
  });

  it("agrees with what each clinician's own page shows today", async () => {
    const measured = [...north, ...south, org.clinician, org.otherClinician];
    measured.push(org.supervisingClinician);
    const today = "2026-11-20";
    const shown = new Map<string, ProgressStatus | null>();
    for (const member of measured) {
      const own = await listOwnLicences(db, await actorOf(db, member), NOW);
      shown.set(
        member.membershipId,
        worstStatus(
          own.flatMap((l) =>
            l.progress && l.cycleStart && l.cycleStart <= today && l.cycleEnd && today <= l.cycleEnd
              ? [l.progress.status]
              : [],
          ),
        ),
      );
    }
    const wanted = new Map(
      measured.map((m) => [m.membershipId, expected.get(m.membershipId) ?? null]),
    );
    expect(shown).toEqual(wanted);
  });

  it("exports the three rows per period and group, hidden ones left empty", async () => {
    const { csv } = await teamWellbeingCsv(db, admin, { granularity: "month", periods: 2 }, NOW);
    const rows = readCsvDocument(csv);
    const header = rows[0] ?? [];
    const rate = header.indexOf("rate");
    const status = header.indexOf("status");
    const row = (measure: string, period: string, group: string) =>
      rows.find((r) => r[0] === measure && r[1] === period && r[2] === group);
    for (const measure of ["CE requirements complete", "CE on track", "CE at risk"])
      expect(rows.filter((r) => r[0] === measure)).toHaveLength(2 * 4);
    expect(row("CE requirements complete", "Nov 2026", "North team")?.[rate]).toBe("0.5");
    expect(row("CE at risk", "Oct 2026", "Whole organisation")?.[rate]).toBe("0.385");
    const hidden = row("CE on track", "Nov 2026", "Team A");
    expect([hidden?.[status], hidden?.[rate]]).toEqual(["hidden", ""]);
  });

  it("never sends or keeps whose licence or entry a figure counts", async () => {
    const report = await view(NOW);
    const [snapshot] = await db
      .select({ totals: reportSnapshots.totals })
      .from(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, org.organisationId));
    for (const text of [JSON.stringify(report), JSON.stringify(snapshot)]) {
      for (const member of [...north, ...south]) expect(text).not.toContain(member.membershipId);
      for (const id of entryIds) expect(text).not.toContain(id);
    }
  });

  it("computes again totals saved before CE compliance was reported", async () => {
    const first = await view(NOW);
    // A snapshot as saved before: the same totals without the CE compliance factors.
    const [saved] = await db
      .select({ totals: reportSnapshots.totals })
      .from(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, org.organisationId));
    if (!saved) throw new Error("no snapshot");
    const older = {
      ...saved.totals,
      periods: saved.totals.periods.map((p) => ({
        ...p,
        rates: Object.fromEntries(Object.entries(p.rates).filter(([id]) => !id.startsWith("ce_"))),
      })),
    };
    await db
      .update(reportSnapshots)
      .set({ totals: older })
      .where(eq(reportSnapshots.organisationId, org.organisationId));
    const later = new Date(NOW.getTime() + MINUTE);
    const again = await view(later);
    expect(again.asOf).toBe(later.toISOString());
    expect(figures(again, "ce_complete", -1)).toEqual(figures(first, "ce_complete", -1));
    // Saved with them, the totals are served as they are within the hour.
    const soon = new Date(NOW.getTime() + 2 * MINUTE);
    expect((await view(soon)).asOf).toBe(later.toISOString());
  });
});
