/**
 * The naive form of `availableSlots`, which the `slots` benchmark times beside it: walk every
 * 5-minute step of the range on the supervisor's clock and ask of each step whether a slot
 * starts there (on the grid of a window that holds the whole session), whether the range and
 * the notice allow it, whether it clears every session and blocked interval with its buffers
 * (checked one by one), and whether its local date is already full.
 *
 * It keeps the rules written at the top of `packages/scheduling/src/availability.ts`, so that
 * both forms give the same slots, but shares none of its code: it reads the wall clock with
 * `Intl.DateTimeFormat` alone and finds a window's ends by looking at what the clock showed
 * along the walk. That needs every time on a 5-minute mark (window times, `startEveryMinutes`,
 * and the zone's offsets and clock changes, as in every zone the benchmark uses); it refuses
 * anything else rather than answer differently.
 */
import type { ClockWindow, Interval, SlotQuery } from "@tend/scheduling";

const MINUTE = 60_000;
const STEP = 5 * MINUTE;
const DAY = 24 * 60 * MINUTE;
/** 1 January 1970, day 0 of the wall-clock day numbers below, was a Thursday. */
const THURSDAY = 4;

/** The wall clock of an instant in `timeZone`, written as epoch milliseconds as if in UTC. */
function wallClock(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  });
  return (instant) => {
    const shown = format.format(instant); // "2/15/2026, 09:05"
    const parts = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+)$/.exec(shown);
    if (!parts) throw new Error(`Unexpected wall-clock reading "${shown}" in ${timeZone}`);
    const [, month, day, year, hour, minute] = parts.map(Number);
    return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  };
}

/** A window's "HH:MM" times in minutes of the day, on 5-minute marks. */
function minutesOf(window: ClockWindow): { start: number; end: number } {
  const [start, end] = [window.start, window.end].map((time) => {
    const [hours, minutes] = time.split(":").map(Number);
    const value = (hours ?? 0) * 60 + (minutes ?? 0);
    if (value % 5) throw new RangeError(`The naive scan needs 5-minute marks, got ${time}`);
    return value;
  });
  return { start: start ?? 0, end: end ?? 0 };
}

export function naiveSlots(query: SlotQuery): Interval[] {
  const { schedule, rules } = query;
  const duration = rules.durationMinutes * MINUTE;
  const before = (rules.bufferBeforeMinutes ?? 0) * MINUTE;
  const after = (rules.bufferAfterMinutes ?? 0) * MINUTE;
  const notice = (rules.minimumNoticeMinutes ?? 0) * MINUTE;
  const every = (rules.startEveryMinutes ?? Math.ceil(rules.durationMinutes / 15) * 15) * MINUTE;
  if (every % STEP) throw new RangeError("The naive scan needs slots every multiple of 5 minutes");
  const stepsPerSlot = every / STEP;
  const { maxPerDay } = rules;
  const from = query.from.getTime();
  const to = query.to.getTime();
  const earliest = Math.max(from, query.now.getTime() + notice);
  const wall = wallClock(schedule.timeZone);

  // The walk: every 5-minute step from three days before the range to three days after it (the
  // windows of the day before the range, and those crossing midnight after it, reach that far),
  // and what the supervisor's clock shows at each.
  const first = Math.floor(from / STEP) * STEP - 3 * DAY;
  const instant = (step: number) => first + step * STEP;
  const walls: number[] = [];
  for (let t = first; t < to + 3 * DAY; t += STEP) walls.push(wall(t));
  // For each 5-minute mark of the clock, counted from a day before what it showed first: the
  // first and the last step showing it (-1: never).
  const base = (walls[0] ?? 0) - DAY;
  const mark = (shown: number) => (shown - base) / STEP;
  const firstShowing = new Array<number>(walls.length + 3 * 288).fill(-1);
  const lastShowing = [...firstShowing];
  for (const [step, shown] of walls.entries()) {
    if (shown % STEP) throw new RangeError(`${schedule.timeZone} is off the 5-minute marks`);
    if (firstShowing[mark(shown)] === -1) firstShowing[mark(shown)] = step;
    lastShowing[mark(shown)] = step;
  }
  /** The first step whose clock shows `shown`; if skipped (spring forward), the first past it. */
  const firstReaching = (shown: number) => {
    for (let later = mark(shown); later < mark(shown + DAY); later++) {
      const found = firstShowing[later] ?? -1;
      if (found !== -1) return found;
    }
    throw new RangeError(`The clock never reaches ${new Date(shown).toISOString()}`);
  };
  /** The last step whose clock shows `shown` (maybe twice); if skipped, the first past it. */
  const lastReaching = (shown: number) => {
    const found = lastShowing[mark(shown)] ?? -1;
    return found === -1 ? firstReaching(shown) : found;
  };

  const overridden = new Map(
    (schedule.overrides ?? []).map((o) => [Date.parse(`${o.date}T00:00:00Z`) / DAY, o.windows]),
  );
  /** The windows starting on a local date (a day number) as [first step, end step), found once. */
  const resolved = new Map<number, [number, number][]>();
  const windowsOf = (day: number): [number, number][] => {
    const known = resolved.get(day);
    if (known) return known;
    const weekday = (day + THURSDAY) % 7;
    const windows = overridden.get(day) ?? schedule.weekly.filter((w) => w.weekday === weekday);
    const steps = windows.map((window): [number, number] => {
      const { start, end } = minutesOf(window);
      const startStep = firstReaching(day * DAY + start * MINUTE);
      const endDay = end > start ? day : day + 1;
      return [startStep, Math.max(startStep, lastReaching(endDay * DAY + end * MINUTE))];
    });
    resolved.set(day, steps);
    return steps;
  };
  // availableSlots looks at the windows of the dates from the day before `from` to `to`'s.
  const firstDay = Math.floor(wall(from) / DAY) - 1;
  const lastDay = Math.floor(wall(to) / DAY);

  const sessions = query.sessions ?? [];
  const sessionDays = sessions.map((s) => Math.floor(wall(s.start.getTime()) / DAY));
  const taken = [...sessions, ...(query.blocked ?? [])];

  const slots: Interval[] = [];
  for (const [step, shown] of walls.entries()) {
    const start = instant(step);
    if (start < from || start >= to) continue;
    const end = start + duration;
    const day = Math.floor(shown / DAY);
    // A window holding this step started today or, crossing midnight, yesterday; tomorrow's
    // too in case a clock change crossed midnight.
    let onGrid = false;
    for (let d = Math.max(day - 1, firstDay); d <= Math.min(day + 1, lastDay); d++)
      for (const [opens, closes] of windowsOf(d))
        if (step >= opens && (step - opens) % stepsPerSlot === 0 && end <= instant(closes))
          onGrid = true;
    if (!onGrid || start < earliest) continue;
    if (taken.some((t) => start - before < t.end.getTime() && t.start.getTime() < end + after))
      continue;
    if (maxPerDay !== undefined && sessionDays.filter((d) => d === day).length >= maxPerDay)
      continue;
    slots.push({ start: new Date(start), end: new Date(end) });
  }
  return slots;
}
