import { describe, expect, it } from "vitest";

import { addDays, addMonths, daysBetween, isIsoDate } from "./days";

describe("days", () => {
  it("knows real dates from look-alikes", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    // A two-digit year typed into a date field, and years past any working life.
    expect(isIsoDate("0026-03-10")).toBe(false);
    expect(isIsoDate("9999-12-31")).toBe(false);
  });

  it("moves by days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("moves by months, keeping the day or the month's last", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-07-01", 24)).toBe("2029-07-01");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });
});
