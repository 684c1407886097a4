import { describe, expect, it } from "vitest";

import { readCsvDocument } from "@tend/csv";

import type { CellTotals } from "./team-report";
import { teamReportCsv } from "./csv";
import { buildTeamReport } from "./team-report";

const BANDS = { low: "Low", moderate: "Moderate", high: "High" };

const TOTALS: Record<string, CellTotals> = {
  a: { respondents: 8, sum: 8 * 25, bands: { low: 2, moderate: 6 } },
  b: { respondents: 3, sum: 3 * 41, bands: { moderate: 2, high: 1 } },
  c: { respondents: 6, sum: 6 * 33, bands: { moderate: 6 } },
};

/** October: team a has 8 respondents, b 3 (hidden), c 6 (its complement). */
const report = buildTeamReport({
  k: 5,
  periods: [{ key: "2026-10", label: "Oct 2026" }],
  cells: [
    { key: "a", name: "Adult, outpatient", members: 10 },
    { key: "b", name: '=HYPERLINK("x")', members: 4 },
    { key: "c", name: "Child team", members: 7 },
  ],
  measures: [
    {
      id: "burnout",
      label: "Burnout",
      bands: ["low", "moderate", "high"],
      higherIsBetter: false,
      range: { min: 10, max: 50 },
    },
  ],
  totals: (_period, _measure, cell) => TOTALS[cell],
  participants: (_period, cell) => ({ a: 9, b: 3, c: 6 })[cell] ?? 0,
  rates: [
    {
      id: "hours",
      label: "Supervision hours per clinician a month",
      unit: "hours",
      higherIsBetter: true,
      range: { min: 0, max: 4 },
    },
  ],
  // Team a: 10 members, 25 hours in all; b 4 members (hidden); c 7 members, 7 hours.
  rateTotals: (_period, _rate, cell) =>
    ({
      a: { respondents: 10, numerator: 25, denominator: 10 },
      b: { respondents: 4, numerator: 2, denominator: 4 },
      c: { respondents: 7, numerator: 7, denominator: 7 },
    })[cell],
  counts: [
    { id: "meetings", label: "Peer group meetings held" },
    { id: "groups", label: "Peer groups active" },
  ],
  countTotals: () => ({ respondents: 6, values: { meetings: 9 } }),
});

/** The same month with fewer than k clinicians in peer groups. */
const fewInGroups = buildTeamReport({
  k: 5,
  periods: [{ key: "2026-10", label: "Oct 2026" }],
  cells: [],
  measures: [],
  totals: () => undefined,
  participants: () => 0,
  counts: [{ id: "meetings", label: "Peer group meetings held" }],
  countTotals: () => ({ respondents: 3, values: { meetings: 9 } }),
});

describe("teamReportCsv", () => {
  const rows = readCsvDocument(teamReportCsv(report, BANDS));
  const header = rows[0] ?? [];
  const at = (measure: string, group: string) => {
    const row = rows.find((r) => r[0] === measure && r[2] === group);
    if (!row) throw new Error(`no row for ${measure} / ${group}`);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  };

  it("has a header and one row per measure, period and group", () => {
    expect(header).toEqual([
      "measure",
      "period",
      "group",
      "status",
      "people",
      "members",
      "participation",
      "mean",
      "share low",
      "share moderate",
      "share high",
      "rate",
      "count",
      "note",
    ]);
    // Participation, burnout and supervision hours, each for the organisation and three teams,
    // then the two counts for the organisation.
    expect(rows).toHaveLength(1 + 3 * 4 + 2);
  });

  it("writes shown figures", () => {
    expect(at("Burnout", "Whole organisation")).toMatchObject({
      status: "shown",
      people: "17",
      mean: "30.6", // (200 + 123 + 198) / 17
      "share low": "0.118",
    });
    expect(at("Participation", "Adult, outpatient")).toMatchObject({
      people: "9",
      members: "10",
      participation: "0.9",
    });
    expect(at("Supervision hours per clinician a month", "Adult, outpatient")).toMatchObject({
      people: "10",
      rate: "2.5",
      mean: "",
    });
    // (25 + 2 + 7) hours over 21 clinicians.
    expect(at("Supervision hours per clinician a month", "Whole organisation").rate).toBe("1.6");
    expect(at("Peer group meetings held", "Whole organisation")).toMatchObject({
      status: "shown",
      people: "6",
      count: "9",
      rate: "",
    });
    expect(at("Peer groups active", "Whole organisation").count).toBe("0");
  });

  it("marks hidden cells and leaves every figure of theirs empty", () => {
    const hidden = rows.filter((r) => r[3] === "hidden");
    // b under k and c as its complement, in all three measures.
    expect(hidden).toHaveLength(6);
    for (const row of hidden) {
      expect(
        row.slice(4, 13).every((f) => f === ""),
        row.join(","),
      ).toBe(true);
      expect(row[13]).toMatch(/^hidden: /);
    }
    expect(at("Burnout", "Child team").note).toBe("hidden: would reveal a smaller hidden group");
  });

  it("marks a count hidden when fewer than k stand behind it, and leaves it empty", () => {
    const [head, ...all] = readCsvDocument(teamReportCsv(fewInGroups, BANDS));
    const counted = all.filter((r) => r[0] === "Peer group meetings held");
    expect(counted).toEqual([
      [
        "Peer group meetings held",
        "Oct 2026",
        "Whole organisation",
        "hidden",
        ...Array.from({ length: 9 }, () => ""),
        "hidden: fewer than k people",
      ],
    ]);
    expect(head).toHaveLength(14);
  });

  it("keeps a team name that looks like a formula as text", () => {
    expect(rows.some((r) => r[2] === `'=HYPERLINK("x")`)).toBe(true);
  });
});
