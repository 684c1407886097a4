/**
 * Time-zone-aware scheduling rules for notifications, self-check cadences, supervisors'
 * bookable slots (`availableSlots`) and recurring series (`seriesOccurrences`).
 * Pure functions: no I/O, no clock reads (callers pass `now`).
 */
export type { PersonSchedule, QuietHours, WorkingHours } from "./types";
export { isValidTimeZone, startOfLocalDay } from "./zone";
export { isWithinQuietHours, nextAllowedSendTime } from "./quiet-hours";
export { isWithinWorkingHours, preferredSendTime } from "./working-hours";
export { isDue, nextDueAt } from "./cadence";
export type { Cadence } from "./cadence";
export { DEFAULT_LOCAL_PATTERN, formatLocal } from "./format";
export { availableSlots } from "./availability";
export type {
  AvailabilitySchedule,
  ClockWindow,
  DateOverride,
  Interval,
  SessionRules,
  SlotQuery,
  WeeklyWindow,
} from "./availability";
export { endSeriesBefore, parseSeriesRule, seriesOccurrences } from "./series";
export type { Occurrence, Series, SeriesException } from "./series";
