import { describe, expect, it } from "vitest";

import {
  INSTRUMENT_IDS,
  matchedSupportRules,
  needsSupportResources,
  scoreResponses,
  SUPPORT_RESOURCE_RULES,
} from "./index";
import {
  CBI_WORKED_EXAMPLE_LABELS,
  cbiByLabels,
  inOrder,
  proqolScored as proqol,
  PROQOL_WORKED_EXAMPLE,
} from "./testing/answers";

/** A warning-signs result with these families answered "Often" once (flagged) and the rest "Rarely". */
function warningSigns(flaggedFamilies: number) {
  const values = Array.from({ length: 15 }, (_, i) =>
    i % 3 === 0 && i / 3 < flaggedFamilies ? 2 : 0,
  );
  return scoreResponses("warning-signs", inOrder(values));
}

describe("support resource rules (data)", () => {
  it("has rules for every instrument, each rule on its own instrument and with a basis", () => {
    for (const id of INSTRUMENT_IDS) {
      const rules = SUPPORT_RESOURCE_RULES[id];
      expect(rules.length, id).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.when.instrumentId).toBe(id);
        expect(rule.basis.length).toBeGreaterThan(20);
        expect(rule.id.startsWith(`${id}.`)).toBe(true);
      }
    }
  });
});

describe("needsSupportResources: ProQOL 5", () => {
  it("is true for a high Secondary Traumatic Stress or Burnout band (42 or more)", () => {
    expect(needsSupportResources(proqol(30, 30, 42))).toBe(true);
    expect(needsSupportResources(proqol(30, 42, 30))).toBe(true);
    expect(needsSupportResources(proqol(10, 50, 50))).toBe(true);
    expect(matchedSupportRules(proqol(10, 50, 50))).toEqual([
      "proqol5.sts.high",
      "proqol5.burnout.high",
    ]);
  });

  it("is false for moderate or low bands, and for a high Compassion Satisfaction", () => {
    expect(needsSupportResources(proqol(30, 41, 41))).toBe(false);
    expect(needsSupportResources(proqol(50, 10, 10))).toBe(false);
    expect(needsSupportResources(proqol(10, 10, 10))).toBe(false);
    expect(needsSupportResources(scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE))).toBe(false);
  });
});

describe("needsSupportResources: CBI", () => {
  it("is true for any CBI scale scoring 50 or more", () => {
    // Worked example: personal 50.
    expect(
      needsSupportResources(scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS))),
    ).toBe(true);
    expect(needsSupportResources(scoreResponses("cbi", { q7: 50, q8: 50, q9: 50, q10: 50 }))).toBe(
      true,
    );
    expect(needsSupportResources(scoreResponses("cbi", { q1: 100, q2: 100, q3: 100 }))).toBe(true);
    expect(matchedSupportRules(scoreResponses("cbi", { q14: 100, q15: 100, q16: 100 }))).toEqual([
      "cbi.client.high",
    ]);
  });

  it("is false for CBI scores under 50 or unscored scales", () => {
    expect(needsSupportResources(scoreResponses("cbi", { q1: 50, q2: 50, q3: 25 }))).toBe(false);
    expect(needsSupportResources(scoreResponses("cbi", { q1: 100, q2: 100 }))).toBe(false); // too few to score
    expect(needsSupportResources(scoreResponses("cbi", { q14: 75, q15: 25, q16: 25 }))).toBe(false); // client 41.67
    expect(
      needsSupportResources(
        scoreResponses("cbi", { q7: 75, q8: 50, q9: 25, q10: 75, q11: 50, q12: 25, q13: 25 }),
      ),
    ).toBe(false); // 46.43
  });
});

describe("needsSupportResources: weekly pulse", () => {
  it("is true when the pulse index is 25 or less (answers average Low or worse)", () => {
    // energy, sleep, emotional load (reversed), connection, switching off
    expect(needsSupportResources(scoreResponses("pulse", inOrder([1, 1, 5, 1, 1])))).toBe(true);
    expect(needsSupportResources(scoreResponses("pulse", inOrder([2, 2, 4, 2, 2])))).toBe(true); // 25
  });

  it("is false above 25, even with one hard answer", () => {
    expect(needsSupportResources(scoreResponses("pulse", inOrder([2, 2, 4, 2, 3])))).toBe(false); // 30
    expect(needsSupportResources(scoreResponses("pulse", inOrder([4, 4, 5, 4, 4])))).toBe(false);
  });
});

describe("needsSupportResources: warning-signs checklist", () => {
  it("is true when 3 or more of the 5 families are flagged", () => {
    expect(
      needsSupportResources(scoreResponses("warning-signs", inOrder(Array<number>(15).fill(2)))),
    ).toBe(true);
    expect(needsSupportResources(warningSigns(5))).toBe(true);
    expect(needsSupportResources(warningSigns(3))).toBe(true);
    expect(matchedSupportRules(warningSigns(3))).toEqual(["warning-signs.most-families"]);
  });

  it("is false with 2 or fewer flagged families", () => {
    expect(needsSupportResources(warningSigns(2))).toBe(false);
    expect(needsSupportResources(warningSigns(0))).toBe(false);
  });
});
