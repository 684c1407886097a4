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
  licenceProgress,
  nextCycle,
  PROGRESS_STATUS_LABELS,
  progressWithCarryOver,
  REMINDER_DAYS,
} from "./progress";
export type {
  CeEntryFacts,
  Cycle,
  LicenceFacts,
  Progress,
  ProgressStatus,
  ReminderDay,
} from "./progress";
export { complianceOn, worstStatus } from "./compliance";
export type { LicenceToMeasure } from "./compliance";
export { PACE_WEEKS, projectLicensure } from "./licensure";
export type { LicensureProjection } from "./licensure";
export { addDays, addMonths, dayNumber, daysBetween, isIsoDate } from "./days";
export { dayText, hoursText, licenceName, minutesFromHours } from "./words";
