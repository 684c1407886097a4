import { MINUTE_MS } from "./zone";

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses a 24-hour "HH:MM" clock time into milliseconds since midnight. */
export function parseClockTime(value: string, name: string): number {
  const match = typeof value === "string" ? CLOCK_TIME.exec(value) : null;
  if (!match)
    throw new RangeError(`${name} must be a 24-hour "HH:MM" time, got ${JSON.stringify(value)}`);
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

/**
 * Whether `msOfDay` lies in the daily window [start, end); when start > end the window crosses
 * midnight and covers [start, 24:00) ∪ [00:00, end).
 */
export function inDailyWindow(msOfDay: number, start: number, end: number): boolean {
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}
