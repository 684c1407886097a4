import { describe, expect, it } from "vitest";

import type { LicenceToMeasure } from "./compliance";
import type { CeEntryFacts, LicenceFacts } from "./progress";
import type { RequirementTemplate } from "./requirements";
import { complianceOn, worstStatus } from "./compliance";
import { licenceProgress, progressWithCarryOver } from "./progress";

const H = 60;

/** 10 hours a two-year cycle, 2 of them ethics; up to 2 hours carried over. */
const TEMPLATE: RequirementTemplate = {
  licenceType: "LPC",
  jurisdiction: "Example",
  cycleMonths: 24,
  totalMinutes: 10 * H,
  categories: [{ category: "ethics", minMinutes: 2 * H }],
  caps: [],
  carryOverMaxMinutes: 2 * H,
};
const HELD: LicenceFacts = { status: "active", cycleStart: "2025-06-01", cycleEnd: "2027-05-31" };

let serial = 0;
function entry(date: string, hours: number, ethics = false): CeEntryFacts {
  serial++;
  return {
    id: `e${String(serial).padStart(3, "0")}`,
    date,
    minutes: hours * H,
    format: "in-person",
    categories: ethics ? ["ethics"] : [],
  };
}

const measured = (
  entries: CeEntryFacts[],
  licence: LicenceFacts = HELD,
  template: RequirementTemplate | null = TEMPLATE,
): LicenceToMeasure => ({ licence, template, entries });

describe("worstStatus", () => {
  it("is at risk when any is, on track when any is, else complete", () => {
    expect(worstStatus([])).toBeNull();
    expect(worstStatus(["complete", "complete"])).toBe("complete");
    expect(worstStatus(["complete", "on-track"])).toBe("on-track");
    expect(worstStatus(["on-track", "at-risk", "complete"])).toBe("at-risk");
  });
});

describe("licenceProgress", () => {
  it("measures only a licence held, with a cycle and a template", () => {
    const entries = [entry("2026-01-10", 4)];
    const today = "2026-11-20";
    expect(licenceProgress({ licence: HELD, template: TEMPLATE, entries, today })).toEqual(
      progressWithCarryOver({
        template: TEMPLATE,
        cycle: { start: "2025-06-01", end: "2027-05-31" },
        entries,
        today,
      }),
    );
    expect(licenceProgress({ licence: HELD, template: null, entries, today })).toBeNull();
    expect(
      licenceProgress({
        licence: { ...HELD, status: "pursuing" },
        template: TEMPLATE,
        entries,
        today,
      }),
    ).toBeNull();
    expect(
      licenceProgress({
        licence: { status: "active", cycleStart: null, cycleEnd: null },
        template: TEMPLATE,
        entries,
        today,
      }),
    ).toBeNull();
  });
});

describe("complianceOn", () => {
  it("reads each licence as its page does that day, and takes the most urgent", () => {
    const complete = measured([entry("2026-03-01", 8), entry("2026-04-01", 2, true)]);
    const onTrack = measured([entry("2026-03-01", 5)]);
    const atRisk = measured([entry("2026-03-01", 1)]);
    expect(complianceOn([complete], "2026-11-20")).toBe("complete");
    expect(complianceOn([complete, onTrack], "2026-11-20")).toBe("on-track");
    expect(complianceOn([onTrack, atRisk, complete], "2026-11-20")).toBe("at-risk");
  });

  it("leaves out entries dated after the day", () => {
    const later = measured([entry("2026-06-01", 8), entry("2026-11-05", 2, true)]);
    expect(complianceOn([later], "2026-11-04")).toBe("on-track");
    expect(complianceOn([later], "2026-11-05")).toBe("complete");
  });

  it("counts hours carried over from the cycle before", () => {
    // 12 hours in the last cycle carry 2 in; with 3 of this cycle's, 5 are counted: on track.
    const carried = measured([entry("2024-06-01", 12), entry("2026-03-01", 3)]);
    expect(complianceOn([carried], "2026-11-20")).toBe("on-track");
    expect(complianceOn([measured([entry("2026-03-01", 3)])], "2026-11-20")).toBe("at-risk");
  });

  it("measures nothing before the cycle, without a template or for a licence worked toward", () => {
    const entries = [entry("2026-03-01", 10, true)];
    expect(complianceOn([measured(entries)], "2025-05-31")).toBeNull();
    // Its first day: nothing logged yet (the entry is later), and not behind.
    expect(complianceOn([measured(entries)], "2025-06-01")).toBe("on-track");
    expect(complianceOn([measured(entries)], "2027-05-31")).toBe("complete");
    // After the cycle's end, until the licence is renewed: measured as the page shows it.
    expect(complianceOn([measured(entries)], "2027-06-01")).toBe("complete");
    expect(complianceOn([measured([entry("2026-03-01", 4)])], "2027-06-01")).toBe("at-risk");
    expect(complianceOn([measured(entries, HELD, null)], "2026-11-20")).toBeNull();
    expect(
      complianceOn([measured(entries, { ...HELD, status: "pursuing" })], "2026-11-20"),
    ).toBeNull();
    expect(
      complianceOn(
        [measured(entries, { status: "active", cycleStart: null, cycleEnd: null })],
        "2026-11-20",
      ),
    ).toBeNull();
    // A licence not measured that day leaves the others to decide.
    expect(complianceOn([measured(entries, HELD, null), measured(entries)], "2026-11-20")).toBe(
      "complete",
    );
  });
});
