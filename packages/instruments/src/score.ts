import type {
  Answers,
  Band,
  Instrument,
  InstrumentId,
  Item,
  Marker,
  ScoreResult,
  Subscale,
  SubscaleResult,
} from "./types";
import { formatList, IncompleteAnswersError, InvalidAnswersError } from "./errors";
import { getInstrument } from "./instruments";

export interface SubscaleAnswerStatus {
  readonly subscaleId: string;
  readonly answered: number;
  readonly required: number;
  /** Whether the subscale has enough answers to be scored. */
  readonly scorable: boolean;
}

/** What `scoreResponses` would make of a set of answers, without throwing — for forms. */
export interface AnswerValidation {
  /** True when `scoreResponses` would succeed. */
  readonly ok: boolean;
  /** Which error `scoreResponses` would throw (invalid answers are reported before missing ones). */
  readonly error: "invalid" | "incomplete" | null;
  /** The message that error would carry. */
  readonly message: string | null;
  /** Items whose answer is not one of their option values. */
  readonly invalidItemIds: readonly string[];
  readonly invalidItemNumbers: readonly number[];
  /** Answer keys that are not items of the instrument. */
  readonly unknownItemIds: readonly string[];
  /** Unanswered items the instrument requires (always empty for the CBI). */
  readonly missingItemIds: readonly string[];
  readonly missingItemNumbers: readonly number[];
  /** Every unanswered item, required or not. */
  readonly unansweredItemIds: readonly string[];
  readonly subscales: readonly SubscaleAnswerStatus[];
}

const isAnswered = (value: unknown): boolean => value !== null && value !== undefined;

const isOptionValue = (item: Item, value: unknown): value is number =>
  typeof value === "number" && item.options.some((option) => option.value === value);

/** How many answers a subscale needs before it is scored. */
export function requiredAnswers(subscale: Subscale): number {
  return subscale.scoring.method === "mean"
    ? subscale.scoring.minAnswered
    : subscale.itemIds.length;
}

function itemsById(instrument: Instrument): Map<string, Item> {
  return new Map(instrument.items.map((item) => [item.id, item]));
}

function invalidMessage(invalidNumbers: readonly number[], unknownIds: readonly string[]): string {
  const parts: string[] = [];
  if (invalidNumbers.length === 1) {
    parts.push(`Item ${formatList(invalidNumbers)} has an answer that is not one of its options.`);
  } else if (invalidNumbers.length > 1) {
    parts.push(
      `Items ${formatList(invalidNumbers)} have answers that are not among their options.`,
    );
  }
  if (unknownIds.length === 1) {
    parts.push(`There is no item ${formatList(unknownIds)} in this questionnaire.`);
  } else if (unknownIds.length > 1) {
    parts.push(`There are no items ${formatList(unknownIds)} in this questionnaire.`);
  }
  return parts.join(" ");
}

function incompleteMessage(missingNumbers: readonly number[]): string {
  const noun = missingNumbers.length === 1 ? "item" : "items";
  return `Answer ${noun} ${formatList(missingNumbers)} to see your scores.`;
}

export function validateAnswers(instrumentId: InstrumentId, answers: Answers): AnswerValidation {
  const instrument = getInstrument(instrumentId);
  const items = itemsById(instrument);

  const unknownItemIds = Object.keys(answers).filter(
    (key) => !items.has(key) && isAnswered(answers[key]),
  );
  const invalidItems = instrument.items.filter(
    (item) => isAnswered(answers[item.id]) && !isOptionValue(item, answers[item.id]),
  );
  const unanswered = instrument.items.filter((item) => !isAnswered(answers[item.id]));
  const missing = instrument.requiresAllItems ? unanswered : [];

  const subscales = instrument.subscales.map((subscale): SubscaleAnswerStatus => {
    const answered = subscale.itemIds.filter((id) => {
      const item = items.get(id);
      return item !== undefined && isOptionValue(item, answers[id]);
    }).length;
    const required = requiredAnswers(subscale);
    return { subscaleId: subscale.id, answered, required, scorable: answered >= required };
  });

  const invalidItemNumbers = invalidItems.map((item) => item.number);
  const missingItemNumbers = missing.map((item) => item.number);
  const error =
    invalidItems.length > 0 || unknownItemIds.length > 0
      ? "invalid"
      : missing.length > 0
        ? "incomplete"
        : null;

  return {
    ok: error === null,
    error,
    message:
      error === "invalid"
        ? invalidMessage(invalidItemNumbers, unknownItemIds)
        : error === "incomplete"
          ? incompleteMessage(missingItemNumbers)
          : null,
    invalidItemIds: invalidItems.map((item) => item.id),
    invalidItemNumbers,
    unknownItemIds,
    missingItemIds: missing.map((item) => item.id),
    missingItemNumbers,
    unansweredItemIds: unanswered.map((item) => item.id),
    subscales,
  };
}

