export {
  MINIMUM_K,
  checkSelection,
  reportThreshold,
  suppressBreakdown,
  suppressTrend,
} from "./suppression";
export type {
  Breakdown,
  Cell,
  HiddenCell,
  HiddenReason,
  Period,
  PublishedCell,
  SelectionCheck,
  ShownCell,
  SuppressedBreakdown,
} from "./suppression";
export { explainHidden, explainRefusal } from "./words";
