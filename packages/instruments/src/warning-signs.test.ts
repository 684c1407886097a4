import { describe, expect, it } from "vitest";

import type { WarningSignFamily } from "./index";
import { scoreResponses, WARNING_SIGN_FAMILIES, WARNING_SIGNS } from "./index";
import { subscale } from "./testing/answers";

/** All statements "Rarely or never", except the given answers for one family's three statements. */
function answersWith(family: WarningSignFamily, values: [number, number, number]) {
  const answers: Record<string, number> = Object.fromEntries(
    WARNING_SIGNS.items.map((item) => [item.id, 0]),
  );
  const familyItems = WARNING_SIGNS.items.filter((item) => item.subscaleId === family);
  familyItems.forEach((item, index) => {
    answers[item.id] = values[index] ?? 0;
  });
  return answers;
}

describe("warning-signs data", () => {
  it("is our own, unvalidated checklist", () => {
    expect(WARNING_SIGNS.validated).toBe(false);
    expect(WARNING_SIGNS.description).toContain("not a validated instrument");
    expect(WARNING_SIGNS.periodLabel).toBe("over the last two weeks");
  });

  it("has three first-person statements for each of the five families, in order", () => {
    expect(WARNING_SIGNS.subscales.map((s) => s.id)).toEqual([...WARNING_SIGN_FAMILIES]);
    expect(WARNING_SIGNS.items).toHaveLength(15);
    WARNING_SIGNS.items.forEach((item, index) => {
      expect(item.subscaleId).toBe(WARNING_SIGN_FAMILIES[Math.floor(index / 3)]);
      expect(item.text).toMatch(/^I have /);
      expect(item.options).toEqual([
        { value: 0, label: "Rarely or never" },
        { value: 1, label: "Sometimes" },
        { value: 2, label: "Often" },
      ]);
    });
  });
});

describe("warning-signs scoring", () => {
  it.each([
    [[0, 0, 0], false],
    [[1, 0, 0], false],
    [[0, 0, 1], false],
    [[2, 0, 0], true],
    [[0, 0, 2], true],
    [[1, 1, 0], true],
    [[0, 1, 1], true],
    [[1, 1, 1], true],
    [[2, 2, 2], true],
  ] as const)("answers %j flag the family: %s", (values, flagged) => {
    const result = scoreResponses("warning-signs", answersWith("cognitive", [...values]));
    const cognitive = subscale(result, "cognitive");
    expect(cognitive.flagged).toBe(flagged);
    expect(cognitive.score).toBe(values[0] + values[1] + values[2]);
  });

  it("follows the rule for all 27 answer patterns of a family", () => {
    for (let code = 0; code < 27; code += 1) {
      const values: [number, number, number] = [
        code % 3,
        Math.floor(code / 3) % 3,
        Math.floor(code / 9),
      ];
      const expected = values.includes(2) || values.filter((v) => v === 1).length >= 2;
      const result = scoreResponses("warning-signs", answersWith("physical", values));
      expect(subscale(result, "physical").flagged).toBe(expected);
    }
  });

  it("names the flagged families and leaves the others unflagged", () => {
    const answers = { ...answersWith("emotional", [0, 2, 0]), q10: 1, q11: 1 }; // behavioural: two "Sometimes"
    const result = scoreResponses("warning-signs", answers);
    expect(result.subscales.filter((s) => s.flagged).map((s) => s.subscaleId)).toEqual([
      "emotional",
      "behavioural",
    ]);
    expect(result.subscales.every((s) => typeof s.flagged === "boolean")).toBe(true);
  });
});
