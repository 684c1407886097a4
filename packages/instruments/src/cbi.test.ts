import { describe, expect, it } from "vitest";

import type { Subscale } from "./index";
import { CBI, CBI_HIGH_BURNOUT_THRESHOLD, markerFor, scoreResponses } from "./index";
import { CBI_WORKED_EXAMPLE_LABELS, cbiByLabels, subscale } from "./testing/answers";

const scale = (id: string): Subscale => {
  const found = CBI.subscales.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** n answers of `value` on the first n items of a scale. */
const answersOn = (scaleId: string, values: number[]) =>
  Object.fromEntries(values.map((value, index) => [scale(scaleId).itemIds[index] ?? "", value]));

describe("CBI data", () => {
  it("has 19 items: personal 1–6, work-related 7–13, client-related 14–19", () => {
    expect(CBI.items).toHaveLength(19);
    expect(scale("personal_burnout").itemIds).toEqual(["q1", "q2", "q3", "q4", "q5", "q6"]);
    expect(scale("work_related_burnout").itemIds).toEqual([
      "q7",
      "q8",
      "q9",
      "q10",
      "q11",
      "q12",
      "q13",
    ]);
    expect(scale("client_related_burnout").itemIds).toEqual([
      "q14",
      "q15",
      "q16",
      "q17",
      "q18",
      "q19",
    ]);
  });

  it("gives each item its own response format", () => {
    const formats = CBI.items.map((item) => item.responseFormat);
    expect(formats).toEqual([
      ...Array<string>(6).fill("frequency"),
      "degree",
      "degree",
      "degree",
      "frequency",
      "frequency",
      "frequency",
      "frequency_reversed",
      "degree",
      "degree",
      "degree",
      "degree",
      "frequency",
      "frequency",
    ]);
    expect(CBI.items[0]?.options).toEqual([
      { value: 100, label: "Always" },
      { value: 75, label: "Often" },
      { value: 50, label: "Sometimes" },
      { value: 25, label: "Seldom" },
      { value: 0, label: "Never/almost never" },
    ]);
    expect(CBI.items[6]?.options.map((o) => [o.label, o.value])).toEqual([
      ["To a very high degree", 100],
      ["To a high degree", 75],
      ["Somewhat", 50],
      ["To a low degree", 25],
      ["To a very low degree", 0],
    ]);
  });

  it("shows item 13 with the frequency labels and reversed scores", () => {
    const item13 = CBI.items[12];
    expect(item13?.text).toBe(
      "Do you have enough energy for family and friends during leisure time?",
    );
    expect(item13?.options.map((o) => o.label)).toEqual(CBI.items[0]?.options.map((o) => o.label));
    expect(item13?.options.map((o) => o.value)).toEqual([0, 25, 50, 75, 100]);
  });

  it("has minimum answers 3 / 4 / 3 and only the ≥ 50 marker, no bands", () => {
    expect(CBI.subscales.map((s) => s.scoring)).toEqual([
      { method: "mean", minAnswered: 3 },
      { method: "mean", minAnswered: 4 },
      { method: "mean", minAnswered: 3 },
    ]);
    for (const s of CBI.subscales) {
      expect(s.bands).toBeUndefined();
      expect(s.marker).toMatchObject({ id: "high_burnout", threshold: 50 });
      expect(s.higherIsBetter).toBe(false);
      expect(s.range).toEqual({ min: 0, max: 100 });
    }
  });
});

describe("CBI scoring", () => {
  it("reproduces the worked example: personal 50.0, work 46.43 (325/7), client 37.5", () => {
    const result = scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS));
    expect(result.instrumentVersion).toBe("cbi@2005.1");
    expect(result.subscales).toEqual([
      {
        subscaleId: "personal_burnout",
        name: "Personal burnout",
        score: 50,
        display: 50,
        scored: true,
        answered: 6,
        required: 3,
        marker: { id: "high_burnout", label: "High degree of burnout" },
      },
      {
        subscaleId: "work_related_burnout",
        name: "Work-related burnout",
        score: 325 / 7,
        display: 46.43,
        scored: true,
        answered: 7,
        required: 4,
      },
      {
        subscaleId: "client_related_burnout",
        name: "Client-related burnout",
        score: 37.5,
        display: 37.5,
        scored: true,
        answered: 6,
        required: 3,
      },
    ]);
  });

  it("scores item 13 reversed: Often 25, Never/almost never 100", () => {
    const answers = cbiByLabels({ 7: "Somewhat", 8: "Somewhat", 9: "Somewhat", 13: "Often" });
    expect(answers.q13).toBe(25);
    expect(subscale(scoreResponses("cbi", answers), "work_related_burnout").score).toBe(175 / 4);
    const never = cbiByLabels({
      7: "Somewhat",
      8: "Somewhat",
      9: "Somewhat",
      13: "Never/almost never",
    });
    expect(subscale(scoreResponses("cbi", never), "work_related_burnout").score).toBe(250 / 4);
  });

  it("reports no total score: three separate scales", () => {
    const result = scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS));
    expect(result.subscales.map((s) => s.subscaleId)).toEqual([
      "personal_burnout",
      "work_related_burnout",
      "client_related_burnout",
    ]);
  });

  it("averages only the answered items (a skipped item is not a zero)", () => {
    const result = scoreResponses("cbi", answersOn("personal_burnout", [100, 75, 50]));
    expect(subscale(result, "personal_burnout")).toMatchObject({
      score: 75,
      answered: 3,
      scored: true,
    });
  });

  it.each([
    ["personal_burnout", 2, false],
    ["personal_burnout", 3, true],
    ["work_related_burnout", 3, false],
    ["work_related_burnout", 4, true],
    ["client_related_burnout", 2, false],
    ["client_related_burnout", 3, true],
  ] as const)("%s with %i answers is scored: %s", (scaleId, count, scored) => {
    const result = scoreResponses("cbi", answersOn(scaleId, Array<number>(count).fill(75)));
    const s = subscale(result, scaleId);
    expect(s.scored).toBe(scored);
    expect(s.answered).toBe(count);
    expect(s.score).toBe(scored ? 75 : null);
    expect(s.display).toBe(scored ? 75 : null);
    if (!scored) {
      expect(s.marker).toBeUndefined();
      expect(s.band).toBeUndefined();
    }
  });

  it("accepts skipped items and leaves the other scales unscored", () => {
    const result = scoreResponses("cbi", {});
    expect(result.subscales.map((s) => [s.scored, s.score, s.answered])).toEqual([
      [false, null, 0],
      [false, null, 0],
      [false, null, 0],
    ]);
  });

  it("marks a mean of exactly 50 and not one of 46.43", () => {
    const fifty = scoreResponses("cbi", answersOn("work_related_burnout", [50, 50, 50, 50]));
    expect(subscale(fifty, "work_related_burnout").marker).toEqual({
      id: "high_burnout",
      label: "High degree of burnout",
    });
    const justUnder = scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS));
    expect(subscale(justUnder, "work_related_burnout").marker).toBeUndefined();
  });

  it("applies the marker to the exact score at the 49.99 / 50 edge", () => {
    expect(CBI_HIGH_BURNOUT_THRESHOLD).toBe(50);
    for (const s of CBI.subscales) {
      expect(markerFor(s, 49.99)).toBeUndefined();
      expect(markerFor(s, 49.999999)).toBeUndefined();
      expect(markerFor(s, 50)?.id).toBe("high_burnout");
      expect(markerFor(s, 100)?.id).toBe("high_burnout");
      expect(markerFor(s, 0)).toBeUndefined();
    }
  });
});
