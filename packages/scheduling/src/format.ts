import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { assertInstant, assertTimeZone } from "./zone";

/** The default pattern of `formatLocal`, e.g. "Mon 2 Mar 2026, 09:00". */
export const DEFAULT_LOCAL_PATTERN = "EEE d MMM yyyy, HH:mm";

/** Formats `instant` as the wall clock in `timeZone` shows it, with a date-fns `format` pattern. */
export function formatLocal(
  instant: Date,
  timeZone: string,
  pattern: string = DEFAULT_LOCAL_PATTERN,
): string {
  assertInstant(instant, "instant");
  assertTimeZone(timeZone);
  return format(new TZDate(instant.getTime(), timeZone), pattern);
}
