import type { ScoreResult } from "@tend/instruments";

/** "Burnout 22 (Low) · Compassion satisfaction 44 (High)": one result in a line, for lists. */
export function scoreLine(result: ScoreResult): string {
  return result.subscales
    .filter((s) => s.scored)
    .map((s) => {
      const label = s.band?.label ?? s.marker?.label ?? (s.flagged ? "Signs noticed" : undefined);
      return `${s.name} ${s.display ?? ""}${label ? ` (${label})` : ""}`.trim();
    })
    .join(" · ");
}
