import { describe, expect, it } from "vitest";

import type { NextStepContext, ScoreResult, StrategyId } from "./index";
import {
  getInstrument,
  matchesCondition,
  NEXT_STEP_RULES,
  NEXT_STEP_TARGETS,
  nextSteps,
  scoreResponses,
  STRATEGIES,
  STRATEGY_IDS,
} from "./index";
import {
  CBI_WORKED_EXAMPLE_LABELS,
  cbiByLabels,
  inOrder,
  proqolScored as proqol,
  PROQOL_WORKED_EXAMPLE,
} from "./testing/answers";

const ruleIds = (result: ScoreResult) => nextSteps(result).map((step) => step.ruleId);
const calmWarnings = () => inOrder(Array<number>(15).fill(0));

describe("strategies and targets", () => {
  it("lists the five strategies of the design brief", () => {
    expect(STRATEGIES.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
    expect(STRATEGIES.map((s) => s.name)).toEqual([
      "Set clear boundaries",
      "Practise self-care",
      "Supervision and peer support",
      "Professional development",
      "Support outside work",
    ]);
    for (const s of STRATEGIES) {
      expect(s.description).toMatch(/^[A-Z].*\.$/);
      // A few short, specific commitments to start from, none repeated.
      expect(s.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.suggestions).size).toBe(s.suggestions.length);
      for (const text of s.suggestions) expect(text.length).toBeLessThanOrEqual(60);
    }
  });

  it("uses every target at least once", () => {
    const used = new Set(NEXT_STEP_RULES.map((rule) => rule.target));
    expect([...NEXT_STEP_TARGETS].sort()).toEqual([...used].sort());
  });
});

describe("NEXT_STEP_RULES data", () => {
  it("has unique ids, known strategies and one or two calm sentences each", () => {
    expect(new Set(NEXT_STEP_RULES.map((rule) => rule.id)).size).toBe(NEXT_STEP_RULES.length);
    for (const rule of NEXT_STEP_RULES) {
      expect(STRATEGY_IDS).toContain(rule.strategy);
      expect(rule.title.length).toBeGreaterThan(0);
      const sentences = rule.body.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(rule.body).not.toMatch(/!|must|urgent/i);
    }
  });

  it("names only subscales, bands and markers that exist", () => {
    for (const { when } of NEXT_STEP_RULES) {
      if (when.kind === "always") continue;
      const subscale = getInstrument(when.instrumentId).subscales.find(
        (s) => s.id === when.subscaleId,
      );
      expect(subscale, `${when.instrumentId}/${when.subscaleId}`).toBeDefined();
      if (when.kind === "band") {
        for (const band of when.band) expect(subscale?.bands?.map((b) => b.id)).toContain(band);
      }
      if (when.kind === "marker") expect(subscale?.marker?.id).toBe(when.marker);
      if (when.kind === "flagged") expect(subscale?.scoring.method).toBe("checklist");
      if (when.kind === "score" && subscale) {
        for (const bound of [when.atLeast, when.atMost]) {
          if (bound === undefined) continue;
          expect(bound).toBeGreaterThanOrEqual(subscale.range.min);
          expect(bound).toBeLessThanOrEqual(subscale.range.max);
        }
      }
    }
  });

  it("ends with the general self-care rule, which always matches", () => {
    const last = NEXT_STEP_RULES.at(-1);
    expect(last).toMatchObject({
      id: "general.self-care",
      strategy: "self-care",
      target: "plan.self-care",
      when: { kind: "always" },
    });
  });
});

