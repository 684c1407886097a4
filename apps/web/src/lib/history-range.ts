import { format, subMonths } from "date-fns";

import { formatLocal, startOfLocalDay } from "@tend/scheduling";

/** The periods the history page offers in one step, in months (null: everything). */
export const HISTORY_PRESETS = [
  { key: "3m", label: "3 months", months: 3 },
  { key: "6m", label: "6 months", months: 6 },
  { key: "1y", label: "A year", months: 12 },
  { key: "all", label: "Everything", months: null },
] as const;
export type HistoryPreset = (typeof HISTORY_PRESETS)[number]["key"];

export interface HistoryRange {
  /** The preset chosen, or "custom" for dates typed in. */
  chosen: HistoryPreset | "custom";
  from: Date | null;
  /** Exclusive: the start of the day after the last day asked for. */
  until: Date | null;
  /** The dates as typed (YYYY-MM-DD), to fill the form again. */
  fromDay: string;
  toDay: string;
  /** Why typed dates were not used. */
  problem: string | null;
}

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

/** The day after a YYYY-MM-DD day, or null when it is not a real day. */
function nextDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== day) return null; // 30 February and the like
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The period of the history page from its address: `?range=3m|6m|1y|all`, or `?from=…&to=…`
 * (days on the person's own calendar, either may be left out). Everything when nothing is asked.
 */
export function historyRange(
  params: { range?: string | string[]; from?: string | string[]; to?: string | string[] },
  now: Date,
  timeZone: string,
): HistoryRange {
  const fromDay = one(params.from);
  const toDay = one(params.to);
  if (fromDay || toDay) {
    const from = fromDay ? startOfLocalDay(fromDay, timeZone) : null;
    const after = toDay ? nextDay(toDay) : null;
    const until = after ? startOfLocalDay(after, timeZone) : null;
    const problem =
      (fromDay && !from) || (toDay && !until)
        ? "Those dates could not be read: choose them from the calendar."
        : from && until && from >= until
          ? "The first day comes after the last: choose them the other way round."
          : null;
    if (!problem) return { chosen: "custom", from, until, fromDay, toDay, problem };
    return { chosen: "all", from: null, until: null, fromDay, toDay, problem };
  }
  const preset = HISTORY_PRESETS.find((p) => p.key === one(params.range)) ?? HISTORY_PRESETS[3];
  // From the start of the same day `months` back on the person's calendar (31 May → 28 Feb).
  const today = formatLocal(now, timeZone, "yyyy-MM-dd");
  const from =
    preset.months === null
      ? null
      : startOfLocalDay(
          format(subMonths(new Date(`${today}T12:00:00`), preset.months), "yyyy-MM-dd"),
          timeZone,
        );
  return { chosen: preset.key, from, until: null, fromDay: "", toDay: "", problem: null };
}
