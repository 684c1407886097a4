import { describe, expect, it } from "vitest";

import type { InstrumentId } from "./index";
import {
  IncompleteAnswersError,
  INSTRUMENT_IDS,
  InvalidAnswersError,
  roundForDisplay,
  scoreResponses,
  validateAnswers,
} from "./index";
import {
  CBI_WORKED_EXAMPLE_LABELS,
  cbiByLabels,
  inOrder,
  PROQOL_WORKED_EXAMPLE,
  without,
} from "./testing/answers";

/** Runs `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

const COMPLETE: Record<InstrumentId, Record<string, number>> = {
  proqol5: PROQOL_WORKED_EXAMPLE,
  cbi: cbiByLabels(CBI_WORKED_EXAMPLE_LABELS),
  pulse: inOrder([4, 2, 4, 3, 5]),
  "warning-signs": inOrder([0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 2, 2]),
};

describe("invalid answers", () => {
  it.each([6, 0, 2.5, -1, Number.NaN])("rejects %s for a ProQOL item, naming the item", (value) => {
    const error = thrown(() => scoreResponses("proqol5", { ...PROQOL_WORKED_EXAMPLE, q3: value }));
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect(error).toMatchObject({
      name: "InvalidAnswersError",
      instrumentId: "proqol5",
      invalidItemIds: ["q3"],
      invalidItemNumbers: [3],
      message: "Item 3 has an answer that is not one of its options.",
    });
  });

  it("rejects a value that is not a number", () => {
    const answers = { ...PROQOL_WORKED_EXAMPLE, q7: "3" } as unknown as Record<string, number>;
    expect(() => scoreResponses("proqol5", answers)).toThrow(InvalidAnswersError);
  });

  it("names every invalid item", () => {
    expect(() =>
      scoreResponses("proqol5", { ...PROQOL_WORKED_EXAMPLE, q3: 9, q12: 0, q30: 7 }),
    ).toThrow("Items 3, 12 and 30 have answers that are not among their options.");
  });

  it("checks each CBI item against its own options", () => {
    // 75 is a frequency/degree option, 30 is not; item 13's options are 0–100 in steps of 25 too.
    expect(() => scoreResponses("cbi", { q13: 30 })).toThrow(
      "Item 13 has an answer that is not one of its options.",
    );
    expect(() => scoreResponses("cbi", { q1: 3 })).toThrow(InvalidAnswersError);
    expect(() => scoreResponses("cbi", { q13: 75 })).not.toThrow();
  });

  it("rejects an unknown item id", () => {
    const error = thrown(() => scoreResponses("proqol5", { ...PROQOL_WORKED_EXAMPLE, q31: 3 }));
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect(error).toMatchObject({
      unknownItemIds: ["q31"],
      message: "There is no item q31 in this questionnaire.",
    });
    expect(() => scoreResponses("pulse", { ...COMPLETE.pulse, mood: 3, q0: 1 })).toThrow(
      "There are no items mood and q0 in this questionnaire.",
    );
  });

  it("reports invalid answers before missing ones", () => {
    const answers = { ...without(PROQOL_WORKED_EXAMPLE, "q4"), q5: 8 };
    expect(() => scoreResponses("proqol5", answers)).toThrow(InvalidAnswersError);
  });
});

describe("incomplete answers", () => {
  it("rejects an incomplete ProQOL, naming the missing item numbers", () => {
    const error = thrown(() =>
      scoreResponses("proqol5", without(PROQOL_WORKED_EXAMPLE, "q30", "q4", "q17")),
    );
    expect(error).toBeInstanceOf(IncompleteAnswersError);
    expect(error).toMatchObject({
      name: "IncompleteAnswersError",
      instrumentId: "proqol5",
      missingItemIds: ["q4", "q17", "q30"],
      missingItemNumbers: [4, 17, 30],
      message: "Answer items 4, 17 and 30 to see your scores.",
    });
  });

  it("words one or two missing items naturally", () => {
    expect(() => scoreResponses("proqol5", without(PROQOL_WORKED_EXAMPLE, "q4"))).toThrow(
      "Answer item 4 to see your scores.",
    );
    expect(() => scoreResponses("proqol5", without(PROQOL_WORKED_EXAMPLE, "q4", "q9"))).toThrow(
      "Answer items 4 and 9 to see your scores.",
    );
  });

  it("treats null and undefined as unanswered", () => {
    const error = thrown(() =>
      scoreResponses("proqol5", { ...PROQOL_WORKED_EXAMPLE, q2: null, q8: undefined }),
    );
    expect(error).toMatchObject({ missingItemIds: ["q2", "q8"] });
  });

  it("requires every item of the pulse and the warning-signs checklist", () => {
    expect(() => scoreResponses("pulse", without(COMPLETE.pulse, "q5"))).toThrow(
      "Answer item 5 to see your scores.",
    );
    expect(() =>
      scoreResponses("warning-signs", without(COMPLETE["warning-signs"], "q1", "q15")),
    ).toThrow(IncompleteAnswersError);
  });

  it("lets the CBI skip items", () => {
    expect(() => scoreResponses("cbi", without(COMPLETE.cbi, "q1", "q2", "q14"))).not.toThrow();
  });
});

describe("validateAnswers", () => {
  it("says a complete, valid set is fine", () => {
    for (const id of INSTRUMENT_IDS) {
      const validation = validateAnswers(id, COMPLETE[id]);
      expect(validation).toMatchObject({
        ok: true,
        error: null,
        message: null,
        missingItemIds: [],
        invalidItemIds: [],
      });
      expect(validation.subscales.every((s) => s.scorable)).toBe(true);
    }
  });

  it("returns what scoreResponses would throw, without throwing", () => {
    const incomplete = validateAnswers(
      "proqol5",
      without(PROQOL_WORKED_EXAMPLE, "q4", "q17", "q30"),
    );
    expect(incomplete).toMatchObject({
      ok: false,
      error: "incomplete",
      message: "Answer items 4, 17 and 30 to see your scores.",
      missingItemIds: ["q4", "q17", "q30"],
      missingItemNumbers: [4, 17, 30],
      unansweredItemIds: ["q4", "q17", "q30"],
    });
    const invalid = validateAnswers("proqol5", { ...PROQOL_WORKED_EXAMPLE, q2: 6, extra: 1 });
    expect(invalid).toMatchObject({
      ok: false,
      error: "invalid",
      invalidItemIds: ["q2"],
      invalidItemNumbers: [2],
      unknownItemIds: ["extra"],
      message:
        "Item 2 has an answer that is not one of its options. There is no item extra in this questionnaire.",
    });
  });

  it("reports per-scale progress for the CBI without calling skipped items missing", () => {
    const validation = validateAnswers("cbi", { q1: 50, q2: 50, q7: 25 });
    expect(validation.ok).toBe(true);
    expect(validation.missingItemIds).toEqual([]);
    expect(validation.unansweredItemIds).toHaveLength(16);
    expect(validation.subscales).toEqual([
      { subscaleId: "personal_burnout", answered: 2, required: 3, scorable: false },
      { subscaleId: "work_related_burnout", answered: 1, required: 4, scorable: false },
      { subscaleId: "client_related_burnout", answered: 0, required: 3, scorable: false },
    ]);
  });
});

describe("score results", () => {
  it.each(INSTRUMENT_IDS)("%s result survives a JSON round trip unchanged", (id) => {
    const result = scoreResponses(id, COMPLETE[id]);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it("survives a JSON round trip with unscored CBI scales", () => {
    const result = scoreResponses("cbi", { q1: 0, q2: 25 });
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it("does not depend on the order of the answers", () => {
    const reversed = Object.fromEntries(Object.entries(PROQOL_WORKED_EXAMPLE).reverse());
    expect(scoreResponses("proqol5", reversed)).toEqual(
      scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE),
    );
  });

  it("rounds for display to 2 decimals", () => {
    expect(roundForDisplay(325 / 7)).toBe(46.43);
    expect(roundForDisplay(50)).toBe(50);
    expect(roundForDisplay(175 / 3)).toBe(58.33);
    expect(roundForDisplay(200 / 3)).toBe(66.67);
  });
});
