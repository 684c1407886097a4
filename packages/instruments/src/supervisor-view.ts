/**
 * A shared result as its supervisor reads it: in the third person, about the supervisee, with
 * no advice meant for the person who took the check, and prompts for a supportive,
 * non-evaluative conversation. The words come from the instrument's data (scale names, ranges,
 * bands, markers); nothing here judges the person.
 */
import type { Instrument, SubscaleResult } from "./types";

/** Short, open questions a supervisor may start from; the supervisee leads. */
export const CONVERSATION_PROMPTS: readonly string[] = Object.freeze([
  "How have things been for you since you took this?",
  "What made you want to share it with me?",
  "Is there a part of your work that weighs on you most at the moment?",
  "What would help most right now: time, a change in your caseload, or talking it through?",
  "Is there anything you would like us to keep an eye on together?",
]);

/** One scale of a shared result, said of the supervisee by name. */
export function describeForSupervisor(
  instrument: Instrument,
  scale: SubscaleResult,
  firstName: string,
): string {
  const definition = instrument.subscales.find((s) => s.id === scale.subscaleId);
  if (!definition) return "";
  const name = definition.name;
  if (!scale.scored || scale.display === null)
    return `${name} could not be scored: ${firstName} answered ${scale.answered} of the ${scale.required} questions it needs.`;
  if (scale.flagged !== undefined)
    return scale.flagged
      ? `${firstName} noted several ${name.toLowerCase()} warning signs over the last two weeks.`
      : `${firstName} noted no strong ${name.toLowerCase()} warning signs over the last two weeks.`;
  const score = `${scale.display} on a scale of ${definition.range.min} to ${definition.range.max}`;
  const direction = definition.higherIsBetter
    ? "higher scores mean more of it, which is good"
    : "higher scores mean more strain";
  if (scale.band)
    return `${firstName}'s ${name.toLowerCase()} score is ${score}, in the ${scale.band.label.toLowerCase()} range (${direction}).`;
  if (definition.marker)
    return scale.marker
      ? `${firstName}'s ${name.toLowerCase()} score is ${score}: at or above ${definition.marker.threshold}, the level the questionnaire's authors describe as a high degree of burnout.`
      : `${firstName}'s ${name.toLowerCase()} score is ${score}: below ${definition.marker.threshold}, the level the questionnaire's authors describe as a high degree of burnout.`;
  return `${firstName}'s ${name.toLowerCase()} score is ${score} (${direction}).`;
}
