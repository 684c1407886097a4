import { TZDate } from "@date-fns/tz";

/** The instant a "2026-12-08T10:00" datetime-local value names on the wall clock of `timeZone`. */
export function atLocalTime(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return new Date(Number.NaN);
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, timeZone).getTime());
}
