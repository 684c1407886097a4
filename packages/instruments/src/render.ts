import type { Instrument, Item } from "./types";

/**
 * The words that replace the ProQOL's bracketed placeholders. The ProQOL allows these to be
 * swapped for an organisation's own role words (e.g. helper → counsellor, help → counsel)
 * without the result counting as "adapted from the ProQOL".
 */
export interface RoleWords {
  /** `[help]`, e.g. "counsel" */
  readonly help: string;
  /** `[helper]`, e.g. "counsellor" */
  readonly helper: string;
  /** `[helping]`, e.g. "counselling" */
  readonly helping: string;
  /** `[helped]`, e.g. "counselled" */
  readonly helped: string;
  /** `[work]`, e.g. "case" */
  readonly work: string;
}

export const DEFAULT_ROLE_WORDS: RoleWords = Object.freeze({
  help: "help",
  helper: "helper",
  helping: "helping",
  helped: "helped",
  work: "work",
});

// Only these exact bracketed words are placeholders; any other text, including the
// unbracketed "help" in ProQOL item 20 ("… and how I could help them"), is left alone.
const PLACEHOLDER = /\[(help|helper|helping|helped|work)\]/g;

/** Replaces the bracketed placeholders; missing or blank role words fall back to the defaults. */
export function renderPlaceholders(text: string, roleWords?: Partial<RoleWords>): string {
  return text.replace(PLACEHOLDER, (_match, key: keyof RoleWords) => {
    const custom = roleWords?.[key]?.trim() ?? "";
    return custom === "" ? DEFAULT_ROLE_WORDS[key] : custom;
  });
}

/** The item's text as the respondent should see it. */
export function renderItemText(
  _instrument: Instrument,
  item: Item,
  roleWords?: Partial<RoleWords>,
): string {
  return renderPlaceholders(item.text, roleWords);
}

/** The instrument's instructions as the respondent should see them. */
export function renderInstructions(instrument: Instrument, roleWords?: Partial<RoleWords>): string {
  return renderPlaceholders(instrument.instructions, roleWords);
}
