import { describe, expect, it } from "vitest";

import { PROQOL5, scoreResponses } from "./index";
import { PROQOL_WORKED_EXAMPLE, proqolAll, proqolWithSums, subscale } from "./testing/answers";

const ids = (numbers: number[]) => numbers.map((n) => `q${n}`);

describe("ProQOL 5 data", () => {
  it("has 30 items answered Never … Very Often as 1–5", () => {
    expect(PROQOL5.items).toHaveLength(30);
    for (const item of PROQOL5.items) {
      expect(item.options).toEqual([
        { value: 1, label: "Never" },
        { value: 2, label: "Rarely" },
        { value: 3, label: "Sometimes" },
        { value: 4, label: "Often" },
        { value: 5, label: "Very Often" },
      ]);
    }
  });

  it("keeps the form's wording, placeholders included", () => {
    expect(PROQOL5.items[0]?.text).toBe("I am happy.");
    expect(PROQOL5.items[1]?.text).toBe("I am preoccupied with more than one person I [help].");
    expect(PROQOL5.items[20]?.text).toBe(
      "I feel overwhelmed because my case [work] load seems endless.",
    );
    expect(PROQOL5.items[29]?.text).toBe("I am happy that I chose to do this work.");
    expect(PROQOL5.periodLabel).toBe("in the last 30 days");
  });

  it("groups the items into the three subscales", () => {
    const itemsOf = (id: string) => PROQOL5.subscales.find((s) => s.id === id)?.itemIds;
    expect(itemsOf("compassion_satisfaction")).toEqual(ids([3, 6, 12, 16, 18, 20, 22, 24, 27, 30]));
    expect(itemsOf("burnout")).toEqual(ids([1, 4, 8, 10, 15, 17, 19, 21, 26, 29]));
    expect(itemsOf("secondary_traumatic_stress")).toEqual(
      ids([2, 5, 7, 9, 11, 13, 14, 23, 25, 28]),
    );
    expect(PROQOL5.subscales.map((s) => [s.id, s.higherIsBetter])).toEqual([
      ["compassion_satisfaction", true],
      ["burnout", false],
      ["secondary_traumatic_stress", false],
    ]);
  });

  it("reverses exactly items 1, 4, 15, 17 and 29", () => {
    expect(PROQOL5.items.filter((item) => item.reverse).map((item) => item.number)).toEqual([
      1, 4, 15, 17, 29,
    ]);
  });

  it("credits CVT with a link to www.ProQOL.org and summarises the licence", () => {
    expect(PROQOL5.attribution?.text).toMatch(
      /^ProQOL 5 credit: The Center for Victims of Torture, www\.ProQOL\.org\./,
    );
    expect(PROQOL5.attribution?.text).toContain("© B. Hudnall Stamm, 2009-2012");
    expect(PROQOL5.attribution?.link).toEqual({
      href: "https://www.proqol.org",
      label: "www.ProQOL.org",
    });
    expect(PROQOL5.licenceNote).toMatch(/not sold|never sell/);
    expect(PROQOL5.licenceNote).toContain("adapted from the ProQOL");
  });
});

describe("ProQOL 5 scoring", () => {
  it("reproduces the worked example: CS 44 High, BO 22 Low, STS 15 Low", () => {
    const result = scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE);
    expect(result.instrumentId).toBe("proqol5");
    expect(result.instrumentVersion).toBe("proqol5@2009.1");
    expect(result.subscales).toEqual([
      {
        subscaleId: "compassion_satisfaction",
        name: "Compassion Satisfaction",
        score: 44,
        display: 44,
        scored: true,
        answered: 10,
        required: 10,
        band: { id: "high", label: "High" },
      },
      {
        subscaleId: "burnout",
        name: "Burnout",
        score: 22,
        display: 22,
        scored: true,
        answered: 10,
        required: 10,
        band: { id: "low", label: "Low" },
      },
      {
        subscaleId: "secondary_traumatic_stress",
        name: "Secondary Traumatic Stress",
        score: 15,
        display: 15,
        scored: true,
        answered: 10,
        required: 10,
        band: { id: "low", label: "Low" },
      },
    ]);
  });

  it("sums the 10 items of each subscale (10 at the bottom, 50 at the top)", () => {
    // All "Never": CS and STS 10; Burnout has five reversed items: 5 × 1 + 5 × 5 = 30.
    const never = scoreResponses("proqol5", proqolAll(1));
    expect(never.subscales.map((s) => s.score)).toEqual([10, 30, 10]);
    const veryOften = scoreResponses("proqol5", proqolAll(5));
    expect(veryOften.subscales.map((s) => s.score)).toEqual([50, 30, 50]);
    const lowest = scoreResponses(
      "proqol5",
      proqolWithSums({ compassion_satisfaction: 10, burnout: 10, secondary_traumatic_stress: 10 }),
    );
    expect(lowest.subscales.map((s) => s.score)).toEqual([10, 10, 10]);
    const highest = scoreResponses(
      "proqol5",
      proqolWithSums({ compassion_satisfaction: 50, burnout: 50, secondary_traumatic_stress: 50 }),
    );
    expect(highest.subscales.map((s) => s.score)).toEqual([50, 50, 50]);
  });

  it.each([1, 4, 15, 17, 29])("scores reverse item %i as 6 − answer", (number) => {
    const id = `q${number}`;
    const base = proqolAll(3); // Burnout 30: every item, reversed or not, scores 3
    const burnoutWhenAnswered = (answer: number) =>
      subscale(scoreResponses("proqol5", { ...base, [id]: answer }), "burnout").score;
    expect(burnoutWhenAnswered(3)).toBe(30);
    expect(burnoutWhenAnswered(1)).toBe(32); // 6 − 1 = 5
    expect(burnoutWhenAnswered(2)).toBe(31); // 6 − 2 = 4
    expect(burnoutWhenAnswered(4)).toBe(29); // 6 − 4 = 2
    expect(burnoutWhenAnswered(5)).toBe(28); // 6 − 5 = 1
  });

  it("does not reverse the other Burnout items", () => {
    for (const number of [8, 10, 19, 21, 26]) {
      const result = scoreResponses("proqol5", { ...proqolAll(3), [`q${number}`]: 5 });
      expect(subscale(result, "burnout").score).toBe(32);
    }
  });

  it.each([
    [10, "low"],
    [22, "low"],
    [23, "moderate"],
    [41, "moderate"],
    [42, "high"],
    [50, "high"],
  ] as const)("puts a sum of %i in the %s band on every subscale", (sum, band) => {
    const answers = proqolWithSums({
      compassion_satisfaction: sum,
      burnout: sum,
      secondary_traumatic_stress: sum,
    });
    const result = scoreResponses("proqol5", answers);
    for (const s of result.subscales) {
      expect(s.score).toBe(sum);
      expect(s.band?.id).toBe(band);
    }
  });

  it("labels the bands Low, Moderate and High", () => {
    const result = scoreResponses(
      "proqol5",
      proqolWithSums({ compassion_satisfaction: 22, burnout: 23, secondary_traumatic_stress: 42 }),
    );
    expect(result.subscales.map((s) => s.band?.label)).toEqual(["Low", "Moderate", "High"]);
  });

  it("reports raw sums only: no t-scores, no markers, no flags", () => {
    const result = scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE);
    for (const s of result.subscales) {
      expect(Object.keys(s).sort()).toEqual([
        "answered",
        "band",
        "display",
        "name",
        "required",
        "score",
        "scored",
        "subscaleId",
      ]);
    }
  });
});
