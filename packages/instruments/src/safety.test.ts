import { describe, expect, it } from "vitest";

import { needsSupportResources, scoreResponses } from "./index";
import {
  CBI_WORKED_EXAMPLE_LABELS,
  cbiByLabels,
  inOrder,
  PROQOL_WORKED_EXAMPLE,
  proqolScored as proqol,
} from "./testing/answers";

describe("needsSupportResources", () => {
  it("is true for a high ProQOL Secondary Traumatic Stress or Burnout band", () => {
    expect(needsSupportResources(proqol(30, 30, 42))).toBe(true);
    expect(needsSupportResources(proqol(30, 42, 30))).toBe(true);
    expect(needsSupportResources(proqol(10, 50, 50))).toBe(true);
  });

  it("is false for moderate or low bands, and for a high Compassion Satisfaction", () => {
    expect(needsSupportResources(proqol(30, 41, 41))).toBe(false);
    expect(needsSupportResources(proqol(50, 10, 10))).toBe(false);
    expect(needsSupportResources(proqol(10, 10, 10))).toBe(false);
    expect(needsSupportResources(scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE))).toBe(false);
  });

  it("is true for a CBI personal or work-related score of 50 or more", () => {
    // Worked example: personal 50.
    expect(
      needsSupportResources(scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS))),
    ).toBe(true);
    expect(needsSupportResources(scoreResponses("cbi", { q7: 50, q8: 50, q9: 50, q10: 50 }))).toBe(
      true,
    );
    expect(needsSupportResources(scoreResponses("cbi", { q1: 100, q2: 100, q3: 100 }))).toBe(true);
  });

  it("is false for CBI scores under 50, unscored scales, or client-related burnout alone", () => {
    expect(needsSupportResources(scoreResponses("cbi", { q1: 50, q2: 50, q3: 25 }))).toBe(false);
    expect(needsSupportResources(scoreResponses("cbi", { q1: 100, q2: 100 }))).toBe(false); // too few to score
    expect(needsSupportResources(scoreResponses("cbi", { q14: 100, q15: 100, q16: 100 }))).toBe(
      false,
    );
    expect(
      needsSupportResources(
        scoreResponses("cbi", { q7: 75, q8: 50, q9: 25, q10: 75, q11: 50, q12: 25, q13: 25 }),
      ),
    ).toBe(false); // 46.43
  });

  it("is false for the pulse and the warning-signs checklist", () => {
    expect(needsSupportResources(scoreResponses("pulse", inOrder([1, 1, 5, 1, 1])))).toBe(false);
    expect(
      needsSupportResources(scoreResponses("warning-signs", inOrder(Array<number>(15).fill(2)))),
    ).toBe(false);
  });
});
