import { describe, expect, it } from "vitest";

import { getInstrument } from "./instruments";
import { scoreResponses } from "./score";
import { CONVERSATION_PROMPTS, describeForSupervisor } from "./supervisor-view";

/** The worked example of the ProQOL notes: CS 44 High, BO 22 Low, STS 15 Low. */
const WORKED = [
  4, 2, 5, 4, 1, 4, 3, 2, 2, 1, 2, 5, 1, 1, 4, 4, 3, 4, 3, 4, 3, 5, 1, 5, 1, 3, 3, 1, 5, 5,
];

const SECOND_PERSON = /\b(you|your|yours)\b/iu;

describe("a shared result in the supervisor's words", () => {
  const proqol = getInstrument("proqol5");
  const result = scoreResponses(
    "proqol5",
    Object.fromEntries(proqol.items.map((item, i) => [item.id, WORKED[i] ?? 3])),
  );

  it("speaks of the supervisee by name, with the score, range and band", () => {
    const lines = result.subscales.map((s) => describeForSupervisor(proqol, s, "Sam"));
    expect(lines).toEqual([
      "Sam's compassion satisfaction score is 44 on a scale of 10 to 50, in the high range (higher scores mean more of it, which is good).",
      "Sam's burnout score is 22 on a scale of 10 to 50, in the low range (higher scores mean more strain).",
      "Sam's secondary traumatic stress score is 15 on a scale of 10 to 50, in the low range (higher scores mean more strain).",
    ]);
  });

  it("never addresses the supervisor as if they had taken the check, whatever the scale", () => {
    for (const instrument of ["proqol5", "cbi", "pulse", "warning-signs"] as const) {
      const definition = getInstrument(instrument);
      for (const pick of [0, 0.5, 1]) {
        // The first, middle and last option of every item.
        const answers = Object.fromEntries(
          definition.items.map((item) => [
            item.id,
            item.options[Math.round(pick * (item.options.length - 1))]?.value ?? 0,
          ]),
        );
        for (const scale of scoreResponses(instrument, answers).subscales)
          expect(describeForSupervisor(definition, scale, "Sam")).not.toMatch(SECOND_PERSON);
      }
    }
  });

  it("says so when a scale could not be scored", () => {
    const unscored = { ...result.subscales[0], scored: false, display: null, score: null };
    expect(
      describeForSupervisor(
        proqol,
        {
          ...unscored,
          subscaleId: "compassion_satisfaction",
          name: "Compassion Satisfaction",
          answered: 7,
          required: 9,
        },
        "Sam",
      ),
    ).toBe(
      "Compassion Satisfaction could not be scored: Sam answered 7 of the 9 questions it needs.",
    );
  });

  it("offers open questions, none of them a judgement", () => {
    expect(CONVERSATION_PROMPTS.length).toBeGreaterThanOrEqual(3);
    for (const prompt of CONVERSATION_PROMPTS) expect(prompt).toMatch(/\?$/u);
  });
});
