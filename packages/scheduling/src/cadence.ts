import {
  addCalendarDays,
  assertInstant,
  assertTimeZone,
  instantsReachingWallTime,
  readLocal,
} from "./zone";

/** How often a self-check recurs, and whether it is paused. */
export interface Cadence {
  /** Calendar days between completing a check and it being due again; a positive integer. */
  everyDays: number;
  /** Paused until this instant; once it has passed the cadence runs again. */
  pausedUntil?: Date | null;
  /** Paused indefinitely. */
  paused?: boolean;
}

/**
 * When a self-check is next due, or null while it is paused.
 *
 * - `cadence.paused` → null; `cadence.pausedUntil` later than `now` → null.
 * - Never completed → due at `createdAt`.
 * - Otherwise due `everyDays` calendar days after `lastCompletedAt` at the same local wall-clock
 *   time in `timeZone` (a weekly check completed Monday 09:00 is due the next Monday 09:00 even
 *   across a DST change). If that local time does not exist on the due day (DST gap) it is the
 *   first instant after the gap; if it occurs twice, the first occurrence.
 * - After a pause has ended, a due time that fell inside the pause moves to `pausedUntil`,
 *   so the check becomes due when the pause ends rather than "overdue" from before it.
 *
 * `now` is only read to decide whether a `pausedUntil` pause is still running.
 */
export function nextDueAt(
  lastCompletedAt: Date | null,
  cadence: Cadence,
  timeZone: string,
  createdAt: Date,
  now: Date,
): Date | null {
  assertInstant(createdAt, "createdAt");
  assertInstant(now, "now");
  assertTimeZone(timeZone);
  if (!Number.isInteger(cadence.everyDays) || cadence.everyDays < 1) {
    throw new RangeError(
      `cadence.everyDays must be a positive integer, got ${String(cadence.everyDays)}`,
    );
  }
  const pausedUntil = cadence.pausedUntil ?? null;
  if (pausedUntil !== null) assertInstant(pausedUntil, "cadence.pausedUntil");

  if (cadence.paused === true) return null;
  if (pausedUntil !== null && pausedUntil.getTime() > now.getTime()) return null;

  let due: number;
  if (lastCompletedAt === null) {
    due = createdAt.getTime();
  } else {
    assertInstant(lastCompletedAt, "lastCompletedAt");
    const local = readLocal(lastCompletedAt.getTime(), timeZone);
    const dueDay = addCalendarDays(local.date, cadence.everyDays);
    const [first] = instantsReachingWallTime(dueDay, local.msOfDay, timeZone);
    if (first === undefined) throw new Error(`Cannot resolve local time in ${timeZone}`);
    due = first;
  }
  if (pausedUntil !== null && due < pausedUntil.getTime()) due = pausedUntil.getTime();
  return new Date(due);
}

/** Whether the self-check is due at `now` (its next due time is at or before `now`; never while paused). */
export function isDue(
  now: Date,
  lastCompletedAt: Date | null,
  cadence: Cadence,
  timeZone: string,
  createdAt: Date,
): boolean {
  const due = nextDueAt(lastCompletedAt, cadence, timeZone, createdAt, now);
  return due !== null && due.getTime() <= now.getTime();
}
