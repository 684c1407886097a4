import { describe, expect, it } from "vitest";

import { PULSE, scoreResponses } from "./index";
import { inOrder, subscale } from "./testing/answers";

// Items: energy, sleep, emotional load (reversed), connection, switching off.
const pulse = (values: number[]) => scoreResponses("pulse", inOrder(values));

describe("weekly pulse data", () => {
  it("is our own, unvalidated, under-a-minute check", () => {
    expect(PULSE.validated).toBe(false);
    expect(PULSE.description).toContain("not a validated instrument");
    expect(PULSE.description).toContain("under a minute");
    expect(PULSE.estimatedMinutes).toBe(1);
  });

  it("asks five 1–5 questions, each with its own labels", () => {
    expect(PULSE.items.map((item) => item.subscaleId)).toEqual([
      "energy",
      "sleep",
      "emotional_load",
      "connection",
      "switching_off",
    ]);
    for (const item of PULSE.items)
      expect(item.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    const labelSets = new Set(
      PULSE.items.map((item) => item.options.map((o) => o.label).join("|")),
    );
    expect(labelSets.size).toBe(5);
    expect(PULSE.items.filter((item) => item.reverse).map((item) => item.subscaleId)).toEqual([
      "emotional_load",
    ]);
  });

  it("has no clinical bands", () => {
    for (const s of PULSE.subscales) {
      expect(s.bands).toBeUndefined();
      expect(s.marker).toBeUndefined();
    }
  });
});

describe("weekly pulse scoring", () => {
  it("rescales the mean to 0–100 with emotional load reversed", () => {
    expect(subscale(pulse([5, 5, 1, 5, 5]), "pulse").score).toBe(100);
    expect(subscale(pulse([1, 1, 5, 1, 1]), "pulse").score).toBe(0);
    expect(subscale(pulse([3, 3, 3, 3, 3]), "pulse").score).toBe(50);
    // (4 + 2 + (6 − 4) + 3 + 5) / 5 = 3.2 → (3.2 − 1) / 4 × 100 = 55
    expect(subscale(pulse([4, 2, 4, 3, 5]), "pulse").score).toBe(55);
  });

  it("lowers the index as the emotional load gets heavier", () => {
    const scores = [1, 2, 3, 4, 5].map(
      (load) => subscale(pulse([3, 3, load, 3, 3]), "pulse").score,
    );
    expect(scores).toEqual([60, 55, 50, 45, 40]);
  });

  it("reports each item's value as answered, with its direction", () => {
    const result = pulse([4, 2, 5, 3, 1]);
    expect(result.subscales.map((s) => [s.subscaleId, s.score])).toEqual([
      ["pulse", 30],
      ["energy", 4],
      ["sleep", 2],
      ["emotional_load", 5],
      ["connection", 3],
      ["switching_off", 1],
    ]);
    expect(PULSE.subscales.map((s) => [s.id, s.higherIsBetter])).toEqual([
      ["pulse", true],
      ["energy", true],
      ["sleep", true],
      ["emotional_load", false],
      ["connection", true],
      ["switching_off", true],
    ]);
    for (const s of result.subscales) {
      expect(s.band).toBeUndefined();
      expect(s.marker).toBeUndefined();
    }
  });
});
