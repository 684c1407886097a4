/**
 * A supervisor's bookable time: weekly windows on their own wall clock, date overrides, and a
 * session type's length, buffers, notice and daily maximum, turned into concrete slots.
 *
 * Rules (Cal.com's, where it has one):
 * - A window belongs to the local date it starts on. One whose end is not after its start
 *   crosses midnight and ends on the next day (a night service's 22:00–02:00).
 * - An override replaces the weekly windows that start on its date: no windows is a day off,
 *   other windows are that day's hours. A Friday night window still runs into an overridden
 *   Saturday morning: it started on Friday.
 * - Slots start at a window's start and then every `startEveryMinutes` of real time, and must
 *   end inside the window. A session lasts its real length, so across a clock change inside
 *   a window the wall-clock start times shift by the change (the 01:00 slot of a spring-forward
 *   night is followed by 03:00).
 * - A slot needs `bufferBefore` free minutes before it and `bufferAfter` after it, clear of the
 *   supervisor's sessions and any other blocked time; it must start at least `minimumNotice`
 *   after `now`; a local date that already holds `maxPerDay` sessions offers nothing more.
 */
import type { CalendarDate } from "./zone";
import { parseClockTime } from "./time-of-day";
import {
  addCalendarDays,
  assertInstant,
  assertTimeZone,
  DAY_MS,
  instantsReachingWallTime,
  MINUTE_MS,
  readLocal,
  weekdayOf,
} from "./zone";

/** A daily window of "HH:MM" wall-clock times; `end` ≤ `start` crosses midnight. */
export interface ClockWindow {
  start: string;
  end: string;
}

/** A window that recurs on one weekday (0 = Sunday … 6 = Saturday). */
export interface WeeklyWindow extends ClockWindow {
  weekday: number;
}

/** A date ("YYYY-MM-DD", on the schedule's wall clock) whose hours replace the weekly ones. */
export interface DateOverride {
  date: string;
  /** Empty: a day off. */
  windows: readonly ClockWindow[];
}

/** A weekly schedule in one IANA time zone, with its date overrides. */
export interface AvailabilitySchedule {
  timeZone: string;
  weekly: readonly WeeklyWindow[];
  overrides?: readonly DateOverride[];
}

/** What a bookable session is: its length and the rules around it, in minutes. */
export interface SessionRules {
  durationMinutes: number;
  /** Free time needed before and after a session. Default 0. */
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  /** How long before its start a slot stops being bookable. Default 0. */
  minimumNoticeMinutes?: number;
  /** Sessions a day at most, counted on the schedule's wall clock. Default: no limit. */
  maxPerDay?: number;
  /** How often a slot may start. Default: the duration rounded up to a quarter hour (50 → 60). */
  startEveryMinutes?: number;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  schedule: AvailabilitySchedule;
  rules: SessionRules;
  /** Slots starting in [from, to). At most 366 days apart. */
  from: Date;
  to: Date;
  now: Date;
  /** The supervisor's sessions: they block their time and count towards `maxPerDay`. */
  sessions?: readonly Interval[];
  /** Other time that must stay free (e.g. the person booking's own sessions). */
  blocked?: readonly Interval[];
}

const MAX_RANGE_DAYS = 366;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string): CalendarDate {
  const match = DATE.exec(value);
  if (match) {
    const date = { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
    // 2026-02-30 rolls over to March: not a date.
    const check = new Date(Date.UTC(date.year, date.month, date.day));
    if (check.getUTCMonth() === date.month && check.getUTCDate() === date.day) return date;
  }
  throw new RangeError(
    `An override's date must be a "YYYY-MM-DD" date, got ${JSON.stringify(value)}`,
  );
}

const dateKey = (d: CalendarDate) => `${d.year}-${d.month}-${d.day}`;

function minutes(value: number | undefined, name: string, fallback: number, least = 0): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < least || v > 7 * 24 * 60)
    throw new RangeError(
      `${name} must be a whole number of minutes from ${least}, got ${String(v)}`,
    );
  return v;
}

interface ParsedWindow {
  start: number;
  end: number;
}

function parseWindow(window: ClockWindow, name: string): ParsedWindow {
  const start = parseClockTime(window.start, `${name}.start`);
  const end = parseClockTime(window.end, `${name}.end`);
  if (start === end) throw new RangeError(`${name} must end at another time than it starts`);
  return { start, end };
}

/** The first instant the wall clock shows `msOfDay` on `date` (a gap's time: when it resumes). */
function firstInstant(date: CalendarDate, msOfDay: number, timeZone: string): number {
  const [first] = instantsReachingWallTime(date, msOfDay, timeZone);
  if (first === undefined) throw new Error(`Cannot resolve local time in ${timeZone}`);
  return first;
}

