import type { BandId } from "@tend/instruments";

/** Whether a band is a good, middling or hard place to be: a high band is good only where higher is better. */
export function bandTone(bandId: BandId, higherIsBetter: boolean): "good" | "middle" | "hard" {
  if (bandId === "moderate") return "middle";
  return (bandId === "high") === higherIsBetter ? "good" : "hard";
}