/** The band the score falls in, if the subscale has bands. */
export function bandFor(subscale: Subscale, score: number): Band | undefined {
  return subscale.bands?.find((band) => score >= band.min && score <= band.max);
}

/** The subscale's marker when the exact score reaches its threshold (CBI: ≥ 50). */
export function markerFor(subscale: Subscale, score: number): Marker | undefined {
  return subscale.marker && score >= subscale.marker.threshold ? subscale.marker : undefined;
}

/** Rounds to 2 decimals for display (46.428571… → 46.43). */
export function roundForDisplay(score: number): number {
  return Math.round(score * 100) / 100;
}

function optionRange(item: Item): { min: number; max: number } {
  const values = item.options.map((option) => option.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The answer as it counts towards a score: reverse items recoded (6 − answer on a 1–5 scale). */
function scoredValue(item: Item, answer: number): number {
  if (!item.reverse) return answer;
  const { min, max } = optionRange(item);
  return min + max - answer;
}

interface AnsweredItem {
  readonly item: Item;
  readonly answer: number;
}

function computeScore(
  subscale: Subscale,
  answered: readonly AnsweredItem[],
): { score: number; flagged?: boolean } {
  const recoded = answered.map(({ item, answer }) => scoredValue(item, answer));
  const sum = recoded.reduce((total, value) => total + value, 0);
  switch (subscale.scoring.method) {
    case "sum":
      return { score: sum };
    case "mean":
      return { score: sum / recoded.length };
    case "value":
      // The answer as given: direction is carried by the subscale's higherIsBetter.
      return { score: answered[0]?.answer ?? 0 };
    case "index": {
      // Mean of the recoded answers, rescaled so the lowest option is 0 and the highest 100.
      let lowest = 0;
      let span = 0;
      for (const { item } of answered) {
        const range = optionRange(item);
        lowest += range.min;
        span += range.max - range.min;
      }
      return { score: span === 0 ? 0 : ((sum - lowest) * 100) / span };
    }
    case "checklist": {
      const { sometimesNeeded } = subscale.scoring;
      let often = 0;
      let sometimes = 0;
      for (const { item, answer } of answered) {
        const { min, max } = optionRange(item);
        if (answer === max) often += 1;
        else if (answer > min) sometimes += 1;
      }
      return { score: sum, flagged: often > 0 || sometimes >= sometimesNeeded };
    }
  }
}

function scoreSubscale(
  subscale: Subscale,
  items: ReadonlyMap<string, Item>,
  answers: Answers,
): SubscaleResult {
  const answered: AnsweredItem[] = [];
  for (const id of subscale.itemIds) {
    const item = items.get(id);
    const answer = answers[id];
    if (item && isOptionValue(item, answer)) answered.push({ item, answer });
  }
  const required = requiredAnswers(subscale);
  const base = {
    subscaleId: subscale.id,
    name: subscale.name,
    answered: answered.length,
    required,
  };
  if (answered.length === 0 || answered.length < required) {
    return { ...base, score: null, display: null, scored: false };
  }

  const { score, flagged } = computeScore(subscale, answered);
  const band = bandFor(subscale, score);
  const marker = markerFor(subscale, score);
  return {
    ...base,
    score,
    display: roundForDisplay(score),
    scored: true,
    ...(band ? { band: { id: band.id, label: band.label } } : {}),
    ...(marker ? { marker: { id: marker.id, label: marker.label } } : {}),
    ...(flagged === undefined ? {} : { flagged }),
  };
}

/**
 * Scores a set of answers (item id → option value) with the instrument's current data.
 *
 * @throws InvalidAnswersError for an unknown item id or a value that is not an option
 * @throws IncompleteAnswersError when an instrument that needs every item (all but the CBI)
 *   has unanswered items; the CBI instead leaves a scale with too few answers unscored
 */
export function scoreResponses(instrumentId: InstrumentId, answers: Answers): ScoreResult {
  const instrument = getInstrument(instrumentId);
  const validation = validateAnswers(instrumentId, answers);
  if (validation.error === "invalid") {
    throw new InvalidAnswersError(
      instrumentId,
      validation.invalidItemIds,
      validation.invalidItemNumbers,
      validation.unknownItemIds,
      validation.message ?? "",
    );
  }
  if (validation.error === "incomplete") {
    throw new IncompleteAnswersError(
      instrumentId,
      validation.missingItemIds,
      validation.missingItemNumbers,
      validation.message ?? "",
    );
  }

  const items = itemsById(instrument);
  return {
    instrumentId,
    instrumentVersion: instrument.version,
    subscales: instrument.subscales.map((subscale) => scoreSubscale(subscale, items, answers)),
  };
}
