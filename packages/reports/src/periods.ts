import { TZDate } from "@date-fns/tz";

export type Granularity = "month" | "quarter";

export interface ReportPeriod {
  /** "2026-11" for a month, "2026-Q4" for a quarter. */
  key: string;
  /** "Nov 2026", "Q4 2026". */
  label: string;
  /** The period's first instant, at midnight on the organisation's clock. */
  start: Date;
  /** The next period's first instant (exclusive). */
  end: Date;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Midnight on the first of a month (0-based, any integer) of `year`, on `timeZone`'s clock. */
function monthStart(year: number, month: number, timeZone: string): Date {
  return new Date(new TZDate(year, month, 1, 0, 0, 0, 0, timeZone).getTime());
}

/**
 * The `count` periods ending with the one that holds `at` (oldest first), on the organisation's
 * clock, so a response at 23:30 on 31 March in Chicago belongs to March there.
 */
export function reportPeriods(params: {
  granularity: Granularity;
  count: number;
  at: Date;
  timeZone: string;
}): ReportPeriod[] {
  const { granularity, count, at, timeZone } = params;
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be at least 1");
  const local = new TZDate(at.getTime(), timeZone);
  const step = granularity === "month" ? 1 : 3;
  const lastStart =
    granularity === "month" ? local.getMonth() : local.getMonth() - (local.getMonth() % 3);
  return Array.from({ length: count }, (_, i) => {
    const month = lastStart - step * (count - 1 - i);
    const start = monthStart(local.getFullYear(), month, timeZone);
    const end = monthStart(local.getFullYear(), month + step, timeZone);
    const shown = new TZDate(start.getTime(), timeZone);
    const year = shown.getFullYear();
    const m = shown.getMonth();
    return granularity === "month"
      ? {
          key: `${year}-${String(m + 1).padStart(2, "0")}`,
          label: `${MONTHS[m] ?? ""} ${year}`,
          start,
          end,
        }
      : {
          key: `${year}-Q${m / 3 + 1}`,
          label: `Q${m / 3 + 1} ${year}`,
          start,
          end,
        };
  });
}
