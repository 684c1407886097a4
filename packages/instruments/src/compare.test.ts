import { describe, expect, it } from "vitest";

import type { ResultComparison, SubscaleComparison } from "./index";
import { compareResults, scoreResponses } from "./index";
import {
  CBI_WORKED_EXAMPLE_LABELS,
  cbiByLabels,
  inOrder,
  proqolScored as proqol,
  PROQOL_WORKED_EXAMPLE,
} from "./testing/answers";

const row = (comparison: ResultComparison, id: string): SubscaleComparison => {
  const found = comparison.subscales.find((s) => s.subscaleId === id);
  if (!found) throw new Error(id);
  return found;
};

describe("compareResults", () => {
  it("has nothing to compare on a first result", () => {
    const comparison = compareResults(null, scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE));
    expect(comparison.first).toBe(true);
    for (const s of comparison.subscales) {
      expect(s).toMatchObject({
        previous: null,
        delta: null,
        displayDelta: null,
        direction: null,
        bandChanged: false,
      });
    }
    expect(row(comparison, "burnout")).toMatchObject({
      current: 22,
      currentBand: "low",
      previousBand: null,
    });
  });

  it("takes the direction of each subscale into account", () => {
    const comparison = compareResults(proqol(30, 30, 30), proqol(35, 35, 30));
    expect(comparison.first).toBe(false);
    // More compassion satisfaction is better; more burnout is worse.
    expect(row(comparison, "compassion_satisfaction")).toMatchObject({
      delta: 5,
      direction: "better",
      higherIsBetter: true,
    });
    expect(row(comparison, "burnout")).toMatchObject({
      delta: 5,
      direction: "worse",
      higherIsBetter: false,
    });
    expect(row(comparison, "secondary_traumatic_stress")).toMatchObject({
      delta: 0,
      direction: "unchanged",
    });

    const easing = compareResults(proqol(35, 35, 30), proqol(30, 30, 25));
    expect(row(easing, "compassion_satisfaction").direction).toBe("worse");
    expect(row(easing, "burnout").direction).toBe("better");
    expect(row(easing, "secondary_traumatic_stress")).toMatchObject({
      delta: -5,
      direction: "better",
    });
  });

  it("says when a band changes", () => {
    const comparison = compareResults(proqol(44, 22, 41), proqol(40, 23, 41));
    expect(row(comparison, "compassion_satisfaction")).toMatchObject({
      previousBand: "high",
      currentBand: "moderate",
      bandChanged: true,
    });
    expect(row(comparison, "burnout")).toMatchObject({
      previousBand: "low",
      currentBand: "moderate",
      bandChanged: true,
    });
    expect(row(comparison, "secondary_traumatic_stress")).toMatchObject({
      bandChanged: false,
      direction: "unchanged",
    });
  });

  it("compares CBI means exactly and says when the marker changes", () => {
    const before = scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS)); // personal 50, work 325/7
    const after = scoreResponses("cbi", {
      q1: 25,
      q2: 25,
      q3: 25,
      q7: 50,
      q8: 50,
      q9: 50,
      q10: 50,
    });
    const comparison = compareResults(before, after);
    expect(row(comparison, "personal_burnout")).toMatchObject({
      previous: 50,
      current: 25,
      delta: -25,
      direction: "better",
      previousMarker: "high_burnout",
      currentMarker: null,
      markerChanged: true,
    });
    expect(row(comparison, "work_related_burnout")).toMatchObject({
      delta: 50 - 325 / 7,
      displayDelta: 3.57,
      direction: "worse",
      markerChanged: true,
      currentMarker: "high_burnout",
    });
    // Client-related is unscored now: no delta, no direction, no change claimed.
    expect(row(comparison, "client_related_burnout")).toMatchObject({
      previous: 37.5,
      current: null,
      delta: null,
      direction: null,
      markerChanged: false,
    });
  });

  it("counts the pulse's emotional load as worse when it rises", () => {
    const comparison = compareResults(
      scoreResponses("pulse", inOrder([3, 3, 2, 3, 3])),
      scoreResponses("pulse", inOrder([3, 3, 4, 3, 3])),
    );
    expect(row(comparison, "emotional_load")).toMatchObject({ delta: 2, direction: "worse" });
    expect(row(comparison, "pulse")).toMatchObject({ delta: -10, direction: "worse" });
    expect(row(comparison, "energy").direction).toBe("unchanged");
  });

  it("says when a warning-signs family becomes flagged or clears", () => {
    const calm = inOrder(Array<number>(15).fill(0));
    const comparison = compareResults(
      scoreResponses("warning-signs", { ...calm, q1: 2 }),
      scoreResponses("warning-signs", { ...calm, q4: 1, q5: 1 }),
    );
    expect(row(comparison, "physical")).toMatchObject({
      previousFlagged: true,
      currentFlagged: false,
      flagChanged: true,
      direction: "better",
    });
    expect(row(comparison, "emotional")).toMatchObject({
      previousFlagged: false,
      currentFlagged: true,
      flagChanged: true,
      direction: "worse",
    });
    expect(row(comparison, "cognitive")).toMatchObject({
      flagChanged: false,
      direction: "unchanged",
    });
  });

  it("compares stored (JSON round-tripped) results", () => {
    const stored = JSON.parse(
      JSON.stringify(scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE)),
    ) as ReturnType<typeof scoreResponses>;
    const comparison = compareResults(stored, scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE));
    expect(comparison.subscales.map((s) => s.direction)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("refuses to compare different instruments", () => {
    expect(() =>
      compareResults(
        scoreResponses("pulse", inOrder([3, 3, 3, 3, 3])),
        scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE),
      ),
    ).toThrow("Cannot compare a pulse result with a proqol5 result.");
  });
});
