import type { HiddenReason, RefusalReason } from "./suppression";

/**
 * Why a cell is hidden, in the report's words (k is the organisation's threshold). A wellbeing
 * figure stands for the people who answered; a protective factor for the people it counts.
 */
export function explainHidden(
  reason: HiddenReason,
  k: number,
  stands: "answered" | "counted" = "answered",
): string {
  if (reason === "fewer-than-k" && stands === "counted")
    return `Hidden: it would stand for fewer than ${k} people, so no one can be singled out.`;
  return reason === "fewer-than-k"
    ? `Hidden: fewer than ${k} people answered, so no one's answers can be singled out.`
    : `Hidden as well: otherwise a smaller group's figures could be worked out from the total.`;
}

/** Why a filter or breakdown was refused (k is the organisation's threshold). */
export function explainRefusal(k: number, reason: RefusalReason = "small-remainder"): string {
  return reason === "small-remainder"
    ? `Not available: it would leave out fewer than ${k} people, whose figures could then be worked out by comparing it with the whole.`
    : `Not available for this choice of teams: it would separate teams that are hidden to protect people from each other, so their figures could be worked out. Include all of them or none.`;
}
