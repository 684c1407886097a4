/**
 * A group's meetings: answers to come or not (for one occurrence or the whole series), and the
 * anonymous evaluation after a meeting, whose results facilitators see only in aggregate and
 * only once enough members have answered that no answer can be told apart.
 */

export const RSVP_RESPONSES = ["going", "not-going"] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** Facilitators see an occurrence's evaluation once at least this many members answered. */
export const EVALUATION_MIN_ANSWERS = 5;
/** A meeting can be evaluated from its end until this many days later. */
export const EVALUATION_WINDOW_DAYS = 14;
export const EVALUATION_COMMENT_MAX_LENGTH = 1_000;
export const MEETING_MIN_MINUTES = 15;
export const MEETING_MAX_MINUTES = 480;

/** A member's answer for one occurrence: their answer for it, else for the whole series. */
export function effectiveRsvp(
  series: RsvpResponse | null,
  occurrence: RsvpResponse | null,
): RsvpResponse | null {
  return occurrence ?? series;
}

/** Whether an occurrence that ends at `end` can be evaluated at `now`. */
export function evaluationOpen(end: Date, now: Date): boolean {
  const since = now.getTime() - end.getTime();
  return since >= 0 && since <= EVALUATION_WINDOW_DAYS * 86_400_000;
}

export interface EvaluationAnswer {
  /** Was the meeting helpful, 1 (not at all) to 5 (very). */
  helpful: number;
  /** Did it feel safe to speak, 1 to 5. */
  safe: number;
  comment: string;
}

export interface ScaleSummary {
  mean: number;
  /** How many answered 1, 2, 3, 4 and 5. */
  counts: [number, number, number, number, number];
}

export type EvaluationSummary =
  | { answers: number; withheld: true }
  | {
      answers: number;
      withheld: false;
      helpful: ScaleSummary;
      safe: ScaleSummary;
      /** The comments given, in alphabetical order (never the order they came in). */
      comments: string[];
    };

function scale(values: number[]): ScaleSummary {
  for (const v of values)
    if (!Number.isInteger(v) || v < 1 || v > 5) throw new RangeError(`Not an answer 1–5: ${v}`);
  const count = (n: number) => values.filter((v) => v === n).length;
  const counts: ScaleSummary["counts"] = [count(1), count(2), count(3), count(4), count(5)];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean: Math.round(mean * 10) / 10, counts };
}

/**
 * An occurrence's evaluation as its facilitators may see it: below `EVALUATION_MIN_ANSWERS`
 * answers only how many answered; from there the means, the counts per answer and the comments.
 */
export function summariseEvaluations(answers: readonly EvaluationAnswer[]): EvaluationSummary {
  if (answers.length < EVALUATION_MIN_ANSWERS) return { answers: answers.length, withheld: true };
  return {
    answers: answers.length,
    withheld: false,
    helpful: scale(answers.map((a) => a.helpful)),
    safe: scale(answers.map((a) => a.safe)),
    comments: answers
      .map((a) => a.comment.trim())
      .filter((c) => c.length > 0)
      .sort((a, b) => a.localeCompare(b)),
  };
}

const WEEKDAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
export const MAX_MEETINGS_IN_SERIES = 52;
export const MAX_WEEKS_BETWEEN_MEETINGS = 8;

/**
 * Checks a meeting's repeat rule: only the shape the form builds is taken — every 1 to 8 weeks,
 * on the first meeting's weekday if a day is named, for 1 to 52 meetings. Anything else (rules
 * that never occur, or occur thousands of times) is refused with a message. `weekday` is the
 * first meeting's day on the facilitator's clock, 0 for Sunday.
 */
export function checkMeetingRule(rule: string, weekday: number): string | null {
  const match = /^FREQ=WEEKLY(?:;INTERVAL=(\d{1,2}))?(?:;BYDAY=([A-Z]{2}))?;COUNT=(\d{1,2})$/u.exec(
    rule,
  );
  if (!match) return "A meeting repeats every few weeks, for a number of meetings.";
  const [, interval = "1", day, count = "0"] = match;
  if (Number(interval) < 1 || Number(interval) > MAX_WEEKS_BETWEEN_MEETINGS)
    return `A meeting repeats every 1 to ${MAX_WEEKS_BETWEEN_MEETINGS} weeks.`;
  if (Number(count) < 1 || Number(count) > MAX_MEETINGS_IN_SERIES)
    return `A series has 1 to ${MAX_MEETINGS_IN_SERIES} meetings.`;
  if (day !== undefined && day !== WEEKDAY_CODES[weekday])
    return "The meetings fall on the first meeting's weekday.";
  return null;
}
