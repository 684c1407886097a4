import type { Item } from "./types";

/** The item id for a form number: 1 → "q1". */
export const itemId = (number: number): string => `q${number}`;

/** The ids of the items grouped under a subscale, in form order. */
export const itemIdsOf = (items: readonly Item[], subscaleId: string): string[] =>
  items.filter((item) => item.subscaleId === subscaleId).map((item) => item.id);

/** Freezes the instrument data so no app can change it by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Shown beside every result. */
export const SCREENING_NOTE =
  "This is a screening result, not a diagnosis. It describes how things have been for you lately, and it can change.";
