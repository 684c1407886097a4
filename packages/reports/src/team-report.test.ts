import { describe, expect, it } from "vitest";

import type { CellTotals, CountTotals } from "./team-report";
import { buildTeamReport } from "./team-report";

const PERIODS = [
  { key: "2026-10", label: "Oct 2026" },
  { key: "2026-11", label: "Nov 2026" },
];
const CELLS = [
  { key: "a", name: "Adult team", members: 10 },
  { key: "b", name: "Crisis team", members: 4 },
  { key: "c", name: "Child team", members: 7 },
];

/** Burnout totals: in October a has 8 respondents, b 3 and c 6; in November only a answered. */
const DATA: Record<string, Record<string, CellTotals>> = {
  "2026-10": {
    a: { respondents: 8, sum: 8 * 25, bands: { low: 2, moderate: 6 } },
    b: { respondents: 3, sum: 3 * 40, bands: { moderate: 2, high: 1 } },
    c: { respondents: 6, sum: 6 * 30, bands: { moderate: 6 } },
  },
  "2026-11": { a: { respondents: 5, sum: 5 * 20, bands: { low: 5 } } },
};

/** Who completed any check: in October a has 9, b 3 and c 6. */
const PARTICIPANTS: Record<string, Record<string, number>> = {
  "2026-10": { a: 9, b: 3, c: 6 },
  "2026-11": { a: 5 },
};

const report = buildTeamReport({
  k: 5,
  periods: PERIODS,
  cells: CELLS,
  measures: [
    {
      id: "burnout",
      label: "Burnout",
      bands: ["low", "moderate", "high"],
      higherIsBetter: false,
      range: { min: 10, max: 50 },
    },
  ],
  totals: (period, _measure, cell) => DATA[period]?.[cell],
  participants: (period, cell) => PARTICIPANTS[period]?.[cell] ?? 0,
});

