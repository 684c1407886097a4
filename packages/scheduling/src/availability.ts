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
import { tzOffset } from "@date-fns/tz";

import { parseClockTime } from "./time-of-day";
import { assertInstant, assertTimeZone, DAY_MS, MINUTE_MS } from "./zone";

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

/**
 * A date is counted in days since 1970-01-01: a local date is the day number of its midnight
 * written as if in UTC, so that the calendar needs no time zone.
 */
function parseDate(value: string): number {
  const match = DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const check = new Date(0);
    check.setUTCFullYear(year, month, day);
    // 2026-02-30 rolls over to March: not a date.
    if (check.getUTCMonth() === month && check.getUTCDate() === day)
      return check.getTime() / DAY_MS;
  }
  throw new RangeError(
    `An override's date must be a "YYYY-MM-DD" date, got ${JSON.stringify(value)}`,
  );
}

/** 0 = Sunday … 6 = Saturday; day 0 was a Thursday. */
const weekdayOfDay = (day: number) => (((day + 4) % 7) + 7) % 7;

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

/** From `at` on, the zone's clock is `offset` milliseconds ahead of UTC. */
interface OffsetSpan {
  at: number;
  offset: number;
}

/**
 * The zone's UTC offsets over [start, end], read every other day and, where two readings
 * differ, bisected to the second of the change (clocks change on a whole second). Reading the
 * zone is what costs (an Intl format each time); everything after is arithmetic. Like
 * `instantsReachingWallTime`, which reads a day either side of a time, it assumes that the
 * clocks do not change and change back within two days.
 */
function offsetSpans(timeZone: string, start: number, end: number): OffsetSpan[] {
  const offsetAt = (t: number) => tzOffset(timeZone, new Date(t)) * MINUTE_MS;
  let current: OffsetSpan = { at: start, offset: offsetAt(start) };
  const spans = [current];
  for (let read = start; read < end;) {
    const next = Math.min(read + 2 * DAY_MS, end);
    const offset = offsetAt(next);
    if (offset !== current.offset) {
      let [same, changed, changedTo] = [read, next, offset];
      while (changed - same > 1000) {
        const mid = same + Math.floor((changed - same) / 2000) * 1000;
        const midOffset = offsetAt(mid);
        if (midOffset === current.offset) same = mid;
        else [changed, changedTo] = [mid, midOffset];
      }
      current = { at: changed, offset: changedTo };
      spans.push(current);
      // Changed twice since the last reading: look again from the first change.
      if (changedTo !== offset) {
        read = changed;
        continue;
      }
    }
    read = next;
  }
  return spans;
}

/**
 * The instants at which the clock shows `wall` (a local time written as if in UTC), in order:
 * one, two in a fall-back overlap, or in a spring-forward gap the instant the clock jumps past
 * it. What `instantsReachingWallTime` answers, worked out from the spans.
 */
function instantsShowing(spans: readonly OffsetSpan[], wall: number): number[] {
  const exact: number[] = [];
  for (const [i, span] of spans.entries()) {
    const t = wall - span.offset;
    if (t >= span.at && t < (spans[i + 1]?.at ?? Infinity)) exact.push(t);
  }
  if (exact.length > 0) return exact;
  for (const [i, span] of spans.entries()) {
    const previous = spans[i - 1];
    if (previous && wall - span.offset < span.at && span.at <= wall - previous.offset)
      return [span.at];
  }
  throw new Error("Cannot resolve a local time outside the range");
}

/** The zone's offset at `t`. */
function offsetOf(spans: readonly OffsetSpan[], t: number): number {
  let offset = spans[0]?.offset ?? 0;
  for (const span of spans) {
    if (span.at > t) break;
    offset = span.offset;
  }
  return offset;
}

/** A window on a local date (a day number) as real instants [start, end). */
function windowInstants(
  spans: readonly OffsetSpan[],
  day: number,
  window: ParsedWindow,
): [number, number] {
  const [start = 0] = instantsShowing(spans, day * DAY_MS + window.start);
  const endDay = window.end > window.start ? day : day + 1;
  const ends = instantsShowing(spans, endDay * DAY_MS + window.end);
  // In a fall-back overlap the end time occurs twice: the window runs to the later one.
  const end = ends.filter((t) => t > start).at(-1) ?? start;
  return [start, end];
}

interface Taken {
  start: number;
  end: number;
  /** The latest end of this interval and of those sorted before it. */
  latestEnd: number;
}

/**
 * Whether [start, end) overlaps one of the intervals, sorted by start: those starting before
 * `end` are found by bisection, and one of them overlaps when the latest of their ends is
 * after `start`.
 */
function overlapsAny(taken: readonly Taken[], start: number, end: number): boolean {
  let [low, high] = [0, taken.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((taken[mid]?.start ?? Infinity) < end) low = mid + 1;
    else high = mid;
  }
  return (taken[low - 1]?.latestEnd ?? -Infinity) > start;
}

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
  const overrides = new Map<number, ParsedWindow[]>();
  for (const [i, o] of (schedule.overrides ?? []).entries())
    overrides.set(
      parseDate(o.date),
      o.windows.map((w, j) => parseWindow(w, `overrides[${i}].windows[${j}]`)),
    );

  // Every instant showing a date from the day before `from`'s to the day after `to`'s lies
  // within three days of the range; the zone is read on whole seconds.
  const spanStart = Math.floor((from - 3 * DAY_MS) / 1000) * 1000;
  const spanEnd = Math.ceil((to + 3 * DAY_MS) / 1000) * 1000;
  const spans = offsetSpans(schedule.timeZone, spanStart, spanEnd);
  const localDay = (t: number) => Math.floor((t + offsetOf(spans, t)) / DAY_MS);

  const sessions = query.sessions ?? [];
  // An interval with an invalid date overlaps nothing.
  const taken: Taken[] = [...sessions, ...(query.blocked ?? [])]
    .map((t) => ({ start: t.start.getTime(), end: t.end.getTime(), latestEnd: -Infinity }))
    .filter((t) => !Number.isNaN(t.start) && !Number.isNaN(t.end))
    .sort((a, b) => a.start - b.start);
  for (const [i, t] of taken.entries())
    t.latestEnd = Math.max(t.end, taken[i - 1]?.latestEnd ?? -Infinity);
  const perDay = new Map<number, number>();
  if (maxPerDay !== undefined)
    for (const s of sessions) {
      const t = s.start.getTime();
      // A session further out cannot share its local date with a slot.
      if (!(t >= spanStart && t <= spanEnd)) continue;
      perDay.set(localDay(t), (perDay.get(localDay(t)) ?? 0) + 1);
    }
  const earliest = Math.max(from, query.now.getTime() + notice);

  const slots: Interval[] = [];
  const seen = new Set<number>();
  // From the day before `from` (its windows may cross midnight into the range) to `to`'s date.
  const lastDay = localDay(to);
  for (let day = localDay(from) - 1; day <= lastDay; day++) {
    const weekday = weekdayOfDay(day);
    const windows = overrides.get(day) ?? weekly.filter((w) => w.weekday === weekday);
    for (const window of windows) {
      const [windowStart, windowEnd] = windowInstants(spans, day, window);
      for (let start = windowStart; start + duration <= windowEnd; start += step) {
        const end = start + duration;
        if (start < earliest || start >= to || seen.has(start)) continue;
        if (overlapsAny(taken, start - before, end + after)) continue;
        if (maxPerDay !== undefined && (perDay.get(localDay(start)) ?? 0) >= maxPerDay) continue;
        seen.add(start);
        slots.push({ start: new Date(start), end: new Date(end) });
      }
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}
