import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { EvaluationAnswer } from "./meetings";
import {
  checkMeetingRule,
  effectiveRsvp,
  EVALUATION_MIN_ANSWERS,
  evaluationOpen,
  summariseEvaluations,
} from "./meetings";

const answer = fc.record({
  helpful: fc.integer({ min: 1, max: 5 }),
  safe: fc.integer({ min: 1, max: 5 }),
  comment: fc.string({ maxLength: 20 }),
});

describe("the evaluation after a meeting", () => {
  it(`withholds everything but the number of answers below ${EVALUATION_MIN_ANSWERS}`, () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: EVALUATION_MIN_ANSWERS - 1 }), (answers) => {
        expect(summariseEvaluations(answers)).toEqual({ answers: answers.length, withheld: true });
      }),
    );
  });

  it(`shows means, counts and comments from ${EVALUATION_MIN_ANSWERS} answers`, () => {
    const answers: EvaluationAnswer[] = [
      { helpful: 5, safe: 4, comment: "Thank you all" },
      { helpful: 4, safe: 4, comment: "" },
      { helpful: 4, safe: 5, comment: " " },
      { helpful: 3, safe: 5, comment: "A bit long" },
      { helpful: 5, safe: 5, comment: "" },
    ];
    expect(summariseEvaluations(answers)).toEqual({
      answers: 5,
      withheld: false,
      helpful: { mean: 4.2, counts: [0, 0, 1, 2, 2] },
      safe: { mean: 4.6, counts: [0, 0, 0, 2, 3] },
      comments: ["A bit long", "Thank you all"],
    });
  });

  it("counts every answer once, and orders comments so their order tells nothing", () => {
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: EVALUATION_MIN_ANSWERS, maxLength: 30 }),
        (answers) => {
          const summary = summariseEvaluations(answers);
          if (summary.withheld) throw new Error("withheld");
          expect(summary.helpful.counts.reduce((a, b) => a + b)).toBe(answers.length);
          expect(summary.safe.counts.reduce((a, b) => a + b)).toBe(answers.length);
          const reversed = summariseEvaluations([...answers].reverse());
          expect(reversed).toEqual(summary);
        },
      ),
    );
  });

  it("refuses an answer outside 1–5", () => {
    const five = Array.from({ length: 5 }, () => ({ helpful: 3, safe: 3, comment: "" }));
    expect(() => summariseEvaluations([...five, { helpful: 6, safe: 3, comment: "" }])).toThrow(
      RangeError,
    );
  });

  it("is open from the meeting's end for two weeks", () => {
    const end = new Date("2026-12-03T18:00:00Z");
    expect(evaluationOpen(end, new Date("2026-12-03T17:59:00Z"))).toBe(false);
    expect(evaluationOpen(end, end)).toBe(true);
    expect(evaluationOpen(end, new Date("2026-12-17T18:00:00Z"))).toBe(true);
    expect(evaluationOpen(end, new Date("2026-12-17T18:01:00Z"))).toBe(false);
  });
});

describe("answering whether one comes", () => {
  it("takes the answer for one occurrence over the answer for the series", () => {
    expect(effectiveRsvp("going", null)).toBe("going");
    expect(effectiveRsvp("going", "not-going")).toBe("not-going");
    expect(effectiveRsvp(null, "going")).toBe("going");
    expect(effectiveRsvp(null, null)).toBeNull();
  });
});

describe("a meeting's repeat rule", () => {
  it("takes the form's weekly shapes", () => {
    expect(checkMeetingRule("FREQ=WEEKLY;COUNT=8", 4)).toBeNull();
    expect(checkMeetingRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=8", 4)).toBeNull();
  });

  it("refuses rules that never occur, occur too often, or fall on another day", () => {
    for (const rule of [
      "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
      "FREQ=MONTHLY;BYSETPOS=0",
      "FREQ=WEEKLY;BYHOUR=1,2,3;COUNT=5",
      "FREQ=WEEKLY",
      "FREQ=WEEKLY;COUNT=0",
      "FREQ=WEEKLY;COUNT=53",
      "FREQ=WEEKLY;INTERVAL=9;COUNT=4",
      "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
    ])
      expect(checkMeetingRule(rule, 4), rule).not.toBeNull();
  });
});
