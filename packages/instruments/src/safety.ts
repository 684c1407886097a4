import type { ScoreResult } from "./types";

/**
 * Whether to show support resources (who to talk to, where to get help) beside a result:
 * a high ProQOL Secondary Traumatic Stress or Burnout band, or a CBI personal or
 * work-related score of 50 or more.
 */
export function needsSupportResources(result: ScoreResult): boolean {
  const scored = result.subscales.filter((s) => s.scored);
  switch (result.instrumentId) {
    case "proqol5":
      return scored.some(
        (s) =>
          (s.subscaleId === "secondary_traumatic_stress" || s.subscaleId === "burnout") &&
          s.band?.id === "high",
      );
    case "cbi":
      return scored.some(
        (s) =>
          (s.subscaleId === "personal_burnout" || s.subscaleId === "work_related_burnout") &&
          s.score !== null &&
          s.score >= 50,
      );
    case "pulse":
    case "warning-signs":
      return false;
  }
}
