/**
 * Next steps after a check, as data: each rule names a condition on a result, one of the five
 * prevention strategies of the design brief, calm words, and where in the app to act on it.
 */
import type {
  BandId,
  InstrumentId,
  MarkerId,
  ScoreResult,
  SubscaleIds,
  SubscaleResult,
  WarningSignFamily,
} from "./types";
import { deepFreeze } from "./define";

export const STRATEGY_IDS = [
  "boundaries",
  "self-care",
  "supervision-peer-support",
  "professional-development",
  "support-outside-work",
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface Strategy {
  readonly id: StrategyId;
  readonly name: string;
  readonly description: string;
  /** Small, specific commitments the plan offers to start from (the person may reword them). */
  readonly suggestions: readonly string[];
}

/** The five prevention strategies (DESIGN.md), in the brief's order. */
export const STRATEGIES: readonly Strategy[] = deepFreeze([
  {
    id: "boundaries",
    name: "Set clear boundaries",
    description:
      "Working hours and quiet hours that every notification honours, and an end-of-day ritual in your plan.",
    suggestions: [
      "No work email after 6 pm",
      "A proper lunch break away from my desk",
      "Leave on time at least three days a week",
    ],
  },
  {
    id: "self-care",
    name: "Practise self-care",
    description: "Self-care commitments in your prevention plan, reviewed after each check.",
    suggestions: [
      "A 20-minute walk at lunch",
      "Five minutes of slow breathing between hard sessions",
      "In bed by 11 on work nights",
    ],
  },
  {
    id: "supervision-peer-support",
    name: "Supervision and peer support",
    description:
      "Talking things through with your supervisor and colleagues; you choose whether to share a self-check result with your supervisor.",
    suggestions: [
      "Bring one hard case to supervision each month",
      "Go to my peer group's next meeting",
      "Check in with a colleague after a difficult session",
    ],
  },
  {
    id: "professional-development",
    name: "Professional development",
    description:
      "Learning goals and workshops you plan for yourself, to keep growing in your work.",
    suggestions: [
      "Finish the trauma-informed care module",
      "Read one article a month about my field",
      "Choose a workshop from the catalog this quarter",
    ],
  },
  {
    id: "support-outside-work",
    name: "Support outside work",
    description:
      "Commitments to the people and activities outside work that restore you; never shared.",
    suggestions: [
      "Call a friend or family member on Sundays",
      "An evening a week for something I enjoy",
      "Time outdoors at the weekend",
    ],
  },
]);

/**
 * Where the app acts on a next step. Apps map each id to a URL; add new targets here.
 */
export const NEXT_STEP_TARGETS = [
  "plan.boundaries",
  "plan.self-care",
  "plan.support-outside-work",
  "profile.hours",
  "supervision.share",
  "supervision.book",
  "groups.join",
  "development.plan",
] as const;
export type NextStepTarget = (typeof NEXT_STEP_TARGETS)[number];

/** A condition on one subscale of one instrument, with the subscale id checked against it. */
type OnSubscale<Kind extends string, Extra> = {
  [I in InstrumentId]: {
    readonly kind: Kind;
    readonly instrumentId: I;
    readonly subscaleId: SubscaleIds[I];
  } & Extra;
}[InstrumentId];

export type NextStepCondition =
  /** The subscale is scored and falls in one of these bands. */
  | OnSubscale<"band", { readonly band: readonly BandId[] }>
  /** The subscale is scored and carries this marker. */
  | OnSubscale<"marker", { readonly marker: MarkerId }>
  /** This warning-signs family is flagged. */
  | {
      readonly kind: "flagged";
      readonly instrumentId: "warning-signs";
      readonly subscaleId: WarningSignFamily;
    }
  /** The subscale is scored and its exact score is within these inclusive bounds. */
  | OnSubscale<"score", { readonly atLeast?: number; readonly atMost?: number }>
  /** Every result. */
  | { readonly kind: "always" };

/**
 * What is known of the person beyond the result, so that a suggestion fits them: what their
 * plan already holds and whether they share this result.
 */
export interface NextStepContext {
  /** Their plan has an end-of-day ritual. */
  readonly hasEndOfDayRitual: boolean;
  /** The strategies their plan already has commitments under. */
  readonly planStrategies: readonly StrategyId[];
  /** This result is shared with a supervisor now. */
  readonly shared: boolean;
}

/** A fact of the context a rule may depend on. */
export type NextStepFact =
  | "end-of-day-ritual"
  /** The plan has commitments under the rule's own strategy. */
  | "plan-has-strategy"
  | "shared";

/**
 * How a rule fits the person: `unless` a fact holds it is not offered (its target stays free
 * for the next rule); `instead`, when a fact holds, it says something else (the first that
 * holds wins).
 */
export interface NextStepPersonalisation {
  readonly unless?: readonly NextStepFact[];
  readonly instead?: readonly {
    readonly when: NextStepFact;
    readonly title: string;
    readonly body: string;
    readonly target: NextStepTarget;
  }[];
}

export interface NextStepRule {
  readonly id: string;
  readonly when: NextStepCondition;
  readonly strategy: StrategyId;
  readonly title: string;
  /** One or two calm sentences. */
  readonly body: string;
  readonly target: NextStepTarget;
  readonly personal?: NextStepPersonalisation;
}

export interface NextStep {
  readonly ruleId: string;
  readonly strategy: StrategyId;
  readonly title: string;
  readonly body: string;
  readonly target: NextStepTarget;
}

const MAX_NEXT_STEPS = 4;

// Shared wording, so that the same step reads the same whichever check suggested it.
const TALK_IT_THROUGH = {
  strategy: "supervision-peer-support",
  title: "Talk it through",
  target: "supervision.share",
  personal: {
    // Already shared: the next step is the conversation itself.
    instead: [
      {
        when: "shared",
        title: "Bring it to supervision",
        body: "You are sharing this result with your supervisor. Book a time to talk it through; you choose what to say about it.",
        target: "supervision.book",
      },
    ],
  },
} as const;
const END_OF_DAY = {
  strategy: "boundaries",
  title: "Close the working day",
  body: "A small end-of-day ritual helps you leave work at work. Add one to your plan.",
  target: "plan.boundaries",
  // Offered only to those whose plan has no ritual yet.
  personal: { unless: ["end-of-day-ritual"] },
} as const;
const PROTECT_TIME_OFF = {
  strategy: "boundaries",
  title: "Protect your time off",
  body: "Set your working and quiet hours so Tend keeps notifications out of your own time. Rest is part of doing this work well.",
  target: "profile.hours",
} as const;
const OUTSIDE_WORK = {
  strategy: "support-outside-work",
  title: "Lean on life outside work",
  target: "plan.support-outside-work",
} as const;
const PEER_GROUP = {
  strategy: "supervision-peer-support",
  title: "Meet colleagues who understand",
  target: "groups.join",
} as const;
const GROWTH = {
  strategy: "professional-development",
  title: "Reconnect with what drew you to this work",
  target: "development.plan",
} as const;
const REST = {
  strategy: "self-care",
  title: "Make room for rest",
  target: "plan.self-care",
  personal: {
    instead: [
      {
        when: "plan-has-strategy",
        title: "Look again at your self-care",
        body: "Your plan has self-care commitments. Are they still realistic this week, or is one too many right now?",
        target: "plan.self-care",
      },
    ],
  },
} as const;

/**
 * In priority order: `nextSteps` keeps the first matching rule for each target. The last rule
 * always matches, so every result gets a self-care suggestion.
 */
export const NEXT_STEP_RULES: readonly NextStepRule[] = deepFreeze([
  // ProQOL 5
  {
    id: "proqol5.sts.talk",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "secondary_traumatic_stress",
      band: ["moderate", "high"],
    },
    ...TALK_IT_THROUGH,
    body: "What you hear at work seems to be staying with you. Talking it through in supervision can help, and you choose whether to share this result.",
  },
  {
    id: "proqol5.sts.book",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "secondary_traumatic_stress",
      band: ["high"],
    },
    strategy: "supervision-peer-support",
    title: "Book supervision",
    body: "Regular supervision is one of the strongest protections against secondary traumatic stress. Book a time with your supervisor, even a short one.",
    target: "supervision.book",
  },
  {
    id: "proqol5.burnout.hours",
    when: { kind: "band", instrumentId: "proqol5", subscaleId: "burnout", band: ["high"] },
    ...PROTECT_TIME_OFF,
  },
  {
    id: "proqol5.sts.peer-group",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "secondary_traumatic_stress",
      band: ["moderate", "high"],
    },
    ...PEER_GROUP,
    body: "A peer support group is a confidential space with colleagues who know this work. Your results are never shared with a group.",
  },
  {
    id: "proqol5.sts.outside-work",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "secondary_traumatic_stress",
      band: ["high"],
    },
    ...OUTSIDE_WORK,
    body: "Plan time with people and activities outside work that help you feel like yourself. What you write there stays private.",
  },
  {
    id: "proqol5.burnout.end-of-day",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "burnout",
      band: ["moderate", "high"],
    },
    ...END_OF_DAY,
  },
  {
    id: "proqol5.cs.growth",
    when: {
      kind: "band",
      instrumentId: "proqol5",
      subscaleId: "compassion_satisfaction",
      band: ["low"],
    },
    ...GROWTH,
    body: "A learning goal or a workshop can bring back a sense of growth and meaning. Set one on your development page; your plan lists it too.",
  },

  // Copenhagen Burnout Inventory
  {
    id: "cbi.work.hours",
    when: {
      kind: "marker",
      instrumentId: "cbi",
      subscaleId: "work_related_burnout",
      marker: "high_burnout",
    },
    ...PROTECT_TIME_OFF,
  },
  {
    id: "cbi.client.talk",
    when: {
      kind: "marker",
      instrumentId: "cbi",
      subscaleId: "client_related_burnout",
      marker: "high_burnout",
    },
    ...TALK_IT_THROUGH,
    body: "Work with clients seems to be taking a lot out of you. Talking it through in supervision or a peer group can help, and you choose whether to share this result.",
  },
  {
    id: "cbi.client.peer-group",
    when: {
      kind: "marker",
      instrumentId: "cbi",
      subscaleId: "client_related_burnout",
      marker: "high_burnout",
    },
    ...PEER_GROUP,
    body: "Colleagues who do the same work can carry some of it with you. A peer support group meets under an agreement that what is said stays there.",
  },
  {
    id: "cbi.personal.outside-work",
    when: {
      kind: "marker",
      instrumentId: "cbi",
      subscaleId: "personal_burnout",
      marker: "high_burnout",
    },
    ...OUTSIDE_WORK,
    body: "You seem tired in general, not only at work. Plan time with the people and activities that restore you; what you write there stays private.",
  },
  {
    id: "cbi.work.end-of-day",
    when: {
      kind: "marker",
      instrumentId: "cbi",
      subscaleId: "work_related_burnout",
      marker: "high_burnout",
    },
    ...END_OF_DAY,
  },

  // Warning signs
  {
    id: "warning-signs.emotional.talk",
    when: { kind: "flagged", instrumentId: "warning-signs", subscaleId: "emotional" },
    ...TALK_IT_THROUGH,
    body: "Feeling numb, distant or easily overwhelmed is a common response to this work. Talking it through with your supervisor or peers can help, and you choose what to share.",
  },
  {
    id: "warning-signs.cognitive.end-of-day",
    when: { kind: "flagged", instrumentId: "warning-signs", subscaleId: "cognitive" },
    ...END_OF_DAY,
    body: "When work follows you in your thoughts, a small end-of-day ritual can help you set it down. Add one to your plan.",
  },
  {
    id: "warning-signs.behavioural.outside-work",
    when: { kind: "flagged", instrumentId: "warning-signs", subscaleId: "behavioural" },
    ...OUTSIDE_WORK,
    body: "Plan some time with people you are close to, or an activity that restores you. What you write there stays private.",
  },
  {
    id: "warning-signs.professional.growth",
    when: { kind: "flagged", instrumentId: "warning-signs", subscaleId: "professional" },
    ...GROWTH,
    body: "A learning goal, a workshop or a conversation with a mentor can renew your sense of purpose. Set a goal on your development page.",
  },
  {
    id: "warning-signs.physical.rest",
    when: { kind: "flagged", instrumentId: "warning-signs", subscaleId: "physical" },
    ...REST,
    body: "Your body may need more recovery than it is getting. Choose one thing for sleep, movement or rest and add it to your plan.",
  },

  // Weekly pulse
  {
    id: "pulse.emotional-load.talk",
    when: { kind: "score", instrumentId: "pulse", subscaleId: "emotional_load", atLeast: 4 },
    ...TALK_IT_THROUGH,
    body: "This week has felt emotionally heavy. Talking it through with your supervisor or a colleague can lighten the load, and you choose what to share.",
  },
  {
    id: "pulse.switching-off.end-of-day",
    when: { kind: "score", instrumentId: "pulse", subscaleId: "switching_off", atMost: 2 },
    ...END_OF_DAY,
  },
  {
    id: "pulse.connection.outside-work",
    when: { kind: "score", instrumentId: "pulse", subscaleId: "connection", atMost: 2 },
    ...OUTSIDE_WORK,
    body: "You have felt less connected this week. Plan a little time with someone who lifts you; what you write there stays private.",
  },
  {
    id: "pulse.sleep.rest",
    when: { kind: "score", instrumentId: "pulse", subscaleId: "sleep", atMost: 2 },
    ...REST,
    body: "Sleep has been hard this week. Choose one small thing that helps you wind down and add it to your plan.",
  },
  {
    id: "pulse.energy.rest",
    when: { kind: "score", instrumentId: "pulse", subscaleId: "energy", atMost: 2 },
    ...REST,
    body: "Your energy has been low this week. Choose one small thing that restores you and add it to your plan.",
  },

  // Always: the general self-care suggestion.
  {
    id: "general.self-care",
    when: { kind: "always" },
    strategy: "self-care",
    title: "Keep one small self-care commitment",
    body: "Choose one small thing that restores you this week and add it to your plan. Small, regular care counts.",
    target: "plan.self-care",
    personal: REST.personal,
  },
] satisfies NextStepRule[]);

