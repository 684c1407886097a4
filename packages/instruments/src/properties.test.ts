/** Property tests with fixed seeds, so every run checks the same cases. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { InstrumentId } from "./index";
import { bandFor, getInstrument, nextSteps, PROQOL5, scoreResponses } from "./index";

const SEED = 20_240_601;
const RUNS = 500;

/** Any complete, valid answer set for an instrument. */
const completeAnswers = (id: InstrumentId) =>
  fc
    .tuple(
      ...getInstrument(id).items.map((item) =>
        fc
          .constantFrom(...item.options.map((option) => option.value))
          .map((value) => [item.id, value] as const),
      ),
    )
    .map((entries) => Object.fromEntries(entries));

/** Any CBI answer set, with any items skipped. */
const partialCbiAnswers = fc
  .tuple(
    ...getInstrument("cbi").items.map((item) =>
      fc
        .option(fc.constantFrom(...item.options.map((option) => option.value)), { nil: undefined })
        .map((value) => [item.id, value] as const),
    ),
  )
  .map((entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined)));

const expectedBand = (score: number) => (score <= 22 ? "low" : score <= 41 ? "moderate" : "high");

describe("properties", () => {
  it("ProQOL: every subscale of a complete answer set is 10–50 and its band matches", () => {
    fc.assert(
      fc.property(completeAnswers("proqol5"), (answers) => {
        const result = scoreResponses("proqol5", answers);
        expect(result.subscales).toHaveLength(3);
        for (const s of result.subscales) {
          const score = s.score ?? Number.NaN;
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(10);
          expect(score).toBeLessThanOrEqual(50);
          expect(s.band?.id).toBe(expectedBand(score));
          const subscale = PROQOL5.subscales.find((x) => x.id === s.subscaleId);
          expect(subscale && bandFor(subscale, score)?.label).toBe(s.band?.label);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("CBI: a scale is scored exactly when it has enough answers; scores are 0–100 and marked from 50", () => {
    fc.assert(
      fc.property(partialCbiAnswers, (answers) => {
        const result = scoreResponses("cbi", answers);
        for (const s of result.subscales) {
          const scale = getInstrument("cbi").subscales.find((x) => x.id === s.subscaleId);
          const answered = scale?.itemIds.filter((id) => answers[id] !== undefined).length;
          expect(s.answered).toBe(answered);
          expect(s.scored).toBe(s.answered >= s.required);
          if (s.score === null) {
            expect(s.marker).toBeUndefined();
            continue;
          }
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
          expect(s.marker !== undefined).toBe(s.score >= 50);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("Pulse: the index is 0–100 in steps of 5", () => {
    fc.assert(
      fc.property(completeAnswers("pulse"), (answers) => {
        const index =
          scoreResponses("pulse", answers).subscales.find((s) => s.subscaleId === "pulse")?.score ??
          Number.NaN;
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(100);
        expect(index % 5).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("Warning signs: a family is flagged exactly when its three answers sum to 2 or more", () => {
    fc.assert(
      fc.property(completeAnswers("warning-signs"), (answers) => {
        for (const s of scoreResponses("warning-signs", answers).subscales) {
          expect(s.flagged).toBe((s.score ?? 0) >= 2);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("Next steps: one to four, one per target, always including self-care", () => {
    const anyResult = fc.oneof(
      completeAnswers("proqol5").map((a) => scoreResponses("proqol5", a)),
      partialCbiAnswers.map((a) => scoreResponses("cbi", a)),
      completeAnswers("pulse").map((a) => scoreResponses("pulse", a)),
      completeAnswers("warning-signs").map((a) => scoreResponses("warning-signs", a)),
    );
    fc.assert(
      fc.property(anyResult, (result) => {
        const steps = nextSteps(result);
        expect(steps.length).toBeGreaterThanOrEqual(1);
        expect(steps.length).toBeLessThanOrEqual(4);
        expect(new Set(steps.map((s) => s.target)).size).toBe(steps.length);
        expect(steps.some((s) => s.strategy === "self-care")).toBe(true);
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
