export type {
  Answers,
  Attribution,
  Band,
  BandId,
  Instrument,
  InstrumentId,
  Item,
  Marker,
  MarkerId,
  ResponseOption,
  ScoreResult,
  Subscale,
  SubscaleId,
  SubscaleIds,
  SubscaleResult,
  SubscaleScoring,
  WarningSignFamily,
} from "./types";
export { INSTRUMENT_IDS, WARNING_SIGN_FAMILIES } from "./types";

export { SCREENING_NOTE } from "./define";
export { PROQOL5 } from "./proqol5";
export { CBI, CBI_HIGH_BURNOUT_THRESHOLD } from "./cbi";
export { PULSE } from "./pulse";
export { WARNING_SIGNS } from "./warning-signs";
export { INSTRUMENTS, getInstrument, isInstrumentId } from "./instruments";

export type { RoleWords } from "./render";
export {
  DEFAULT_ROLE_WORDS,
  renderInstructions,
  renderItemText,
  renderPlaceholders,
} from "./render";

export { IncompleteAnswersError, InvalidAnswersError } from "./errors";
export type { AnswerValidation, SubscaleAnswerStatus } from "./score";
export {
  bandFor,
  markerFor,
  requiredAnswers,
  roundForDisplay,
  scoreResponses,
  validateAnswers,
} from "./score";

export type { Direction, ResultComparison, SubscaleComparison } from "./compare";
export { compareResults } from "./compare";

export type {
  NextStep,
  NextStepCondition,
  NextStepContext,
  NextStepFact,
  NextStepPersonalisation,
  NextStepRule,
  NextStepTarget,
  Strategy,
  StrategyId,
} from "./next-steps";
export {
  NEXT_STEP_RULES,
  NEXT_STEP_TARGETS,
  STRATEGIES,
  STRATEGY_IDS,
  matchesCondition,
  nextSteps,
} from "./next-steps";

export { needsSupportResources } from "./safety";
export type { SupportCondition, SupportRule, SupportRules } from "./safety";
export { SUPPORT_RESOURCE_RULES, matchedSupportRules, matchesSupportCondition } from "./safety";

export type { LargeChange, LargeChangeRule, LargeChangeRules } from "./large-changes";
export { LARGE_CHANGE_RULES, largeChanges, largeChangesClosing } from "./large-changes";

export { CONVERSATION_PROMPTS, describeForSupervisor } from "./supervisor-view";
