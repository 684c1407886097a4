/** Answer-set builders for the unit tests (not exported from the package). */
import type { Answers, ScoreResult, SubscaleResult } from "../types";
import { CBI } from "../cbi";
import { PROQOL5 } from "../proqol5";
import { scoreResponses } from "../score";

/** Answers from a list of values in form order: values[0] answers q1. */
export const inOrder = (values: readonly number[]): Record<string, number> =>
  Object.fromEntries(values.map((value, index) => [`q${index + 1}`, value]));

/** The ProQOL 5 worked example (README and proqol5.json): CS 44 High, BO 22 Low, STS 15 Low. */
export const PROQOL_WORKED_EXAMPLE = inOrder([
  4, 2, 5, 4, 1, 4, 3, 2, 2, 1, 2, 5, 1, 1, 4, 4, 3, 4, 3, 4, 3, 5, 1, 5, 1, 3, 3, 1, 5, 5,
]);

/** The CBI worked example (README and cbi.json), as answer labels by item number. */
export const CBI_WORKED_EXAMPLE_LABELS: Readonly<Record<number, string>> = {
  1: "Often",
  2: "Sometimes",
  3: "Often",
  4: "Seldom",
  5: "Sometimes",
  6: "Seldom",
  7: "To a high degree",
  8: "Somewhat",
  9: "To a low degree",
  10: "Often",
  11: "Sometimes",
  12: "Seldom",
  13: "Often",
  14: "Somewhat",
  15: "To a low degree",
  16: "Somewhat",
  17: "To a high degree",
  18: "Seldom",
  19: "Never/almost never",
};

/** CBI answers from answer labels: looks each label up among that item's own options. */
export function cbiByLabels(labels: Readonly<Record<number, string>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(labels).map(([number, label]) => {
      const item = CBI.items.find((candidate) => candidate.number === Number(number));
      const option = item?.options.find((candidate) => candidate.label === label);
      if (!item || !option) throw new Error(`No option "${label}" for CBI item ${number}`);
      return [item.id, option.value];
    }),
  );
}

/**
 * A complete ProQOL answer set whose raw subscale sums are the given targets (10–50): each
 * item's scored value starts at 1 and is raised in form order until the sum is reached;
 * reverse items are answered 6 − scored value.
 */
export function proqolWithSums(sums: {
  compassion_satisfaction: number;
  burnout: number;
  secondary_traumatic_stress: number;
}): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const subscale of PROQOL5.subscales) {
    let remaining = sums[subscale.id as keyof typeof sums] - subscale.itemIds.length;
    if (remaining < 0 || remaining > 4 * subscale.itemIds.length) {
      throw new Error(`Sum out of range for ${subscale.id}`);
    }
    for (const id of subscale.itemIds) {
      const scored = 1 + Math.min(4, remaining);
      remaining -= scored - 1;
      const item = PROQOL5.items.find((candidate) => candidate.id === id);
      answers[id] = item?.reverse ? 6 - scored : scored;
    }
  }
  return answers;
}

/** Every ProQOL item answered with the same value. */
export const proqolAll = (value: number): Record<string, number> =>
  inOrder(Array.from({ length: 30 }, () => value));

/** The subscale result with this id; throws so tests fail clearly. */
export function subscale(result: ScoreResult, id: string): SubscaleResult {
  const found = result.subscales.find((s) => s.subscaleId === id);
  if (!found) throw new Error(`No subscale ${id} in the ${result.instrumentId} result`);
  return found;
}

/** Answers with some items removed. */
export const without = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

/** A scored ProQOL result with these three subscale sums. */
export const proqolScored = (cs: number, bo: number, sts: number) =>
  scoreResponses(
    "proqol5",
    proqolWithSums({ compassion_satisfaction: cs, burnout: bo, secondary_traumatic_stress: sts }),
  );
