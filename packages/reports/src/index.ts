export {
  MINIMUM_K,
  checkSelection,
  reportThreshold,
  suppressBreakdown,
  suppressSelection,
  suppressTotal,
  suppressTrend,
} from "./suppression";
export type {
  Breakdown,
  Cell,
  HiddenCell,
  HiddenReason,
  Period,
  PublishedCell,
  RefusalReason,
  SelectionCheck,
  ShownCell,
  SuppressedBreakdown,
} from "./suppression";
export { explainHidden, explainRefusal } from "./words";
export { reportPeriods } from "./periods";
export type { Granularity, ReportPeriod } from "./periods";
export { buildTeamReport, ORGANISATION, SELECTION } from "./team-report";
export type {
  CellTotals,
  CountDefinition,
  CountFigure,
  CountReport,
  CountTotals,
  MeasureDefinition,
  MeasureReport,
  ParticipationFigure,
  RateDefinition,
  RateFigure,
  RateReport,
  RateTotals,
  RateUnit,
  ReportCell,
  ScoreFigure,
  TeamReport,
} from "./team-report";
export { teamReportCsv } from "./csv";
