/**
 * Recurring supervision: a series is an RRULE (RFC 5545, through the `rrule` package) on the
 * supervisor's wall clock, so "every other Tuesday at 10:00" stays at 10:00 across clock
 * changes. One occurrence can be moved or cancelled (an exception, keyed by the start it
 * had), and the rest of a series changed from a date on by ending it there (`endSeriesBefore`)
 * and starting a new one.
 *
 * The rule is evaluated in a floating frame: wall-clock times written as if they were UTC, then
 * each turned into the real instant that wall clock shows in the zone. An UNTIL in a stored
 * rule is therefore a wall-clock time too.
 */
import type { RRule as Rule } from "rrule";
import * as rrulePackage from "rrule";

import { assertInstant, assertTimeZone, DAY_MS, instantsReachingWallTime, readLocal } from "./zone";

export interface Series {
  /** The rule without DTSTART, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU". */
  rule: string;
  /** The first occurrence's start; its wall-clock time is every occurrence's. */
  firstStart: Date;
  timeZone: string;
}

/** One occurrence changed: moved to another start, or cancelled. */
export interface SeriesException {
  /** The start the occurrence had in the series. */
  originalStart: Date;
  /** Its new start; null when cancelled. */
  movedTo: Date | null;
}

export interface Occurrence {
  /** The start it has in the series (its identity). */
  originalStart: Date;
  start: Date;
  moved: boolean;
}

/**
 * rrule's ES modules are named only by package.json's "module" field, which bundlers read and
 * Node does not: Node's ESM loader (under tsx: the worker, the seed and dev scripts) loads its
 * CommonJS build, whose exports it finds only under `default` (jkbrzt/rrule#548).
 */
const loaded: object = rrulePackage;
const { Frequency, RRule } = ("default" in loaded ? loaded.default : loaded) as typeof rrulePackage;

const FREQUENCIES = new Set([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY]);
const MAX_RANGE_DAYS = 366;

/** A wall-clock reading as a floating Date (its UTC fields are the wall clock's). */
function floating(instant: number, timeZone: string): Date {
  const { date, msOfDay } = readLocal(instant, timeZone);
  return new Date(Date.UTC(date.year, date.month, date.day) + msOfDay);
}

/** The real instant at which the zone's wall clock shows a floating Date (a gap's time: when it resumes). */
function real(wall: Date, timeZone: string): number {
  const date = { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate() };
  const msOfDay = wall.getTime() - Date.UTC(date.year, date.month, date.day);
  const [first] = instantsReachingWallTime(date, msOfDay, timeZone);
  if (first === undefined) throw new Error(`Cannot resolve local time in ${timeZone}`);
  return first;
}

/**
 * Parses and checks a series' rule: daily, weekly or monthly; no DTSTART or TZID of its own
 * (the series carries them). Throws a RangeError with a message otherwise.
 */
export function parseSeriesRule(series: Series): Rule {
  assertTimeZone(series.timeZone);
  assertInstant(series.firstStart, "firstStart");
  if (/DTSTART|TZID/iu.test(series.rule))
    throw new RangeError("A series rule carries no DTSTART or TZID: the series has its own");
  let options;
  try {
    options = RRule.parseString(series.rule.replace(/^RRULE:/iu, ""));
  } catch {
    throw new RangeError(`Not a recurrence rule: ${JSON.stringify(series.rule)}`);
  }
  if (options.freq === undefined || !FREQUENCIES.has(options.freq))
    throw new RangeError("A series repeats daily, weekly or monthly");
  if (options.interval !== undefined && !(options.interval >= 1 && options.interval <= 52))
    throw new RangeError("A series' interval is from 1 to 52");
  return new RRule({ ...options, dtstart: floating(series.firstStart.getTime(), series.timeZone) });
}

/** The series' starts (as the series has them, before exceptions) in [from, to), as instants. */
function seriesStarts(rule: Rule, timeZone: string, from: number, to: number): number[] {
  // A day's margin either side in the floating frame covers every zone's offset.
  const starts = rule
    .between(
      new Date(floating(from, timeZone).getTime() - DAY_MS),
      new Date(floating(to, timeZone).getTime() + DAY_MS),
      true,
    )
    .map((wall) => real(wall, timeZone));
  return starts.filter((t) => t >= from && t < to);
}

/**
 * The occurrences that start in [from, to) (at most 366 days apart), in time order: the
 * series' own starts, without the cancelled ones, with moved ones at their new start (also one
 * moved into the range from outside it). An exception that names no start of the series is
 * ignored.
 */
export function seriesOccurrences(
  series: Series,
  range: { from: Date; to: Date },
  exceptions: readonly SeriesException[] = [],
): Occurrence[] {
  const rule = parseSeriesRule(series);
  assertInstant(range.from, "from");
  assertInstant(range.to, "to");
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (to - from > MAX_RANGE_DAYS * DAY_MS)
    throw new RangeError(`Occurrences are listed for at most ${MAX_RANGE_DAYS} days at a time`);
  if (to <= from) return [];

  const byOriginal = new Map(exceptions.map((e) => [e.originalStart.getTime(), e]));
  const isSeriesStart = (instant: number) =>
    seriesStarts(rule, series.timeZone, instant, instant + 1).length === 1;
  const occurrences: Occurrence[] = [];
  for (const start of seriesStarts(rule, series.timeZone, from, to)) {
    const exception = byOriginal.get(start);
    if (!exception)
      occurrences.push({ originalStart: new Date(start), start: new Date(start), moved: false });
    else if (
      exception.movedTo &&
      exception.movedTo.getTime() >= from &&
      exception.movedTo.getTime() < to
    )
      occurrences.push({ originalStart: new Date(start), start: exception.movedTo, moved: true });
  }
  for (const exception of exceptions) {
    const original = exception.originalStart.getTime();
    const moved = exception.movedTo?.getTime();
    if (moved === undefined || (original >= from && original < to)) continue;
    if (moved >= from && moved < to && isSeriesStart(original))
      occurrences.push({
        originalStart: exception.originalStart,
        start: new Date(moved),
        moved: true,
      });
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The series' rule ended before `at`: its last occurrence is the last one starting before
 * `at`. With a new series from `at` on, this changes "the rest of the series from a date on"
 * and leaves what came before as it was.
 */
export function endSeriesBefore(series: Series, at: Date): string {
  const rule = parseSeriesRule(series);
  assertInstant(at, "at");
  const wallAt = floating(at.getTime(), series.timeZone);
  // A series that has already ended by then (its COUNT ran out) stays as it is.
  if (!rule.after(wallAt, true)) return series.rule.replace(/^RRULE:/iu, "");
  const until = new Date(wallAt.getTime() - 60_000);
  const { dtstart: _dtstart, count: _count, ...options } = rule.origOptions;
  return RRule.optionsToString({ ...options, until }).replace(/^RRULE:/u, "");
}
