/**
 * When a result shows support resources (who to talk to, where to get help), as data: one
 * list of rules per instrument, each naming where its threshold comes from. A result needs
 * support resources when any rule of its instrument matches.
 *
 * The record is keyed by every instrument id, so a new instrument does not type-check until
 * it has its own rules (an empty list must be a deliberate choice).
 */
import type { NextStepCondition } from "./next-steps";
import type { InstrumentId, ScoreResult } from "./types";
import { deepFreeze } from "./define";
import { matchesCondition } from "./next-steps";

export type SupportCondition =
  | Exclude<NextStepCondition, { readonly kind: "always" }>
  /** At least this many warning-signs families are flagged. */
  | {
      readonly kind: "flagged-families";
      readonly instrumentId: "warning-signs";
      readonly atLeast: number;
    };

export interface SupportRule<I extends InstrumentId = InstrumentId> {
  readonly id: string;
  readonly when: SupportCondition & { readonly instrumentId: I };
  /** Where the threshold comes from: a published source, or "Product choice" and why. */
  readonly basis: string;
}

export type SupportRules = { readonly [I in InstrumentId]: readonly SupportRule<I>[] };

const PROQOL_BASIS =
  "ProQOL 5 self-score bands (Stamm 2009): 42 or more is High; see shared/instruments/proqol5.json bands_basis.";
const CBI_BASIS =
  'CBI "high degree of burnout" is 50 points or more (Borritz & Kristensen 2004); see shared/instruments/cbi.json bands_basis.';

export const SUPPORT_RESOURCE_RULES: SupportRules = deepFreeze({
  proqol5: [
    {
      id: "proqol5.sts.high",
      when: {
        kind: "band",
        instrumentId: "proqol5",
        subscaleId: "secondary_traumatic_stress",
        band: ["high"],
      },
      basis: PROQOL_BASIS,
    },
    {
      id: "proqol5.burnout.high",
      when: { kind: "band", instrumentId: "proqol5", subscaleId: "burnout", band: ["high"] },
      basis: PROQOL_BASIS,
    },
  ],
  cbi: [
    {
      id: "cbi.personal.high",
      when: {
        kind: "marker",
        instrumentId: "cbi",
        subscaleId: "personal_burnout",
        marker: "high_burnout",
      },
      basis: CBI_BASIS,
    },
    {
      id: "cbi.work.high",
      when: {
        kind: "marker",
        instrumentId: "cbi",
        subscaleId: "work_related_burnout",
        marker: "high_burnout",
      },
      basis: CBI_BASIS,
    },
    {
      id: "cbi.client.high",
      when: {
        kind: "marker",
        instrumentId: "cbi",
        subscaleId: "client_related_burnout",
        marker: "high_burnout",
      },
      // The source's ≥ 50 convention is stated for the CBI's scales alike; the client scale's
      // minimum-answers rule is unconfirmed (cbi.ts), but once it is scored we err on the side
      // of showing support.
      basis: `${CBI_BASIS} Applied to the client-related scale as well: product choice, erring towards showing support.`,
    },
  ],
  pulse: [
    {
      id: "pulse.index.low",
      when: { kind: "score", instrumentId: "pulse", subscaleId: "pulse", atMost: 25 },
      // The pulse is Tend's own check-in and has no published cut-off.
      basis:
        'Product choice (the pulse has no published cut-off): an index of 25 or less means the five answers average "Low" or worse — a hard week on every question.',
    },
  ],
  "warning-signs": [
    {
      id: "warning-signs.most-families",
      when: { kind: "flagged-families", instrumentId: "warning-signs", atLeast: 3 },
      // The checklist is Tend's own and has no published cut-off.
      basis:
        "Product choice (the checklist has no published cut-off): warning signs in 3 or more of the 5 symptom families, i.e. in most areas of life.",
    },
  ],
} satisfies SupportRules);

/** Whether a support condition holds for a result. */
export function matchesSupportCondition(condition: SupportCondition, result: ScoreResult): boolean {
  if (condition.kind !== "flagged-families") return matchesCondition(condition, result);
  if (result.instrumentId !== condition.instrumentId) return false;
  const flagged = result.subscales.filter((s) => s.scored && s.flagged === true).length;
  return flagged >= condition.atLeast;
}

/** The ids of the support rules a result matches (empty when it needs no support resources). */
export function matchedSupportRules(
  result: ScoreResult,
  rules: SupportRules = SUPPORT_RESOURCE_RULES,
): string[] {
  const own: readonly SupportRule[] = rules[result.instrumentId];
  return own.filter((rule) => matchesSupportCondition(rule.when, result)).map((rule) => rule.id);
}

/** Whether to show support resources beside a result: any of its instrument's rules matches. */
export function needsSupportResources(
  result: ScoreResult,
  rules: SupportRules = SUPPORT_RESOURCE_RULES,
): boolean {
  return matchedSupportRules(result, rules).length > 0;
}
