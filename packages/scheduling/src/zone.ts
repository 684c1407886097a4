/**
 * Wall-clock helpers on top of `@date-fns/tz`: reading the local date and time of an instant,
 * and turning a local date and time back into instants, including across DST changes.
 * Internal to the package.
 */
import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays } from "date-fns";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A calendar date with no zone attached; `month` is 0–11 as in `Date`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The local reading of an instant's wall clock. */
export interface LocalReading {
  date: CalendarDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Milliseconds since local midnight, as the wall clock shows it. */
  msOfDay: number;
}

const knownZones = new Set<string>();

/** Whether the runtime knows this time zone name (IANA names, and "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  if (Number.isNaN(tzOffset(timeZone, new Date(0)))) return false;
  knownZones.add(timeZone);
  return true;
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${String(timeZone)}`);
}

export function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

/** Reads the wall clock in `timeZone` at `instant` (epoch milliseconds). */
export function readLocal(instant: number, timeZone: string): LocalReading {
  const local = new TZDate(instant, timeZone);
  return {
    date: { year: local.getFullYear(), month: local.getMonth(), day: local.getDate() },
    weekday: local.getDay(),
    msOfDay:
      ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 +
      local.getMilliseconds(),
  };
}

/** Calendar arithmetic, independent of any zone (a calendar day is a calendar day everywhere). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = addDays(new TZDate(date.year, date.month, date.day, "UTC"), days);
  return { year: shifted.getFullYear(), month: shifted.getMonth(), day: shifted.getDate() };
}

export function weekdayOf(date: CalendarDate): number {
  return new TZDate(date.year, date.month, date.day, "UTC").getDay();
}

/** The local wall-clock reading of `instant`, encoded as epoch milliseconds as if the zone were UTC. */
function wallOf(instant: number, timeZone: string): number {
  return instant + tzOffset(timeZone, new Date(instant)) * MINUTE_MS;
}

/**
 * The instants at which the wall clock in `timeZone` reaches `msOfDay` on `date`, in order:
 * - normally exactly one;
 * - two when the time occurs twice (a fall-back overlap): both occurrences;
 * - when the time does not exist (a spring-forward gap): the single instant at which the clocks
 *   jump past it, i.e. the first valid instant after the gap.
 */
export function instantsReachingWallTime(
  date: CalendarDate,
  msOfDay: number,
  timeZone: string,
): number[] {
  const wall = Date.UTC(date.year, date.month, date.day) + msOfDay;
  // The offsets in force a day either side bracket any change near this wall time.
  const candidates = new Set<number>();
  for (const probe of [wall - DAY_MS, wall, wall + DAY_MS]) {
    candidates.add(wall - tzOffset(timeZone, new Date(probe)) * MINUTE_MS);
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  const exact = sorted.filter((t) => wallOf(t, timeZone) === wall);
  if (exact.length > 0) return exact;

  // A gap: the wall clock goes from before `wall` to after it without showing it.
  // Find the first instant whose wall clock is past `wall` by bisection (to the millisecond).
  let before = Math.min(...sorted);
  let after = Math.max(...sorted);
  if (!(wallOf(before, timeZone) < wall && wallOf(after, timeZone) > wall)) {
    throw new Error(`Cannot resolve local time in ${timeZone}`);
  }
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (wallOf(mid, timeZone) > wall) after = mid;
    else before = mid;
  }
  return [after];
}

/**
 * The instant a calendar day ("2026-11-28") begins in a time zone (the first instant of the day
 * when the clocks jump at midnight); null for text that is not a real date.
 */
export function startOfLocalDay(date: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const check = new Date(Date.UTC(year, month, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month ||
    check.getUTCDate() !== day
  )
    return null;
  const [first] = instantsReachingWallTime({ year, month, day }, 0, timeZone);
  return first === undefined ? null : new Date(first);
}