function subscaleOf(
  result: ScoreResult,
  instrumentId: InstrumentId,
  subscaleId: string,
): SubscaleResult | undefined {
  if (result.instrumentId !== instrumentId) return undefined;
  const subscale = result.subscales.find((s) => s.subscaleId === subscaleId);
  return subscale?.scored ? subscale : undefined;
}

/** Whether a rule's condition holds for a result. */
export function matchesCondition(condition: NextStepCondition, result: ScoreResult): boolean {
  if (condition.kind === "always") return true;
  const subscale = subscaleOf(result, condition.instrumentId, condition.subscaleId);
  if (!subscale) return false;
  switch (condition.kind) {
    case "band":
      return subscale.band !== undefined && condition.band.includes(subscale.band.id);
    case "marker":
      return subscale.marker?.id === condition.marker;
    case "flagged":
      return subscale.flagged === true;
    case "score": {
      const score = subscale.score;
      if (score === null) return false;
      return (
        (condition.atLeast === undefined || score >= condition.atLeast) &&
        (condition.atMost === undefined || score <= condition.atMost)
      );
    }
  }
}

/**
 * The next steps for a result: matching rules in priority order, one per target, at most
 * four, and always including a self-care step (the general one when no other matched).
 */
/** Whether a fact holds for this person and rule. */
function holds(fact: NextStepFact, rule: NextStepRule, context: NextStepContext): boolean {
  switch (fact) {
    case "end-of-day-ritual":
      return context.hasEndOfDayRitual;
    case "plan-has-strategy":
      return context.planStrategies.includes(rule.strategy);
    case "shared":
      return context.shared;
  }
}

