/** Supervision's words and durations, with no date library: safe to send to the browser. */

/** Words for supervision's values, as the pages show them. */
export const FORMAT_LABELS = { "in-person": "In person", video: "Video", phone: "Phone" } as const;
export const KIND_LABELS = {
  individual: "Individual supervision",
  group: "Group case discussion",
} as const;

/** Minutes as "50 min" or "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Hours with two decimals, "12.5 h". */
export const formatHours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;
