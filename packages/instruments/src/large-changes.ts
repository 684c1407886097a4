/**
 * Large changes between a result and the previous result of the same instrument, as data: per
 * instrument, the subscales watched and how much change counts as large, with calm words for
 * the person who took the check.
 *
 * None of these instruments publishes a reliable-change figure in our sources
 * (shared/instruments/), so every threshold here is a PRODUCT CHOICE with one rationale:
 * a change as large as moving one whole answer step on every item of the scale. That is
 * 10 points on a ProQOL 5 subscale (10 items scored 1–5), 25 points on a CBI scale or the
 * pulse index (0–100, one answer step = 25 points), and 3 points on a warning-signs family
 * (3 items scored 0–2). The single pulse questions are not watched: one answer moves often.
 */
import type { Direction } from "./compare";
import type { InstrumentId, ScoreResult, SubscaleIds } from "./types";
import { compareResults } from "./compare";
import { deepFreeze } from "./define";
import { roundForDisplay as round } from "./score";

export interface LargeChangeRule<I extends InstrumentId = InstrumentId> {
  readonly subscaleId: SubscaleIds[I];
  /** A change of at least this much, either way, is large. */
  readonly atLeast: number;
}

export type LargeChangeRules = { readonly [I in InstrumentId]: readonly LargeChangeRule<I>[] };

export const LARGE_CHANGE_RULES: LargeChangeRules = deepFreeze({
  proqol5: [
    { subscaleId: "compassion_satisfaction", atLeast: 10 },
    { subscaleId: "burnout", atLeast: 10 },
    { subscaleId: "secondary_traumatic_stress", atLeast: 10 },
  ],
  cbi: [
    { subscaleId: "personal_burnout", atLeast: 25 },
    { subscaleId: "work_related_burnout", atLeast: 25 },
    { subscaleId: "client_related_burnout", atLeast: 25 },
  ],
  pulse: [{ subscaleId: "pulse", atLeast: 25 }],
  "warning-signs": [
    { subscaleId: "physical", atLeast: 3 },
    { subscaleId: "emotional", atLeast: 3 },
    { subscaleId: "cognitive", atLeast: 3 },
    { subscaleId: "behavioural", atLeast: 3 },
    { subscaleId: "professional", atLeast: 3 },
  ],
} satisfies LargeChangeRules);

export interface LargeChange {
  readonly subscaleId: string;
  readonly name: string;
  /** Rounded for display. */
  readonly previous: number;
  readonly current: number;
  /** current − previous, rounded for display. */
  readonly delta: number;
  readonly direction: Exclude<Direction, "unchanged">;
  /** The change in one sentence: which score, which way, by how much. */
  readonly what: string;
  /** `what` and what to make of it, for the person who took the check. */
  readonly message: string;
}

const WORSE =
  "A change this size is worth noticing. Go gently with yourself, and consider talking it through with someone you trust.";

function describe(name: string, previous: number, current: number): string {
  const way = current > previous ? "up" : "down";
  const amount = round(Math.abs(current - previous));
  return `Your ${name} score has gone ${way} by ${amount} since your last result, from ${round(previous)} to ${round(current)}.`;
}

function messageFor(what: string, direction: LargeChange["direction"]): string {
  return direction === "worse"
    ? `${what} ${WORSE}`
    : `${what} That is a large change in a better direction.`;
}

/**
 * What to make of several large changes, said once after their `what` sentences (repeating
 * the advice under each would read as alarm): the gentle advice if any went the harder way.
 */
export function largeChangesClosing(changes: readonly LargeChange[]): string {
  return changes.some((c) => c.direction === "worse")
    ? WORSE
    : "These are large changes in a better direction.";
}

/**
 * The large changes since the previous result of the same instrument, in the instrument's
 * subscale order; empty when there is no previous result or nothing changed much.
 */
export function largeChanges(
  previous: ScoreResult | null,
  current: ScoreResult,
  rules: LargeChangeRules = LARGE_CHANGE_RULES,
): LargeChange[] {
  if (!previous) return [];
  const watched: readonly LargeChangeRule[] = rules[current.instrumentId];
  const comparison = compareResults(previous, current);
  const changes: LargeChange[] = [];
  for (const c of comparison.subscales) {
    const rule = watched.find((r) => r.subscaleId === c.subscaleId);
    if (!rule || c.delta === null || c.previous === null || c.current === null) continue;
    if (Math.abs(c.delta) < rule.atLeast - 1e-9) continue;
    const direction = c.direction === "better" ? "better" : "worse";
    const what = describe(c.name, c.previous, c.current);
    changes.push({
      subscaleId: c.subscaleId,
      name: c.name,
      previous: round(c.previous),
      current: round(c.current),
      delta: round(c.delta),
      direction,
      what,
      message: messageFor(what, direction),
    });
  }
  return changes;
}