/** A window on `date` as real instants [start, end). */
function windowInstants(
  date: CalendarDate,
  window: ParsedWindow,
  timeZone: string,
): [number, number] {
  const start = firstInstant(date, window.start, timeZone);
  const endDate = window.end > window.start ? date : addCalendarDays(date, 1);
  const ends = instantsReachingWallTime(endDate, window.end, timeZone);
  // In a fall-back overlap the end time occurs twice: the window runs to the later one.
  const end = ends.filter((t) => t > start).at(-1) ?? start;
  return [start, end];
}

const overlaps = (aStart: number, aEnd: number, b: Interval) =>
  aStart < b.end.getTime() && b.start.getTime() < aEnd;

/**
 * The bookable slots of a session type on a schedule, in time order: see the rules above.
 * Throws a RangeError on a malformed schedule or rule (an unknown zone, "25:00", a negative
 * buffer), which callers validate before saving.
 */
export function availableSlots(query: SlotQuery): Interval[] {
  const { schedule, rules } = query;
  assertTimeZone(schedule.timeZone);
  for (const [name, value] of [
    ["from", query.from],
    ["to", query.to],
    ["now", query.now],
  ] as const)
    assertInstant(value, name);
  const from = query.from.getTime();
  const to = query.to.getTime();
  if (to - from > MAX_RANGE_DAYS * DAY_MS)
    throw new RangeError(`Slots are computed for at most ${MAX_RANGE_DAYS} days at a time`);
  if (to <= from) return [];

  const duration = minutes(rules.durationMinutes, "durationMinutes", 0, 5) * MINUTE_MS;
  const before = minutes(rules.bufferBeforeMinutes, "bufferBeforeMinutes", 0) * MINUTE_MS;
  const after = minutes(rules.bufferAfterMinutes, "bufferAfterMinutes", 0) * MINUTE_MS;
  const notice = minutes(rules.minimumNoticeMinutes, "minimumNoticeMinutes", 0) * MINUTE_MS;
  const step =
    minutes(
      rules.startEveryMinutes,
      "startEveryMinutes",
      Math.ceil(rules.durationMinutes / 15) * 15,
      5,
    ) * MINUTE_MS;
  const maxPerDay = rules.maxPerDay;
  if (maxPerDay !== undefined && (!Number.isInteger(maxPerDay) || maxPerDay < 1))
    throw new RangeError(`maxPerDay must be a whole number from 1, got ${String(maxPerDay)}`);

  const weekly = schedule.weekly.map((w, i) => {
    if (!Number.isInteger(w.weekday) || w.weekday < 0 || w.weekday > 6)
      throw new RangeError(`weekly[${i}].weekday must be 0 (Sunday) to 6 (Saturday)`);
    return { weekday: w.weekday, ...parseWindow(w, `weekly[${i}]`) };
  });
  const overrides = new Map<string, ParsedWindow[]>();
  for (const [i, o] of (schedule.overrides ?? []).entries())
    overrides.set(
      dateKey(parseDate(o.date)),
      o.windows.map((w, j) => parseWindow(w, `overrides[${i}].windows[${j}]`)),
    );

  const sessions = query.sessions ?? [];
  const taken = [...sessions, ...(query.blocked ?? [])];
  const perDay = new Map<string, number>();
  for (const s of sessions) {
    const key = dateKey(readLocal(s.start.getTime(), schedule.timeZone).date);
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  const earliest = Math.max(from, query.now.getTime() + notice);

  const slots: Interval[] = [];
  const seen = new Set<number>();
  // From the day before `from` (its windows may cross midnight into the range) to `to`'s date.
  const end = dateKey(addCalendarDays(readLocal(to, schedule.timeZone).date, 1));
  for (
    let date = addCalendarDays(readLocal(from, schedule.timeZone).date, -1);
    dateKey(date) !== end;
    date = addCalendarDays(date, 1)
  ) {
    const weekday = weekdayOf(date);
    const windows = overrides.get(dateKey(date)) ?? weekly.filter((w) => w.weekday === weekday);
    for (const window of windows) {
      const [windowStart, windowEnd] = windowInstants(date, window, schedule.timeZone);
      for (let start = windowStart; start + duration <= windowEnd; start += step) {
        const end = start + duration;
        if (start < earliest || start >= to || seen.has(start)) continue;
        if (taken.some((t) => overlaps(start - before, end + after, t))) continue;
        if (maxPerDay !== undefined) {
          const day = dateKey(readLocal(start, schedule.timeZone).date);
          if ((perDay.get(day) ?? 0) >= maxPerDay) continue;
        }
        seen.add(start);
        slots.push({ start: new Date(start), end: new Date(end) });
      }
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}
