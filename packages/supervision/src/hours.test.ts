import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { BoardRule, HourEntry } from "./index";
import { periodOf, summariseByPeriod, summariseHours } from "./index";

const individual = (minutes: number, date = "2026-11-02"): HourEntry => ({
  kind: "individual",
  minutes,
  date,
});
const group = (minutes: number, date = "2026-11-03"): HourEntry => ({
  kind: "group",
  minutes,
  date,
});

describe("summariseHours", () => {
  it("counts every minute as logged without a rule", () => {
    expect(summariseHours([individual(50), individual(60), group(90)])).toEqual({
      individualMinutes: 110,
      groupMinutes: 90,
      countedGroupMinutes: 90,
      countedMinutes: 200,
      adjustments: [],
    });
  });

  it("group hours count half, and says so", () => {
    const summary = summariseHours([individual(60), group(120)], { groupWeight: 0.5 });
    expect(summary.countedGroupMinutes).toBe(60);
    expect(summary.countedMinutes).toBe(120);
    expect(summary.adjustments).toEqual([
      "Group hours count half: 2 h of group supervision count as 1 h.",
    ]);
  });

  it("caps group hours by a number of hours", () => {
    const summary = summariseHours([individual(60), group(600)], { groupCapMinutes: 240 });
    expect([summary.countedGroupMinutes, summary.countedMinutes]).toEqual([240, 300]);
    expect(summary.adjustments).toEqual(["At most 4 h of group supervision count."]);
  });

  it("caps group hours as a share of what counts: at most half", () => {
    const summary = summariseHours([individual(120), group(300)], { groupMaxShare: 0.5 });
    expect([summary.countedGroupMinutes, summary.countedMinutes]).toEqual([120, 240]);
    expect(summary.adjustments).toEqual([
      "Group supervision may be at most 50 % of the hours that count.",
    ]);
  });

  it("applies weight, then cap, then share", () => {
    const summary = summariseHours([individual(600), group(1200)], {
      groupWeight: 0.5,
      groupCapMinutes: 500,
      groupMaxShare: 0.4,
    });
    // 1200 → 600 (half) → 500 (cap) → 400 (40 % of 1000).
    expect(summary.countedGroupMinutes).toBe(400);
    expect(summary.adjustments).toHaveLength(3);
  });

  it("refuses rules and entries out of range", () => {
    expect(() => summariseHours([], { groupWeight: 1.5 })).toThrow(/groupWeight/);
    expect(() => summariseHours([], { groupMaxShare: -0.1 })).toThrow(/groupMaxShare/);
    expect(() => summariseHours([], { groupCapMinutes: 1.5 })).toThrow(/groupCapMinutes/);
    expect(() => summariseHours([individual(-5)])).toThrow(/minutes/);
  });

  it("never counts more than was logged, never less individual time, and keeps the share (any entries, any rule)", () => {
    const entry = fc.record({
      kind: fc.constantFrom("individual" as const, "group" as const),
      minutes: fc.integer({ min: 0, max: 600 }),
      date: fc.constant("2026-11-27"),
    });
    const rule: fc.Arbitrary<BoardRule> = fc.record(
      {
        groupWeight: fc.double({ min: 0, max: 1, noNaN: true }),
        groupCapMinutes: fc.integer({ min: 0, max: 3000 }),
        groupMaxShare: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), rule, (entries, r) => {
        const s = summariseHours(entries, r);
        expect(s.countedGroupMinutes).toBeLessThanOrEqual(s.groupMinutes + 0.01);
        expect(s.countedGroupMinutes).toBeGreaterThanOrEqual(0);
        expect(s.countedMinutes - s.countedGroupMinutes).toBe(s.individualMinutes);
        if (r.groupCapMinutes !== undefined)
          expect(s.countedGroupMinutes).toBeLessThanOrEqual(r.groupCapMinutes + 0.01);
        if (r.groupMaxShare !== undefined && s.countedMinutes > 0)
          expect(s.countedGroupMinutes / s.countedMinutes).toBeLessThanOrEqual(
            r.groupMaxShare + 0.001,
          );
        // Without adjustments, counted is logged.
        if (s.adjustments.length === 0) expect(s.countedGroupMinutes).toBe(s.groupMinutes);
      }),
      { seed: 20_261_127, numRuns: 300 },
    );
  });
});

describe("periods", () => {
  it("names months, quarters and years", () => {
    expect(["month", "quarter", "year"].map((p) => periodOf("2026-11-27", p as "month"))).toEqual([
      "2026-11",
      "2026-Q4",
      "2026",
    ]);
    expect(() => periodOf("27/11/2026", "month")).toThrow(/YYYY-MM-DD/);
  });

  it("summarises each period with entries, oldest first", () => {
    const byQuarter = summariseByPeriod(
      [individual(60, "2026-11-02"), group(90, "2026-02-10"), individual(50, "2026-12-31")],
      "quarter",
    );
    expect(byQuarter.map((p) => [p.period, p.summary.countedMinutes])).toEqual([
      ["2026-Q1", 90],
      ["2026-Q4", 110],
    ]);
  });
});
