/** Weekly recurrence as the supervision forms build it (no date library: it runs in the browser). */

const BY_DAY = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The weekday of a datetime-local value ("2026-12-08T10:00" is a Tuesday), or null. */
export function weekdayOf(local: string): number | null {
  // Checked first: the engine's date parser reads many malformed strings as some date.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(local)) return null;
  const day = new Date(`${local}:00Z`).getUTCDay();
  return Number.isNaN(day) ? null : day;
}

export const weekdayName = (local: string) => {
  const day = weekdayOf(local);
  return day === null ? null : (DAY_NAMES[day] ?? null);
};

/** "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6": every `every` weeks on the first session's weekday. */
export function weeklyRule(local: string, every: number, count: number): string | null {
  const day = weekdayOf(local);
  if (day === null) return null;
  return `FREQ=WEEKLY;INTERVAL=${every};BYDAY=${BY_DAY[day] ?? "MO"};COUNT=${count}`;
}