describe("buildTeamReport", () => {
  it("shows the organisation's figure over every respondent, and each team's only from k", () => {
    const [october, november] = report.measures[0]?.periods ?? [];
    expect(october?.breakdown).toEqual({
      status: "published",
      total: {
        key: "organisation",
        status: "shown",
        respondents: 17,
        value: {
          mean: 29.4, // (200 + 120 + 180) / 17
          bands: [
            { id: "low", share: 0.118 },
            { id: "moderate", share: 0.824 },
            { id: "high", share: 0.059 },
          ],
        },
      },
      cells: [
        {
          key: "a",
          status: "shown",
          respondents: 8,
          value: {
            mean: 25,
            bands: [
              { id: "low", share: 0.25 },
              { id: "moderate", share: 0.75 },
              { id: "high", share: 0 },
            ],
          },
        },
        { key: "b", status: "hidden", reason: "fewer-than-k" },
        { key: "c", status: "hidden", reason: "complementary" },
      ],
    });
    // November: only a answered, so b and c hide nobody and a is the total.
    expect(november?.breakdown).toMatchObject({
      status: "published",
      total: { status: "shown", respondents: 5 },
      cells: [
        { key: "a", status: "shown", respondents: 5 },
        { key: "b", status: "hidden", reason: "fewer-than-k" },
        { key: "c", status: "hidden", reason: "fewer-than-k" },
      ],
    });
  });

  it("gives participation as the share of members who completed any check, under the same rules", () => {
    const [october] = report.participation.periods;
    expect(october?.breakdown).toEqual({
      status: "published",
      total: {
        key: "organisation",
        status: "shown",
        respondents: 18,
        value: { members: 21, share: 0.857 },
      },
      cells: [
        { key: "a", status: "shown", respondents: 9, value: { members: 10, share: 0.9 } },
        { key: "b", status: "hidden", reason: "fewer-than-k" },
        { key: "c", status: "hidden", reason: "complementary" },
      ],
    });
    expect(report.cells).toEqual(CELLS.map(({ key, name }) => ({ key, name })));
    expect(report.periods).toEqual(PERIODS);
  });

  it("gives a protective factor as a rate over the people it describes, under the same rules", () => {
    const rates = buildTeamReport({
      k: 5,
      periods: PERIODS,
      cells: CELLS,
      measures: [],
      totals: () => undefined,
      participants: () => 0,
      rates: [
        {
          id: "coverage",
          label: "Supervised in the last 30 days",
          unit: "share",
          higherIsBetter: true,
          range: { min: 0, max: 1 },
        },
        {
          id: "cosigned",
          label: "Hours cosigned within 14 days",
          unit: "share",
          higherIsBetter: true,
          range: { min: 0, max: 1 },
        },
      ],
      rateTotals: (period, rate, cell) => {
        if (period !== "2026-11") return undefined;
        const members = CELLS.find((c) => c.key === cell)?.members ?? 0;
        // Coverage describes every member; cosigning only those who logged hours.
        if (rate === "coverage")
          return {
            respondents: members,
            numerator: { a: 7, b: 4, c: 3 }[cell] ?? 0,
            denominator: members,
          };
        return cell === "a"
          ? { respondents: 6, numerator: 9, denominator: 12 }
          : { respondents: 2, numerator: 2, denominator: 2 };
      },
      selection: new Set(["a", "b", "c"]),
    });
    expect(rates.factors.map((f) => [f.id, f.unit])).toEqual([
      ["coverage", "share"],
      ["cosigned", "share"],
    ]);
    const [coverage, cosigned] = rates.factors;
    // Every team selected: the selection is the organisation, and the small team stays hidden.
    expect(coverage?.periods[1]?.breakdown).toEqual({
      status: "published",
      total: { key: "selection", status: "shown", respondents: 21, value: { rate: 0.667 } },
      cells: [
        { key: "a", status: "shown", respondents: 10, value: { rate: 0.7 } },
        { key: "b", status: "hidden", reason: "fewer-than-k" },
        { key: "c", status: "hidden", reason: "complementary" },
      ],
    });
    // Two people logged hours in b and in c: both hidden, a shown, the total over all ten.
    expect(cosigned?.periods[1]?.breakdown).toMatchObject({
      status: "published",
      total: { status: "shown", respondents: 10, value: { rate: 0.813 } },
      cells: [
        { key: "a", status: "shown", value: { rate: 0.75 } },
        { key: "b", status: "hidden" },
        { key: "c", status: "hidden" },
      ],
    });
    // October had nothing: hidden everywhere, no figure made up.
    expect(coverage?.periods[0]?.breakdown).toMatchObject({ total: { status: "hidden" } });
  });

  it("gives counts of the whole organisation per period, hidden when fewer than k stand behind them", () => {
    const counted = buildTeamReport({
      k: 5,
      periods: PERIODS,
      cells: CELLS,
      measures: [],
      totals: () => undefined,
      participants: () => 0,
      counts: [
        { id: "groups_active", label: "Peer groups active" },
        { id: "meetings_held", label: "Peer group meetings held" },
      ],
      countTotals: (period): CountTotals =>
        period === "2026-10"
          ? { respondents: 4, values: { groups_active: 1, meetings_held: 4 } }
          : { respondents: 12, values: { groups_active: 2 } },
      // A team filter does not narrow them: they stay the organisation's.
      selection: new Set(["a"]),
    });
    expect(counted.counts).toEqual([
      {
        id: "groups_active",
        label: "Peer groups active",
        periods: [
          {
            period: "2026-10",
            figure: { key: "organisation", status: "hidden", reason: "fewer-than-k" },
          },
          {
            period: "2026-11",
            figure: { key: "organisation", status: "shown", respondents: 12, value: { count: 2 } },
          },
        ],
      },
      {
        id: "meetings_held",
        label: "Peer group meetings held",
        periods: [
          {
            period: "2026-10",
            figure: { key: "organisation", status: "hidden", reason: "fewer-than-k" },
          },
          // A count with no value in a shown period is none, not hidden.
          {
            period: "2026-11",
            figure: { key: "organisation", status: "shown", respondents: 12, value: { count: 0 } },
          },
        ],
      },
    ]);
    // Without counts, the report has none.
    expect(report.counts).toEqual([]);
  });
});