/** A rule as it reads for this person, or null when it is not for them. */
function personalise(rule: NextStepRule, context: NextStepContext | undefined) {
  const base = { title: rule.title, body: rule.body, target: rule.target };
  if (!context || !rule.personal) return base;
  if (rule.personal.unless?.some((fact) => holds(fact, rule, context))) return null;
  const instead = rule.personal.instead?.find((variant) => holds(variant.when, rule, context));
  return instead ? { title: instead.title, body: instead.body, target: instead.target } : base;
}

export function nextSteps(
  result: ScoreResult,
  context?: NextStepContext,
  rules: readonly NextStepRule[] = NEXT_STEP_RULES,
): NextStep[] {
  const seenTargets = new Set<NextStepTarget>();
  const matched: NextStep[] = [];
  for (const rule of rules) {
    if (!matchesCondition(rule.when, result)) continue;
    const step = personalise(rule, context);
    if (!step || seenTargets.has(step.target)) continue;
    seenTargets.add(step.target);
    matched.push({ ruleId: rule.id, strategy: rule.strategy, ...step });
  }

  const steps = matched.slice(0, MAX_NEXT_STEPS);
  if (!steps.some((step) => step.strategy === "self-care")) {
    // More than four matched and the self-care step fell off the end: it takes the last place.
    const selfCare = matched.find((step) => step.strategy === "self-care");
    if (selfCare) steps[MAX_NEXT_STEPS - 1] = selfCare;
  }
  return steps;
}