describe("matchesCondition", () => {
  const pulse = scoreResponses("pulse", inOrder([2, 4, 4, 3, 3]));

  it("checks inclusive score bounds on the exact score", () => {
    expect(
      matchesCondition(
        { kind: "score", instrumentId: "pulse", subscaleId: "energy", atMost: 2 },
        pulse,
      ),
    ).toBe(true);
    expect(
      matchesCondition(
        { kind: "score", instrumentId: "pulse", subscaleId: "energy", atMost: 1 },
        pulse,
      ),
    ).toBe(false);
    expect(
      matchesCondition(
        { kind: "score", instrumentId: "pulse", subscaleId: "emotional_load", atLeast: 4 },
        pulse,
      ),
    ).toBe(true);
    expect(
      matchesCondition(
        { kind: "score", instrumentId: "pulse", subscaleId: "pulse", atLeast: 40, atMost: 60 },
        pulse,
      ),
    ).toBe(true);
  });

  it("never matches another instrument's result or an unscored subscale", () => {
    expect(
      matchesCondition(
        { kind: "band", instrumentId: "proqol5", subscaleId: "burnout", band: ["low"] },
        pulse,
      ),
    ).toBe(false);
    const cbi = scoreResponses("cbi", { q1: 100, q2: 100 });
    expect(
      matchesCondition(
        { kind: "score", instrumentId: "cbi", subscaleId: "personal_burnout", atLeast: 0 },
        cbi,
      ),
    ).toBe(false);
    expect(matchesCondition({ kind: "always" }, cbi)).toBe(true);
  });
});

describe("nextSteps", () => {
  it("always suggests self-care, even when all is well", () => {
    expect(ruleIds(scoreResponses("proqol5", PROQOL_WORKED_EXAMPLE))).toEqual([
      "general.self-care",
    ]);
    expect(ruleIds(scoreResponses("warning-signs", calmWarnings()))).toEqual(["general.self-care"]);
    expect(ruleIds(scoreResponses("cbi", {}))).toEqual(["general.self-care"]);
  });

  it("returns plain data naming a strategy and a target", () => {
    expect(nextSteps(scoreResponses("pulse", inOrder([3, 3, 3, 3, 3])))).toEqual([
      {
        ruleId: "general.self-care",
        strategy: "self-care",
        title: "Keep one small self-care commitment",
        body: "Choose one small thing that restores you this week and add it to your plan. Small, regular care counts.",
        target: "plan.self-care",
      },
    ]);
  });

  it("suggests boundaries for moderate ProQOL burnout and development for low compassion satisfaction", () => {
    expect(ruleIds(proqol(30, 23, 10))).toEqual([
      "proqol5.burnout.end-of-day",
      "general.self-care",
    ]);
    expect(ruleIds(proqol(22, 10, 10))).toEqual(["proqol5.cs.growth", "general.self-care"]);
    expect(ruleIds(proqol(30, 10, 23))).toEqual([
      "proqol5.sts.talk",
      "proqol5.sts.peer-group",
      "general.self-care",
    ]);
  });

  it("keeps at most four, in priority order, with self-care taking the last place", () => {
    // STS and Burnout high: six rules match; support outside work and the burnout end-of-day
    // step give way to booking supervision and to self-care.
    const steps = nextSteps(proqol(30, 42, 42));
    expect(steps.map((s) => s.ruleId)).toEqual([
      "proqol5.sts.talk",
      "proqol5.sts.book",
      "proqol5.burnout.hours",
      "general.self-care",
    ]);
  });

  it("follows the CBI marker", () => {
    expect(ruleIds(scoreResponses("cbi", cbiByLabels(CBI_WORKED_EXAMPLE_LABELS)))).toEqual([
      "cbi.personal.outside-work",
      "general.self-care",
    ]);
    expect(ruleIds(scoreResponses("cbi", { q7: 50, q8: 50, q9: 50, q10: 50 }))).toEqual([
      "cbi.work.hours",
      "cbi.work.end-of-day",
      "general.self-care",
    ]);
    expect(ruleIds(scoreResponses("cbi", { q14: 75, q15: 50, q16: 25 }))).toEqual([
      "cbi.client.talk",
      "cbi.client.peer-group",
      "general.self-care",
    ]);
  });

  it("follows flagged warning-signs families", () => {
    expect(ruleIds(scoreResponses("warning-signs", { ...calmWarnings(), q10: 1, q12: 1 }))).toEqual(
      ["warning-signs.behavioural.outside-work", "general.self-care"],
    );
    // A specific self-care step stands in for the general one.
    expect(ruleIds(scoreResponses("warning-signs", { ...calmWarnings(), q2: 2 }))).toEqual([
      "warning-signs.physical.rest",
    ]);
    const everything = nextSteps(
      scoreResponses("warning-signs", inOrder(Array<number>(15).fill(2))),
    );
    expect(everything.map((s) => s.ruleId)).toEqual([
      "warning-signs.emotional.talk",
      "warning-signs.cognitive.end-of-day",
      "warning-signs.behavioural.outside-work",
      "warning-signs.physical.rest",
    ]);
  });

  it("offers one step per target", () => {
    // Poor sleep and low energy both point at the self-care plan: one step, the first rule's.
    expect(ruleIds(scoreResponses("pulse", inOrder([1, 1, 3, 3, 3])))).toEqual([
      "pulse.sleep.rest",
    ]);
    expect(ruleIds(scoreResponses("pulse", inOrder([3, 3, 5, 2, 1])))).toEqual([
      "pulse.emotional-load.talk",
      "pulse.switching-off.end-of-day",
      "pulse.connection.outside-work",
      "general.self-care",
    ]);
  });
});

