/**
 * The road to licensure: supervised hours (approved entries of the supervision hour log) toward
 * the hours a licence requires, and when the requirement will be met at the current pace.
 */
import { addDays, dayNumber } from "./days";

/** The pace is the minutes of the last this-many weeks (or since the first entry, if later). */
export const PACE_WEEKS = 26;
/** Projections further ahead than this are not given. */
export const HORIZON_YEARS = 30;

export interface LicensureProjection {
  requiredMinutes: number;
  doneMinutes: number;
  remainingMinutes: number;
  /** Minutes a week at the recent pace; 0 when nothing was logged lately. */
  minutesPerWeek: number;
  /**
   * The day the hours will be met at that pace: today once met; null with no recent pace, or
   * one that would take more than `HORIZON_YEARS`.
   */
  projectedDate: string | null;
}

export function projectLicensure(params: {
  requiredMinutes: number;
  /** Approved supervised hours: the day each was done and its minutes. */
  entries: readonly { date: string; minutes: number }[];
  today: string;
}): LicensureProjection {
  const { requiredMinutes, today } = params;
  const now = dayNumber(today);
  const past = params.entries.filter((e) => dayNumber(e.date) <= now);
  const doneMinutes = past.reduce((sum, e) => sum + e.minutes, 0);
  const remainingMinutes = Math.max(0, requiredMinutes - doneMinutes);
  const since = now - PACE_WEEKS * 7;
  // Each entry stands for the week up to its day, so a clinician who began ten weeks ago is
  // measured over those ten weeks, not twenty-six.
  const earliest = Math.min(now, ...past.map((e) => dayNumber(e.date)));
  const from = Math.max(since, earliest - 7);
  const weeks = Math.max(1, (now - from) / 7);
  const recent = past
    .filter((e) => dayNumber(e.date) > since)
    .reduce((sum, e) => sum + e.minutes, 0);
  const minutesPerWeek = past.length === 0 ? 0 : recent / weeks;
  const daysToGo = minutesPerWeek > 0 ? Math.ceil((remainingMinutes / minutesPerWeek) * 7) : null;
  // A pace so slow that the date is decades away says nothing useful: no date, as with none.
  const projectedDate =
    remainingMinutes === 0
      ? today
      : daysToGo !== null && daysToGo <= HORIZON_YEARS * 366
        ? addDays(today, daysToGo)
        : null;
  return {
    requiredMinutes,
    doneMinutes,
    remainingMinutes,
    minutesPerWeek: Math.round(minutesPerWeek),
    projectedDate,
  };
}
