import type { BandId } from "@tend/instruments";

/** Whether a band is a good, middling or hard place to be: a high band is good only where higher is better. */
export function bandTone(bandId: BandId, higherIsBetter: boolean): "good" | "middle" | "hard" {
  if (bandId === "moderate") return "middle";
  return (bandId === "high") === higherIsBetter ? "good" : "hard";
}

/** The badge colours of each tone. */
export const TONE_STYLE = {
  good: "border-emerald-700/30 bg-emerald-50 text-emerald-900",
  middle: "border-amber-700/30 bg-amber-50 text-amber-900",
  hard: "border-rose-700/30 bg-rose-50 text-rose-900",
} as const;