describe("strategy descriptions", () => {
  it("promise nothing Tend does not do yet (booking, peer groups, CE tracking, team reports)", () => {
    for (const strategy of STRATEGIES) {
      expect(strategy.description).not.toMatch(
        /licen[cs]e requirement|tracked|peer support group|agenda|booking|report/i,
      );
    }
  });
});

describe("next steps that fit the person", () => {
  const nobody: NextStepContext = { hasEndOfDayRitual: false, planStrategies: [], shared: false };
  // High burnout and secondary traumatic stress: the end-of-day and talk-it-through steps match.
  const heavy = scoreResponses("warning-signs", inOrder(Array<number>(15).fill(2)));

  it("reads as before without context, and with a context that changes nothing", () => {
    expect(nextSteps(heavy, nobody)).toEqual(nextSteps(heavy));
  });

  it("does not suggest an end-of-day ritual to someone whose plan has one", () => {
    const titles = (context: NextStepContext) => nextSteps(heavy, context).map((s) => s.title);
    expect(titles(nobody)).toContain("Close the working day");
    expect(titles({ ...nobody, hasEndOfDayRitual: true })).not.toContain("Close the working day");
  });

  it("turns 'talk it through' into booking the conversation once the result is shared", () => {
    const talk = (shared: boolean) =>
      nextSteps(heavy, { ...nobody, shared }).find(
        (s) => s.ruleId === "warning-signs.emotional.talk",
      );
    expect(talk(false)).toMatchObject({ title: "Talk it through", target: "supervision.share" });
    expect(talk(true)).toMatchObject({
      title: "Bring it to supervision",
      target: "supervision.book",
    });
  });

  it("asks to look again at self-care commitments rather than add one, when the plan has some", () => {
    const calm = scoreResponses("pulse", inOrder([3, 3, 3, 3, 3]));
    const selfCare = (planStrategies: readonly StrategyId[]) =>
      nextSteps(calm, { ...nobody, planStrategies }).find((s) => s.strategy === "self-care");
    expect(selfCare([])?.title).toBe("Keep one small self-care commitment");
    expect(selfCare(["self-care"])?.title).toBe("Look again at your self-care");
    expect(selfCare(["boundaries"])?.title).toBe("Keep one small self-care commitment");
  });

  it("keeps every personal variant calm, short and pointed at a known target", () => {
    for (const rule of NEXT_STEP_RULES)
      for (const variant of rule.personal?.instead ?? []) {
        expect(NEXT_STEP_TARGETS).toContain(variant.target);
        const sentences = variant.body.split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(2);
        expect(variant.body).not.toMatch(/!|must|urgent/i);
      }
  });

  it("still always offers a self-care step, whatever the person's plan holds", () => {
    const everyone = { hasEndOfDayRitual: true, planStrategies: [...STRATEGY_IDS], shared: true };
    for (const result of [heavy, scoreResponses("pulse", inOrder([3, 3, 3, 3, 3]))])
      expect(nextSteps(result, everyone).some((s) => s.strategy === "self-care")).toBe(true);
  });
});
