export {
  CE_CATEGORIES,
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  CE_FORMATS,
  checkTemplate,
  EXAMPLE_TEMPLATES,
  LICENCE_TYPE_LABELS,
  LICENCE_TYPES,
} from "./requirements";
export type { CeCategory, CeFormat, LicenceType, RequirementTemplate } from "./requirements";
export {
  carryOver,
  dueReminder,
  evaluateProgress,
  nextCycle,
  PROGRESS_STATUS_LABELS,
  progressWithCarryOver,
  REMINDER_DAYS,
} from "./progress";
export type { CeEntryFacts, Cycle, Progress, ProgressStatus, ReminderDay } from "./progress";
export { PACE_WEEKS, projectLicensure } from "./licensure";
export type { LicensureProjection } from "./licensure";
export { addDays, addMonths, dayNumber, daysBetween, isIsoDate } from "./days";
export { dayText, hoursText, licenceName } from "./words";
