import type { InstrumentId } from "./types";

/** "4", "4 and 17", "4, 17 and 30". */
export function formatList(parts: readonly (string | number)[]): string {
  const words = parts.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

/** Answers that name an unknown item or a value that is not one of the item's options. */
export class InvalidAnswersError extends Error {
  override readonly name = "InvalidAnswersError";

  constructor(
    readonly instrumentId: InstrumentId,
    readonly invalidItemIds: readonly string[],
    readonly invalidItemNumbers: readonly number[],
    readonly unknownItemIds: readonly string[],
    message: string,
  ) {
    super(message);
  }
}

/** Answers that leave out items the instrument needs before it can be scored. */
export class IncompleteAnswersError extends Error {
  override readonly name = "IncompleteAnswersError";

  constructor(
    readonly instrumentId: InstrumentId,
    readonly missingItemIds: readonly string[],
    readonly missingItemNumbers: readonly number[],
    message: string,
  ) {
    super(message);
  }
}
