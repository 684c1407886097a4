import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfWeek } from "date-fns";

export { FORMAT_LABELS, formatHours, formatMinutes, KIND_LABELS } from "./supervision-words";

/** "Tue 8 Dec, 10:00" in `timeZone`. */
export const formatWhen = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "EEE d MMM, HH:mm");

/** "10:00" in `timeZone`. */
export const formatClock = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "HH:mm");

/** "Tuesday 8 December" in `timeZone`. */
export const formatDay = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "EEEE d MMMM");

/** The local date "YYYY-MM-DD" of an instant in `timeZone`. */
export const localDate = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "yyyy-MM-dd");

/** "2026-12-08T10:00" in `timeZone`, for a datetime-local field. */
export const localDateTime = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");

/**
 * The Monday-to-Sunday week (in `timeZone`) that holds `day` ("YYYY-MM-DD"), or today's: its
 * first instant, its seven days' first instants and the neighbouring weeks' dates.
 */
export function weekOf(day: string | undefined, timeZone: string, now: Date = new Date()) {
  const valid = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : localDate(now, timeZone);
  const [y, m, d] = valid.split("-").map(Number);
  const local = new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, timeZone);
  const monday = startOfWeek(local, { weekStartsOn: 1 });
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => new Date(addDays(monday, i).getTime()));
  return {
    start: days[0] ?? new Date(monday.getTime()),
    end: new Date(addDays(monday, 7).getTime()),
    days,
    previous: format(addDays(monday, -7), "yyyy-MM-dd"),
    next: format(addDays(monday, 7), "yyyy-MM-dd"),
  };
}

/** "8 Dec 2026" from a calendar date "2026-12-08" (no time zone: it is a date). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)), "d MMM yyyy");
}
