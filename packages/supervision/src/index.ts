/**
 * The supervision capability's own rules, as pure functions with no I/O: the de-identification
 * guard of case-discussion agendas, the hour rules of licensing boards and sessions as
 * iCalendar.
 */
export type { CalendarPerson, CalendarSession, FeedOptions, InviteOptions } from "./calendar";
export { calendarFeed, sessionInvite } from "./calendar";
export type { IdentifierKind, PossibleIdentifier } from "./deidentify";
export { findPossibleIdentifiers, highlightSegments } from "./deidentify";
export type { BoardRule, HourEntry, HourKind, HourSummary, Period } from "./hours";
export { periodOf, summariseByPeriod, summariseHours } from "./hours";
