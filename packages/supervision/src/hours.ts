/**
 * Supervision hours as a licensing board counts them. Boards differ, so each organisation may
 * keep a rule as data: how much a group hour is worth, and how many group hours may count at
 * all (a number of hours, or a share of the total). Without a rule every minute counts as it
 * was logged.
 */

export type HourKind = "individual" | "group";

export interface HourEntry {
  kind: HourKind;
  minutes: number;
  /** The day of the supervision, "YYYY-MM-DD". */
  date: string;
}

export interface BoardRule {
  /** What a group minute is worth, from 0 to 1 (0.5: group hours count half). Default 1. */
  groupWeight?: number;
  /** At most this many (weighted) group minutes count in a summary. */
  groupCapMinutes?: number;
  /** Counted group minutes may be at most this share of the counted total, from 0 to 1. */
  groupMaxShare?: number;
}

export interface HourSummary {
  /** As logged. */
  individualMinutes: number;
  groupMinutes: number;
  /** As the board counts them. */
  countedGroupMinutes: number;
  countedMinutes: number;
  /** Why counted differs from logged, one sentence per rule that applied. */
  adjustments: string[];
}

const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;

function checkRule(rule: BoardRule): void {
  const { groupWeight, groupCapMinutes, groupMaxShare } = rule;
  if (groupWeight !== undefined && !(groupWeight >= 0 && groupWeight <= 1))
    throw new RangeError(`groupWeight must be from 0 to 1, got ${String(groupWeight)}`);
  if (groupCapMinutes !== undefined && !(Number.isInteger(groupCapMinutes) && groupCapMinutes >= 0))
    throw new RangeError(
      `groupCapMinutes must be a whole number from 0, got ${String(groupCapMinutes)}`,
    );
  if (groupMaxShare !== undefined && !(groupMaxShare >= 0 && groupMaxShare <= 1))
    throw new RangeError(`groupMaxShare must be from 0 to 1, got ${String(groupMaxShare)}`);
}

/** Logged and counted minutes of `entries` under `rule` (weight, then cap, then share). */
export function summariseHours(entries: readonly HourEntry[], rule: BoardRule = {}): HourSummary {
  checkRule(rule);
  let individualMinutes = 0;
  let groupMinutes = 0;
  for (const entry of entries) {
    if (!Number.isInteger(entry.minutes) || entry.minutes < 0)
      throw new RangeError(
        `An entry's minutes must be a whole number from 0, got ${String(entry.minutes)}`,
      );
    if (entry.kind === "individual") individualMinutes += entry.minutes;
    else groupMinutes += entry.minutes;
  }
  const adjustments: string[] = [];
  let counted = groupMinutes;
  const weight = rule.groupWeight ?? 1;
  if (weight < 1 && groupMinutes > 0) {
    counted = groupMinutes * weight;
    adjustments.push(
      `Group hours count ${weight === 0.5 ? "half" : `× ${weight}`}: ${hours(groupMinutes)} of group supervision count as ${hours(counted)}.`,
    );
  }
  if (rule.groupCapMinutes !== undefined && counted > rule.groupCapMinutes) {
    counted = rule.groupCapMinutes;
    adjustments.push(`At most ${hours(rule.groupCapMinutes)} of group supervision count.`);
  }
  const share = rule.groupMaxShare;
  if (share !== undefined && share < 1) {
    // counted ≤ share × (individual + counted)  ⇔  counted ≤ share / (1 − share) × individual
    const limit = (share / (1 - share)) * individualMinutes;
    if (counted > limit) {
      counted = limit;
      adjustments.push(
        `Group supervision may be at most ${Math.round(share * 100)} % of the hours that count.`,
      );
    }
  }
  const countedGroupMinutes = Math.round(counted * 100) / 100;
  return {
    individualMinutes,
    groupMinutes,
    countedGroupMinutes,
    countedMinutes: individualMinutes + countedGroupMinutes,
    adjustments,
  };
}

export type Period = "month" | "quarter" | "year";

/** The period a "YYYY-MM-DD" date falls in: "2026-11", "2026-Q4" or "2026". */
export function periodOf(date: string, period: Period): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/u.exec(date);
  if (!match) throw new RangeError(`A date must be "YYYY-MM-DD", got ${JSON.stringify(date)}`);
  const [, year, month] = match;
  if (period === "year") return `${year}`;
  if (period === "month") return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/** One summary per period that has entries, oldest first. */
export function summariseByPeriod(
  entries: readonly HourEntry[],
  period: Period,
  rule: BoardRule = {},
): { period: string; summary: HourSummary }[] {
  const groups = new Map<string, HourEntry[]>();
  for (const entry of entries) {
    const key = periodOf(entry.date, period);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.keys()]
    .sort()
    .map((key) => ({ period: key, summary: summariseHours(groups.get(key) ?? [], rule) }));
}
