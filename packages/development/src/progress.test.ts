import { describe, expect, it } from "vitest";

import type { CeEntryFacts } from "./progress";
import type { RequirementTemplate } from "./requirements";
import {
  carryOver,
  dueReminder,
  evaluateProgress,
  nextCycle,
  progressWithCarryOver,
} from "./progress";
import { checkTemplate, EXAMPLE_TEMPLATES } from "./requirements";

const H = 60;

/** 20 hours a cycle: 3 of ethics, 2 of suicide prevention; self-study at most 6. */
const TEMPLATE: RequirementTemplate = {
  licenceType: "LPC",
  jurisdiction: "Example",
  cycleMonths: 24,
  totalMinutes: 20 * H,
  categories: [
    { category: "ethics", minMinutes: 3 * H },
    { category: "suicide-prevention", minMinutes: 2 * H },
  ],
  caps: [{ formats: ["self-study"], maxMinutes: 6 * H }],
  carryOverMaxMinutes: 4 * H,
};
const CYCLE = { start: "2025-07-01", end: "2027-06-30" };

let serial = 0;
function entry(
  date: string,
  hours: number,
  format: CeEntryFacts["format"] = "in-person",
  categories: CeEntryFacts["categories"] = [],
): CeEntryFacts {
  serial++;
  return {
    id: `e${String(serial).padStart(3, "0")}`,
    date,
    minutes: hours * H,
    format,
    categories,
  };
}

const evaluate = (entries: CeEntryFacts[], today = "2026-07-01", carriedIn = 0) =>
  evaluateProgress({ template: TEMPLATE, cycle: CYCLE, entries, today, carriedIn });

describe("evaluateProgress", () => {
  it("counts hours toward the total and each category, and says what is missing", () => {
    const p = evaluate([
      entry("2025-09-10", 3, "in-person", ["ethics"]),
      entry("2026-01-15", 6, "live-online", ["clinical-practice"]),
    ]);
    expect([p.required, p.counted, p.missing]).toEqual([20 * H, 9 * H, 11 * H]);
    expect(p.categories).toEqual([
      { category: "ethics", required: 3 * H, counted: 3 * H, missing: 0 },
      { category: "suicide-prevention", required: 2 * H, counted: 0, missing: 2 * H },
    ]);
  });

  it("gives an entry's hours to every category it covers, and once to the total", () => {
    const p = evaluate([entry("2026-02-01", 3, "in-person", ["ethics", "suicide-prevention"])]);
    expect(p.counted).toBe(3 * H);
    expect(p.categories.map((c) => c.counted)).toEqual([3 * H, 3 * H]);
  });

  it("counts self-study up to its limit, earliest first, an entry crossing it in part", () => {
    const first = entry("2025-08-01", 4, "self-study", ["ethics"]);
    const crossing = entry("2025-10-01", 4, "self-study", ["suicide-prevention"]);
    const beyond = entry("2026-03-01", 2, "self-study", ["ethics"]);
    const live = entry("2026-04-01", 5, "in-person");
    const p = evaluate([beyond, live, crossing, first]);
    expect(p.entries).toEqual([
      { id: first.id, counted: 4 * H },
      { id: crossing.id, counted: 2 * H },
      { id: beyond.id, counted: 0 },
      { id: live.id, counted: 5 * H },
    ]);
    expect(p.caps).toEqual([
      { formats: ["self-study"], maxMinutes: 6 * H, logged: 10 * H, counted: 6 * H, excess: 4 * H },
    ]);
    expect([p.logged, p.counted]).toEqual([15 * H, 11 * H]);
    // Categories get only what counted: ethics 4 (not 6), suicide prevention 2 (not 4).
    expect(p.categories.map((c) => c.counted)).toEqual([4 * H, 2 * H]);
  });

  it("counts the cycle's first and last days, and nothing outside them", () => {
    const p = evaluate(
      [
        entry("2025-06-30", 1),
        entry("2025-07-01", 2),
        entry("2027-06-30", 4),
        entry("2027-07-01", 8),
      ],
      "2027-06-30",
    );
    expect(p.counted).toBe(6 * H);
    expect(p.daysLeft).toBe(0);
  });

  it("counts one entry in full for each licence it is linked to", () => {
    const shared = entry("2026-01-10", 3, "in-person", ["ethics"]);
    const lcsw = EXAMPLE_TEMPLATES.find((t) => t.licenceType === "LCSW");
    if (!lcsw) throw new Error("no LCSW example");
    const forLpc = evaluate([shared]);
    const forLcsw = evaluateProgress({
      template: lcsw,
      cycle: { start: "2026-01-01", end: "2027-12-31" },
      entries: [shared],
      today: "2026-07-01",
    });
    expect([forLpc.counted, forLcsw.counted]).toEqual([3 * H, 3 * H]);
    expect(forLcsw.categories.find((c) => c.category === "ethics")?.missing).toBe(0);
  });

  it("adds carried-over hours to the total only, up to the template's limit", () => {
    const p = evaluate([entry("2026-01-10", 1, "in-person", ["ethics"])], "2026-07-01", 10 * H);
    expect([p.carriedIn, p.counted]).toEqual([4 * H, 5 * H]);
    expect(p.categories[0]?.counted).toBe(1 * H);
  });

  it("carries over the cycle's own hours past the total, up to the limit", () => {
    const done = evaluate(
      [
        entry("2026-01-10", 19, "in-person", ["ethics", "suicide-prevention"]),
        entry("2026-02-10", 3),
      ],
      "2027-06-30",
      2 * H,
    );
    // 22 of its own (the 2 carried in do not carry again): 2 past the total.
    expect(carryOver(done, TEMPLATE)).toBe(2 * H);
    const lots = evaluate([entry("2026-01-10", 40)], "2027-06-30");
    expect(carryOver(lots, TEMPLATE)).toBe(4 * H);
  });

  it("takes the hours the cycle before carried over, when the template allows it", () => {
    const entries = [
      // The previous cycle (1 July 2023 – 30 June 2025): 23 hours, 3 past its total.
      entry("2024-05-01", 23, "in-person", ["ethics", "suicide-prevention"]),
      entry("2025-09-01", 1),
    ];
    const p = progressWithCarryOver({
      template: TEMPLATE,
      cycle: CYCLE,
      entries,
      today: "2026-07-01",
    });
    expect([p.carriedIn, p.counted]).toEqual([3 * H, 4 * H]);
    const none = progressWithCarryOver({
      template: { ...TEMPLATE, carryOverMaxMinutes: 0 },
      cycle: CYCLE,
      entries,
      today: "2026-07-01",
    });
    expect([none.carriedIn, none.counted]).toEqual([0, 1 * H]);
  });

  it("is complete when the total and every category are met, whatever the date", () => {
    const p = evaluate(
      [
        entry("2025-08-01", 17, "in-person", ["ethics"]),
        entry("2025-09-01", 3, "live-online", ["suicide-prevention"]),
      ],
      "2027-06-01",
    );
    expect(p.status).toBe("complete");
    // The total met but a category not: still missing something.
    const short = evaluate([entry("2025-08-01", 20, "in-person", ["ethics"])], "2025-09-01");
    expect([short.missing, short.status]).toEqual([0, "on-track"]);
  });

  it("is at risk within 90 days of the end with anything missing, or when well behind pace", () => {
    const some = [entry("2025-08-01", 16, "in-person", ["ethics", "suicide-prevention"])];
    expect(evaluate(some, "2027-03-31").status).toBe("on-track");
    expect(evaluate(some, "2027-04-01").daysLeft).toBe(90);
    expect(evaluate(some, "2027-04-01").status).toBe("at-risk");
    // Nothing logged: fine early on, at risk once more than a quarter of the cycle behind.
    expect(evaluate([], "2025-12-15").status).toBe("on-track");
    expect(evaluate([], "2026-01-31").status).toBe("at-risk");
    // Once ended with something missing, at risk.
    expect(evaluate(some, "2027-07-15").status).toBe("at-risk");
  });

  it("refuses a cycle that ends before it starts", () => {
    expect(() =>
      evaluateProgress({
        template: TEMPLATE,
        cycle: { start: "2026-01-02", end: "2026-01-01" },
        entries: [],
        today: "2026-01-01",
      }),
    ).toThrow(RangeError);
  });
});

