import type { PersonSchedule, WorkingHours } from "./types";
import { nextAllowedSendTime } from "./quiet-hours";
import { inDailyWindow, parseClockTime } from "./time-of-day";
import {
  addCalendarDays,
  assertInstant,
  assertTimeZone,
  instantsReachingWallTime,
  readLocal,
  weekdayOf,
} from "./zone";

interface ParsedWorkingHours {
  days: ReadonlySet<number>;
  start: number;
  end: number;
}

function parseWorkingHours(hours: WorkingHours): ParsedWorkingHours {
  for (const day of hours.days) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new RangeError(
        `workingHours.days must hold weekdays 0 (Sunday) to 6 (Saturday), got ${String(day)}`,
      );
    }
  }
  const start = parseClockTime(hours.start, "workingHours.start");
  const end = parseClockTime(hours.end, "workingHours.end");
  if (start === end) throw new RangeError("workingHours.start and workingHours.end must differ");
  return { days: new Set(hours.days), start, end };
}

function workingAt(instant: number, hours: ParsedWorkingHours, timeZone: string): boolean {
  const local = readLocal(instant, timeZone);
  if (!inDailyWindow(local.msOfDay, hours.start, hours.end)) return false;
  // A shift that crosses midnight (start > end) belongs to the day on which it starts.
  const shiftStartedYesterday = hours.start > hours.end && local.msOfDay < hours.end;
  const shiftDay = shiftStartedYesterday ? (local.weekday + 6) % 7 : local.weekday;
  return hours.days.has(shiftDay);
}

/**
 * Whether `instant` is inside the person's working hours on one of their working days, on their
 * own wall clock: local time in [start, end) on a day listed in `days`. (The profile form only
 * saves start < end; a window with start > end is read as an overnight shift that belongs to the
 * day it starts on.)
 */
export function isWithinWorkingHours(
  instant: Date,
  workingHours: WorkingHours,
  timeZone: string,
): boolean {
  assertInstant(instant, "instant");
  assertTimeZone(timeZone);
  return workingAt(instant.getTime(), parseWorkingHours(workingHours), timeZone);
}

/**
 * A friendly moment to send someone a reminder, at or after `from`.
 *
 * The rule:
 * 1. If `from` is within working hours on a working day (their wall clock), it is `from` itself.
 * 2. Otherwise it is the next start of working hours on a working day at or after `from`
 *    (today's start if that is still ahead, else the next working day's). If the start time does
 *    not exist that day (DST gap) the first instant after the gap is used; if it occurs twice,
 *    the first occurrence. With no working days at all, `from` is used.
 * 3. Whatever step 1 or 2 chose is then passed through `nextAllowedSendTime`, so the result is
 *    never inside quiet hours — quiet hours win over working hours (the result may then fall
 *    outside working hours, e.g. if someone's quiet hours end after their working day starts).
 */
export function preferredSendTime(from: Date, person: PersonSchedule): Date {
  assertInstant(from, "from");
  const { timeZone, quietHours } = person;
  assertTimeZone(timeZone);
  const hours = parseWorkingHours(person.workingHours);
  const fromMs = from.getTime();

  let candidate = fromMs;
  if (!workingAt(fromMs, hours, timeZone) && hours.days.size > 0) {
    candidate = nextWorkingStart(fromMs, hours, timeZone);
  }
  return nextAllowedSendTime(new Date(candidate), quietHours, timeZone);
}

function nextWorkingStart(fromMs: number, hours: ParsedWorkingHours, timeZone: string): number {
  const today = readLocal(fromMs, timeZone).date;
  for (let offset = 0; offset <= 8; offset++) {
    const day = addCalendarDays(today, offset);
    if (!hours.days.has(weekdayOf(day))) continue;
    for (const start of instantsReachingWallTime(day, hours.start, timeZone)) {
      if (start >= fromMs) return start;
    }
  }
  // Unreachable with at least one working day: every weekday recurs within eight days.
  throw new Error("No working day found within eight days");
}
