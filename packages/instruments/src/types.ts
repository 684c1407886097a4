/**
 * Instruments are data: the questions, their answer options, how each subscale is scored
 * and what each band means. A stored result names the `version` of this data it was
 * scored with, so a later change to the data never silently reinterprets old results.
 */

export const INSTRUMENT_IDS = ["proqol5", "cbi", "pulse", "warning-signs"] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** The five symptom families of the design brief; one warning-signs subscale each. */
export const WARNING_SIGN_FAMILIES = [
  "physical",
  "emotional",
  "cognitive",
  "behavioural",
  "professional",
] as const;
export type WarningSignFamily = (typeof WARNING_SIGN_FAMILIES)[number];

/** The subscale ids of every instrument, so rules and apps can name them with type checking. */
export interface SubscaleIds {
  proqol5: "compassion_satisfaction" | "burnout" | "secondary_traumatic_stress";
  cbi: "personal_burnout" | "work_related_burnout" | "client_related_burnout";
  pulse: "pulse" | "energy" | "sleep" | "emotional_load" | "connection" | "switching_off";
  "warning-signs": WarningSignFamily;
}
export type SubscaleId<I extends InstrumentId = InstrumentId> = SubscaleIds[I];

export interface ResponseOption {
  /** The value stored as the answer. */
  readonly value: number;
  readonly label: string;
}

export interface Item {
  /** Stable id used as the key of an answer, e.g. "q1". */
  readonly id: string;
  /** The number shown on the form (1-based, form order). */
  readonly number: number;
  /** May contain the ProQOL placeholders `[help]`, `[helper]`, … — show it through `renderItemText`. */
  readonly text: string;
  /** In display order. */
  readonly options: readonly ResponseOption[];
  /** The subscale the item is grouped under. */
  readonly subscaleId: string;
  /**
   * The answer is recoded as (lowest option + highest option − answer) before it is scored,
   * e.g. 6 − answer on a 1–5 scale. CBI item 13 is reversed too, but its reversal is already
   * in its option values (`responseFormat: "frequency_reversed"`), so it is not recoded again.
   */
  readonly reverse: boolean;
  /** The source's name for the item's answer format, where the source has several. */
  readonly responseFormat?: string;
}

export type BandId = "low" | "moderate" | "high";

export interface Band {
  readonly id: BandId;
  readonly label: string;
  /** Inclusive bounds on the subscale score. */
  readonly min: number;
  readonly max: number;
  /** Plain, calm words for the person who took the check. */
  readonly meaning: string;
}

export type MarkerId = "high_burnout";

/** A single threshold with a published meaning — not a band scheme. */
export interface Marker {
  readonly id: MarkerId;
  readonly label: string;
  /** The marker applies when the exact score is at least this. */
  readonly threshold: number;
  /** Shown when the marker applies. */
  readonly meaning: string;
  /** Shown when the subscale is scored but the marker does not apply. */
  readonly belowMeaning: string;
}

/** How a subscale's score is computed from its items' answers. */
export type SubscaleScoring =
  /** Sum of the (reverse-recoded) answers; every item is required. */
  | { readonly method: "sum" }
  /** Mean of the answered items; unscored with fewer than `minAnswered` answers. */
  | { readonly method: "mean"; readonly minAnswered: number }
  /** The single item's answer as given. */
  | { readonly method: "value" }
  /** Mean of the (reverse-recoded) answers rescaled so the lowest option is 0 and the highest 100. */
  | { readonly method: "index" }
  /**
   * A warning-signs family: flagged when any answer is the highest option ("Often") or at
   * least `sometimesNeeded` answers are the middle one ("Sometimes"). The score is the sum.
   */
  | { readonly method: "checklist"; readonly sometimesNeeded: number };

export interface Subscale {
  readonly id: string;
  readonly name: string;
  /** One or two plain sentences on what the subscale looks at. */
  readonly description: string;
  readonly higherIsBetter: boolean;
  /** The items scored on this subscale (an item may count towards more than one, as in the pulse). */
  readonly itemIds: readonly string[];
  readonly range: { readonly min: number; readonly max: number };
  readonly scoring: SubscaleScoring;
  readonly bands?: readonly Band[];
  readonly marker?: Marker;
  /** For checklist subscales. */
  readonly flaggedMeaning?: string;
  readonly notFlaggedMeaning?: string;
}

export interface Attribution {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

export interface Instrument {
  readonly id: InstrumentId;
  /** A version of OUR data (items, options, scoring, wording), e.g. "proqol5@2009.1". */
  readonly version: string;
  readonly name: string;
  readonly shortName: string;
  /** One plain sentence. */
  readonly description: string;
  /** May contain ProQOL placeholders — show it through `renderInstructions`. */
  readonly instructions: string;
  /** Whether this is a published, validated instrument (false for Tend's own checks). */
  readonly validated: boolean;
  readonly estimatedMinutes: number;
  /** In form order. */
  readonly items: readonly Item[];
  readonly subscales: readonly Subscale[];
  /** Every item must be answered before the instrument is scored. */
  readonly requiresAllItems: boolean;
  /** The instructions ask for a number, so the answer buttons show each option's value. */
  readonly numberedOptions?: boolean;
  readonly attribution?: Attribution;
  readonly citation?: string;
  /** A summary of the terms of use, for people who run Tend (not shown to respondents). */
  readonly licenceNote?: string;
  /** The time frame the questions ask about, e.g. "in the last 30 days". */
  readonly periodLabel: string;
}

/**
 * Answers keyed by item id. The value is the chosen option's `value`; `null` or `undefined`
 * means the item was left unanswered.
 */
export type Answers = Readonly<Record<string, number | null | undefined>>;

export interface SubscaleResult {
  readonly subscaleId: string;
  readonly name: string;
  /** The exact score, or null when the subscale could not be scored. */
  readonly score: number | null;
  /** The score rounded to 2 decimals, for display; null when not scored. */
  readonly display: number | null;
  readonly scored: boolean;
  /** How many of the subscale's items were answered. */
  readonly answered: number;
  /** How many answers the subscale needs to be scored. */
  readonly required: number;
  readonly band?: { readonly id: BandId; readonly label: string };
  readonly marker?: { readonly id: MarkerId; readonly label: string };
  readonly flagged?: boolean;
}

/** Plain JSON: safe to store and to send over the wire. */
export interface ScoreResult {
  readonly instrumentId: InstrumentId;
  readonly instrumentVersion: string;
  readonly subscales: readonly SubscaleResult[];
}
