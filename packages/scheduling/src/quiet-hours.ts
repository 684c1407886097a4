import type { QuietHours } from "./types";
import { inDailyWindow, parseClockTime } from "./time-of-day";
import {
  addCalendarDays,
  assertInstant,
  assertTimeZone,
  instantsReachingWallTime,
  readLocal,
} from "./zone";

interface ParsedWindow {
  start: number;
  end: number;
}

function parseQuietHours(quiet: QuietHours): ParsedWindow {
  const start = parseClockTime(quiet.start, "quietHours.start");
  const end = parseClockTime(quiet.end, "quietHours.end");
  // An empty window is refused rather than read as "never quiet" or "always quiet":
  // the profile form never saves one, so it means corrupted settings.
  if (start === end) throw new RangeError("quietHours.start and quietHours.end must differ");
  return { start, end };
}

function quietAt(instant: number, window: ParsedWindow, timeZone: string): boolean {
  return inDailyWindow(readLocal(instant, timeZone).msOfDay, window.start, window.end);
}

/**
 * Whether `instant` falls inside the person's quiet hours, read on their own wall clock:
 * local time in [start, end), or, when the window crosses midnight (start > end),
 * local time ≥ start or < end. Exactly at `start` is quiet; exactly at `end` is not.
 */
export function isWithinQuietHours(instant: Date, quiet: QuietHours, timeZone: string): boolean {
  assertInstant(instant, "instant");
  assertTimeZone(timeZone);
  return quietAt(instant.getTime(), parseQuietHours(quiet), timeZone);
}

/**
 * The earliest moment at or after `from` at which a notification may be sent.
 *
 * - Outside quiet hours: `from` (as a new Date with the same time).
 * - Inside: the first instant at or after `from` at which the local wall clock reaches
 *   `quiet.end`. On a spring-forward day on which `end` does not exist (e.g. 02:30 in
 *   America/New_York on 2026-03-08) that is the first instant after the gap (03:00 local);
 *   on a fall-back day on which `end` occurs twice it is the first occurrence (or the second,
 *   when `from` lies between the two).
 * - The result is never inside quiet hours. If the instant found is (which only happens when
 *   the whole allowed part of the day falls inside a DST gap), the next day's end is used.
 *
 * Conservative by design: when a fall-back turns the clock back from inside quiet hours to a
 * time before they start (e.g. quiet 01:30–06:00 and clocks going from 02:00 back to 01:00),
 * the brief stretch of wall-clock time before 01:30 is not treated as an opening; the result is
 * the end of the night's quiet hours.
 */
export function nextAllowedSendTime(from: Date, quiet: QuietHours, timeZone: string): Date {
  assertInstant(from, "from");
  assertTimeZone(timeZone);
  const window = parseQuietHours(quiet);
  const fromMs = from.getTime();
  if (!quietAt(fromMs, window, timeZone)) return new Date(fromMs);

  const today = readLocal(fromMs, timeZone).date;
  // Quiet hours last under a day, so the end is normally today or tomorrow; the extra days
  // only matter when an end is swallowed by a DST gap.
  for (let offset = 0; offset <= 7; offset++) {
    const day = addCalendarDays(today, offset);
    for (const candidate of instantsReachingWallTime(day, window.end, timeZone)) {
      if (candidate >= fromMs && !quietAt(candidate, window, timeZone)) return new Date(candidate);
    }
  }
  throw new Error(`No time outside quiet hours found within a week in ${timeZone}`);
}
