import { describe, expect, it } from "vitest";

import { projectLicensure } from "./licensure";

const H = 60;

/** `hours` on each of `weeks` weeks ending on `last` (weekly, going back). */
function weekly(last: string, weeks: number, hours: number) {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) => ({
    date: new Date(end - i * 7 * 86_400_000).toISOString().slice(0, 10),
    minutes: hours * H,
  }));
}

describe("projectLicensure", () => {
  it("projects the date the required hours are met at the last 26 weeks' pace", () => {
    // Two hours a week for a year: 104 done, 26 weeks of pace at 2 a week.
    const p = projectLicensure({
      requiredMinutes: 200 * H,
      entries: weekly("2026-11-26", 52, 2),
      today: "2026-11-26",
    });
    expect([p.doneMinutes, p.remainingMinutes, p.minutesPerWeek]).toEqual([104 * H, 96 * H, 2 * H]);
    // 96 hours at 2 a week: 48 weeks.
    expect(p.projectedDate).toBe("2027-10-28");
  });

  it("measures a recent start over the weeks since it, not 26", () => {
    const p = projectLicensure({
      requiredMinutes: 100 * H,
      entries: weekly("2026-11-26", 10, 3),
      today: "2026-11-26",
    });
    // Ten weekly entries: 30 hours in ten weeks, 3 a week; 70 to go is 163⅓ days.
    expect(p.minutesPerWeek).toBe(3 * H);
    expect(p.projectedDate).toBe("2027-05-09");
  });

  it("gives no date without a recent pace, and today once the hours are met", () => {
    const stalled = projectLicensure({
      requiredMinutes: 100 * H,
      entries: [{ date: "2024-01-10", minutes: 10 * H }],
      today: "2026-11-26",
    });
    expect([stalled.minutesPerWeek, stalled.projectedDate]).toEqual([0, null]);
    expect(
      projectLicensure({ requiredMinutes: 100 * H, entries: [], today: "2026-11-26" }),
    ).toMatchObject({ doneMinutes: 0, projectedDate: null });
    const met = projectLicensure({
      requiredMinutes: 10 * H,
      entries: weekly("2026-11-20", 6, 2),
      today: "2026-11-26",
    });
    expect([met.remainingMinutes, met.projectedDate]).toEqual([0, "2026-11-26"]);
  });

  it("gives no date when the pace would take more than 30 years", () => {
    const crawl = projectLicensure({
      requiredMinutes: 10_000 * H,
      entries: [{ date: "2026-06-01", minutes: 15 }],
      today: "2026-11-26",
    });
    expect(crawl.minutesPerWeek).toBeGreaterThan(0);
    expect(crawl.projectedDate).toBeNull();
  });

  it("ignores hours dated after today", () => {
    const p = projectLicensure({
      requiredMinutes: 10 * H,
      entries: [
        { date: "2026-11-20", minutes: 2 * H },
        { date: "2026-12-20", minutes: 8 * H },
      ],
      today: "2026-11-26",
    });
    expect(p.doneMinutes).toBe(2 * H);
  });
});
