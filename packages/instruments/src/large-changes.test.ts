import { describe, expect, it } from "vitest";

import {
  getInstrument,
  INSTRUMENT_IDS,
  LARGE_CHANGE_RULES,
  largeChanges,
  largeChangesClosing,
  scoreResponses,
} from "./index";
import { inOrder, proqolScored as proqol } from "./testing/answers";

const cbi = (personal: number) =>
  scoreResponses("cbi", { q1: personal, q2: personal, q3: personal });
const pulse = (values: number[]) => scoreResponses("pulse", inOrder(values));
/** Warning signs with the physical family's three statements answered as given, the rest "Rarely". */
const physical = (a: number, b: number, c: number) =>
  scoreResponses("warning-signs", inOrder([a, b, c, ...Array<number>(12).fill(0)]));

describe("large change rules (data)", () => {
  it("watches subscales that exist on each instrument, with positive thresholds", () => {
    for (const id of INSTRUMENT_IDS) {
      const subscales = getInstrument(id).subscales.map((s) => s.id);
      for (const rule of LARGE_CHANGE_RULES[id]) {
        expect(subscales).toContain(rule.subscaleId);
        expect(rule.atLeast).toBeGreaterThan(0);
      }
    }
  });
});

describe("largeChanges", () => {
  it("is empty without a previous result", () => {
    expect(largeChanges(null, proqol(30, 30, 45))).toEqual([]);
  });

  it("ProQOL: names a rise of 10 or more in Secondary Traumatic Stress, calmly", () => {
    const changes = largeChanges(proqol(30, 30, 24), proqol(30, 30, 36));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      subscaleId: "secondary_traumatic_stress",
      previous: 24,
      current: 36,
      delta: 12,
      direction: "worse",
    });
    expect(changes[0]?.message).toBe(
      "Your Secondary Traumatic Stress score has gone up by 12 since your last result, from 24 to 36. A change this size is worth noticing. Go gently with yourself, and consider talking it through with someone you trust.",
    );
  });

  it("ProQOL: ignores changes under 10 and reports a large fall in a better direction", () => {
    expect(largeChanges(proqol(30, 30, 24), proqol(30, 30, 33))).toEqual([]);
    const changes = largeChanges(proqol(30, 40, 30), proqol(40, 30, 30));
    expect(changes.map((c) => [c.subscaleId, c.direction])).toEqual([
      ["compassion_satisfaction", "better"],
      ["burnout", "better"],
    ]);
    expect(changes[1]?.message).toContain("That is a large change in a better direction.");
  });

  it("several changes: each says what moved, and the advice is said once after them", () => {
    const better = largeChanges(proqol(30, 40, 30), proqol(40, 30, 30));
    expect(better.map((c) => c.what)).toEqual([
      "Your Compassion Satisfaction score has gone up by 10 since your last result, from 30 to 40.",
      "Your Burnout score has gone down by 10 since your last result, from 40 to 30.",
    ]);
    expect(largeChangesClosing(better)).toBe("These are large changes in a better direction.");
    const mixed = largeChanges(proqol(40, 30, 24), proqol(30, 30, 36));
    expect(mixed.map((c) => c.direction)).toEqual(["worse", "worse"]);
    expect(largeChangesClosing(mixed)).toMatch(/^A change this size is worth noticing\./);
    for (const c of mixed) expect(c.message).toBe(`${c.what} ${largeChangesClosing([c])}`);
  });

  it("CBI: 25 points or more either way", () => {
    expect(largeChanges(cbi(25), cbi(50)).map((c) => c.direction)).toEqual(["worse"]);
    expect(largeChanges(cbi(75), cbi(50)).map((c) => c.direction)).toEqual(["better"]);
    expect(largeChanges(cbi(25), cbi(25))).toEqual([]);
    // An unscored scale never counts as a change.
    expect(largeChanges(scoreResponses("cbi", { q1: 0, q2: 0 }), cbi(100))).toEqual([]);
  });

  it("weekly pulse: the index only, 25 points or more", () => {
    const worse = largeChanges(pulse([4, 4, 2, 4, 4]), pulse([3, 3, 3, 3, 3]));
    expect(worse.map((c) => [c.subscaleId, c.delta, c.direction])).toEqual([
      ["pulse", -25, "worse"],
    ]);
    // One question moving a lot is not a large change of the week.
    expect(largeChanges(pulse([5, 3, 3, 3, 3]), pulse([1, 3, 3, 3, 3]))).toEqual([]);
  });

  it("warning signs: a family's score moving by 3 or more", () => {
    const changes = largeChanges(physical(0, 0, 0), physical(1, 1, 1));
    expect(changes.map((c) => [c.subscaleId, c.delta, c.direction])).toEqual([
      ["physical", 3, "worse"],
    ]);
    expect(largeChanges(physical(0, 0, 0), physical(2, 0, 0))).toEqual([]);
  });

  it("refuses to compare different instruments", () => {
    expect(() => largeChanges(cbi(50), proqol(30, 30, 30))).toThrow();
  });
});
