/**
 * The supervision capability's own rules, as pure functions with no I/O: the de-identification
 * guard of case-discussion agendas, the hour rules of licensing boards, sessions as iCalendar
 * and the approved hour log as CSV.
 */
export type { CalendarPerson, CalendarSession, FeedOptions, InviteOptions } from "./calendar";
export { calendarFeed, sessionInvite } from "./calendar";
export type { IdentifierKind, PossibleIdentifier } from "./deidentify";
export { findPossibleIdentifiers, highlightSegments } from "./deidentify";
export type { HourLogOptions, LogRow } from "./export";
export { hourLogCsv } from "./export";
export type { BoardRule, HourEntry, HourKind, HourSummary, Period } from "./hours";
export { periodOf, summariseByPeriod, summariseHours } from "./hours";
export * from "./vocabulary";
