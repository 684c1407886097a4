/** Words the apps show for the product's values: roles and weekdays. */

export const ROLE_LABELS = {
  clinician: "Clinician",
  supervisor: "Supervisor",
  admin: "Administrator",
} as const;

/** Day names by JavaScript's day number (0 = Sunday). */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const SHORT_DAYS = WEEKDAY_NAMES.map((d) => d.slice(0, 3));

/** "Mon–Fri" for consecutive days, "Mon, Wed, Fri" otherwise. */
export function formatDays(days: number[]): string {
  if (days.length === 0) return "no days";
  const sorted = [...days].sort((a, b) => a - b);
  const consecutive = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] ?? -2) + 1);
  if (consecutive && sorted.length > 2)
    return `${SHORT_DAYS[sorted[0] ?? 0]}–${SHORT_DAYS[sorted.at(-1) ?? 0]}`;
  return sorted.map((d) => SHORT_DAYS[d]).join(", ");
}
