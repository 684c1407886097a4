import { describe, expect, it } from "vitest";

import { reportPeriods } from "./periods";

const iso = (d: Date) => d.toISOString();

describe("reportPeriods", () => {
  it("gives the months ending with the current one, on the organisation's clock, across a year end", () => {
    const periods = reportPeriods({
      granularity: "month",
      count: 3,
      at: new Date("2026-01-15T12:00:00Z"),
      timeZone: "America/Chicago",
    });
    expect(periods.map((p) => [p.key, p.label, iso(p.start), iso(p.end)])).toEqual([
      ["2025-11", "Nov 2025", "2025-11-01T05:00:00.000Z", "2025-12-01T06:00:00.000Z"],
      ["2025-12", "Dec 2025", "2025-12-01T06:00:00.000Z", "2026-01-01T06:00:00.000Z"],
      ["2026-01", "Jan 2026", "2026-01-01T06:00:00.000Z", "2026-02-01T06:00:00.000Z"],
    ]);
  });

  it("puts the evening of the last day in that day's month where the organisation is", () => {
    // 23:30 on 31 March in Chicago is already 1 April in UTC.
    const [march] = reportPeriods({
      granularity: "month",
      count: 1,
      at: new Date("2026-04-01T04:30:00Z"),
      timeZone: "America/Chicago",
    });
    expect(march?.key).toBe("2026-03");
    // March 2026 starts before Chicago's change to summer time and ends after it.
    expect(iso(march?.start ?? new Date(0))).toBe("2026-03-01T06:00:00.000Z");
    expect(iso(march?.end ?? new Date(0))).toBe("2026-04-01T05:00:00.000Z");
  });

  it("gives calendar quarters", () => {
    const periods = reportPeriods({
      granularity: "quarter",
      count: 4,
      at: new Date("2026-11-28T10:00:00Z"),
      timeZone: "Europe/London",
    });
    expect(periods.map((p) => [p.key, p.label, iso(p.start)])).toEqual([
      ["2026-Q1", "Q1 2026", "2026-01-01T00:00:00.000Z"],
      ["2026-Q2", "Q2 2026", "2026-03-31T23:00:00.000Z"],
      ["2026-Q3", "Q3 2026", "2026-06-30T23:00:00.000Z"],
      ["2026-Q4", "Q4 2026", "2026-09-30T23:00:00.000Z"],
    ]);
    expect(iso(periods[3]?.end ?? new Date(0))).toBe("2027-01-01T00:00:00.000Z");
  });

  it("refuses a count below one", () => {
    expect(() =>
      reportPeriods({ granularity: "month", count: 0, at: new Date(), timeZone: "UTC" }),
    ).toThrow(/at least 1/);
  });
});
