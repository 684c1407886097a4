/**
 * The self-check cadence policy: how often each check recurs unless the person chooses
 * otherwise, and which checks remind by default. The list page and the reminder scan both
 * read a person's effective cadence from `effectiveCadence`, so the rule is written once.
 */
import type { InstrumentId } from "@tend/instruments";
import type { Cadence } from "@tend/scheduling";

/** Default cadences, in days, per self-check instrument. */
export const DEFAULT_CADENCES = {
  proqol5: 30,
  cbi: 30,
  pulse: 7,
  "warning-signs": 14,
} as const satisfies Record<InstrumentId, number>;

/**
 * Checks that remind by default (ProQOL monthly, the pulse weekly). The others stay off
 * until the person chooses a cadence for them.
 */
export const REMINDED_BY_DEFAULT: readonly InstrumentId[] = ["proqol5", "pulse"];

/** A cadence the person saved for one check. */
export interface SavedCadence {
  instrumentId: string;
  everyDays: number;
  paused: boolean;
}

export interface EffectiveCadence extends Required<Pick<Cadence, "everyDays" | "paused">> {
  /** True while the person has not chosen a cadence for this check. */
  isDefault: boolean;
}

/** The cadence that applies to one check: the person's choice, or the default policy. */
export function effectiveCadence(
  instrumentId: InstrumentId,
  saved: readonly SavedCadence[],
): EffectiveCadence {
  const chosen = saved.find((c) => c.instrumentId === instrumentId);
  if (chosen) return { everyDays: chosen.everyDays, paused: chosen.paused, isDefault: false };
  return {
    everyDays: DEFAULT_CADENCES[instrumentId],
    paused: !REMINDED_BY_DEFAULT.includes(instrumentId),
    isDefault: true,
  };
}