describe("dueReminder", () => {
  it("sends 90, 60 and 30 days before the end while something is missing, each once", () => {
    const at = (daysLeft: number, status: "on-track" | "at-risk" | "complete" = "at-risk") => ({
      daysLeft,
      status,
    });
    expect(dueReminder(at(91), [])).toBeNull();
    expect(dueReminder(at(90), [])).toBe(90);
    expect(dueReminder(at(75), [90])).toBeNull();
    expect(dueReminder(at(60), [90])).toBe(60);
    expect(dueReminder(at(12), [90, 60])).toBe(30);
    expect(dueReminder(at(12), [90, 60, 30])).toBeNull();
    // A missed reminder is not sent late once a more urgent one is due.
    expect(dueReminder(at(45), [])).toBe(60);
    expect(dueReminder(at(45, "complete"), [])).toBeNull();
    expect(dueReminder(at(-1), [])).toBeNull();
  });
});

describe("nextCycle", () => {
  it("starts the day after and lasts the template's months", () => {
    expect(nextCycle(CYCLE, 24)).toEqual({ start: "2027-07-01", end: "2029-06-30" });
    expect(nextCycle({ start: "2024-02-01", end: "2026-01-31" }, 1)).toEqual({
      start: "2026-02-01",
      end: "2026-02-28",
    });
  });
});

describe("checkTemplate", () => {
  it("accepts the examples and says what is wrong with a template", () => {
    for (const example of EXAMPLE_TEMPLATES) expect(checkTemplate(example)).toBeNull();
    expect(checkTemplate({ ...TEMPLATE, totalMinutes: 0 })).toMatch(/some hours/);
    expect(checkTemplate({ ...TEMPLATE, cycleMonths: 0 })).toMatch(/1 to 120 months/);
    expect(
      checkTemplate({
        ...TEMPLATE,
        categories: [
          { category: "ethics", minMinutes: 60 },
          { category: "ethics", minMinutes: 120 },
        ],
      }),
    ).toMatch(/once/);
    expect(
      checkTemplate({ ...TEMPLATE, categories: [{ category: "ethics", minMinutes: 21 * H }] }),
    ).toMatch(/more hours than the cycle/);
    expect(checkTemplate({ ...TEMPLATE, caps: [{ formats: [], maxMinutes: 60 }] })).toMatch(
      /at least one format/,
    );
    expect(checkTemplate({ ...TEMPLATE, carryOverMaxMinutes: 21 * H })).toBe(
      "No more hours can carry over than a cycle needs.",
    );
  });
});
