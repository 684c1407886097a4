/**
 * Supervision sessions as iCalendar (RFC 5545): one session as an e-mail attachment (an iTIP
 * invitation or cancellation, RFC 5546) and a person's sessions as a feed their calendar app
 * subscribes to. The text is written by `ical-generator`, which escapes text values and folds
 * lines at 75 octets with CRLF; what it leaves undone is done here (see below).
 *
 * Times are UTC instants (DTSTART:20261201T140000Z). An instant means the same moment in every
 * calendar app, which shows it in its own time zone, across DST changes too. The alternative,
 * local times with TZID, is only correct with a VTIMEZONE component describing the zone's rules,
 * which ical-generator does not write and which would go stale with the tz database. The zone is
 * still named, as X-WR-TIMEZONE: a hint, never needed to place an event (Google Calendar, for
 * one, takes it as the zone of a subscribed calendar, and UTC without it).
 *
 * Never give ical-generator a calendar time zone: it then writes DTSTART and even DTSTAMP as the
 * server's wall-clock time without Z or TZID (floating times, wrong for everyone), so
 * X-WR-TIMEZONE is added here instead. It also writes the calendar's NAME and X-WR-CALNAME
 * unescaped (a line break in the name would start a property of its own), so the name is
 * escaped here; and it puts URLs through text escaping, so `,` and `;` in a URL are
 * percent-encoded first.
 *
 * DTSTAMP is the session's `updatedAt`, not the clock: the same session always gives the same
 * file, and nothing here reads the time.
 */
import type { ICalAttendeeData, ICalCalendar, ICalEventData } from "ical-generator";
import ical, {
  escape,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";

export interface CalendarSession {
  /** The session's id (a uuid); the event's UID is `${id}@tend`, the same in every update. */
  id: string;
  /** "Individual supervision with Priya Shah", or a group's name. */
  title: string;
  startsAt: Date;
  endsAt: Date;
  /**
   * The IANA zone the person sees the session in. Times are written as UTC instants, which
   * need no zone; a single-session file names it as X-WR-TIMEZONE (a feed names its own).
   */
  timeZone: string;
  /** Raised on every change, so that calendar apps replace the copy they have. */
  sequence: number;
  /** STATUS:CANCELLED (in a feed the session stays, marked cancelled). */
  cancelled: boolean;
  /** The supervisor, as ORGANIZER. */
  organiser: { name: string; email: string };
  /** The session's page in the app (an absolute http(s) URL). */
  url?: string;
  /** Plain text, never client details: what goes in is the caller's decision. */
  description?: string;
  /** When the session last changed: DTSTAMP and LAST-MODIFIED. */
  updatedAt: Date;
}

/** A person as iCalendar names them: CN and a mailto: address. */
export interface CalendarPerson {
  name: string;
  email: string;
}

export interface InviteOptions {
  /**
   * "request" invites (or updates, with a higher sequence); "cancel" takes the session out of
   * the recipient's calendar: the whole session was cancelled, or only their place in it.
   */
  method: "request" | "cancel";
  /**
   * The person this copy is sent to, as the one ATTENDEE (RFC 5546 expects attendees in a
   * request). Only them: a group's other members are not disclosed to each other. They booked
   * in the app, so they are ACCEPTED and no reply is asked for (RSVP=FALSE).
   */
  attendee?: CalendarPerson;
}

export interface FeedOptions {
  /** X-WR-CALNAME: the name the calendar app shows for the feed. */
  name: string;
  /** The IANA zone of the person subscribing, as X-WR-TIMEZONE. */
  timeZone: string;
}

/** Calendar apps re-read the feed at most this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;
const PRODUCT = { company: "Tend", product: "Supervision", language: "EN" };

/**
 * Control characters other than tab and line breaks cannot stand in an iCalendar TEXT value
 * (RFC 5545 §3.3.11), and a half surrogate pair cannot be written as UTF-8 at all.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text as iCalendar can carry it: control characters dropped, half surrogates replaced. */
function plainText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "").replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * A name for a quoted parameter (CN="…"): a parameter value has no escapes and cannot hold a
 * double quote or a line break (RFC 5545 §3.2), so quotes become apostrophes and breaks spaces.
 */
function parameterText(name: string, what: string): string {
  const text = plainText(name)
    .replace(/"/gu, "'")
    .replace(/[\t\r\n]+/gu, " ")
    .trim();
  if (text === "") throw new RangeError(`${what} needs a name`);
  return text;
}

const EMAIL = /^[^\s@<>",;:\\]+@[^\s@<>",;:\\]+$/u;

function person(p: CalendarPerson, what: string): CalendarPerson {
  if (!EMAIL.test(p.email))
    throw new RangeError(`${what} needs an e-mail address, got ${JSON.stringify(p.email)}`);
  return { name: parameterText(p.name, what), email: p.email };
}

const ID = /^[\w.-]+$/u;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_LIKE = /^https?:\/\/[^\s"<>\\^`{|}\u0000-\u001F\u007F]+$/u;

function isTimeZone(timeZone: string): boolean {
  if (timeZone === "") return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(timeZone: string, what: string): void {
  // Written as is after X-WR-TIMEZONE: an IANA name has nothing that would need escaping.
  if (!/^[\w+/-]+$/u.test(timeZone) || !isTimeZone(timeZone))
    throw new RangeError(`${what} must be an IANA time zone, got ${JSON.stringify(timeZone)}`);
}

function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`${what} must be a valid Date`);
}

function eventData(session: CalendarSession): ICalEventData {
  const what = `Session ${JSON.stringify(session.id)}`;
  if (!ID.test(session.id))
    throw new RangeError(
      `A session id must be letters, digits, "-", "_" or ".", got ${JSON.stringify(session.id)}`,
    );
  assertInstant(session.startsAt, `${what}: startsAt`);
  assertInstant(session.endsAt, `${what}: endsAt`);
  assertInstant(session.updatedAt, `${what}: updatedAt`);
  // ical-generator would swap them silently.
  if (session.endsAt.getTime() <= session.startsAt.getTime())
    throw new RangeError(`${what} must end after it starts`);
  if (!Number.isInteger(session.sequence) || session.sequence < 0)
    throw new RangeError(`${what}: sequence must be a whole number from 0`);
  assertTimeZone(session.timeZone, `${what}: timeZone`);
  let url: string | null = null;
  if (session.url !== undefined) {
    if (!URL_LIKE.test(session.url))
      throw new RangeError(`${what}: url must be an absolute http(s) URL`);
    url = session.url.replace(/,/gu, "%2C").replace(/;/gu, "%3B");
  }
  return {
    id: `${session.id}@tend`,
    sequence: session.sequence,
    stamp: session.updatedAt,
    lastModified: session.updatedAt,
    start: session.startsAt,
    end: session.endsAt,
    timezone: null,
    summary: plainText(session.title),
    description: session.description === undefined ? null : plainText(session.description),
    url,
    organizer: person(session.organiser, `${what}: the organiser`),
    status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/**
 * The calendar as text, ending with CRLF as every content line must (ical-generator leaves the
 * last one bare), with calendar properties of our own put before the first component, where
 * RFC 5545 has them (ical-generator's own extra properties would come after the events).
 */
function render(calendar: ICalCalendar, extraLines: readonly string[]): string {
  const text = `${calendar.toString()}\r\n`;
  // Folded lines go on after a space, so a line that starts with BEGIN: or END: is one.
  const firstEvent = text.indexOf("\r\nBEGIN:VEVENT\r\n");
  const at = (firstEvent >= 0 ? firstEvent : text.lastIndexOf("\r\nEND:VCALENDAR\r\n")) + 2;
  return text.slice(0, at) + extraLines.map((line) => `${line}\r\n`).join("") + text.slice(at);
}

/**
 * One session as a VCALENDAR for an e-mail attachment (text/calendar; method=request or
 * cancel): METHOD:REQUEST invites or updates, METHOD:CANCEL takes the event out of the
 * recipient's calendar and is always STATUS:CANCELLED. A request for a cancelled session is
 * refused: send a cancel. Each copy needs a higher `sequence` than the last one sent, or
 * calendar apps ignore it.
 */
export function sessionInvite(session: CalendarSession, opts: InviteOptions): string {
  if (opts.method === "request" && session.cancelled)
    throw new RangeError(
      `Session ${JSON.stringify(session.id)} is cancelled: send a cancel, not a request`,
    );
  const data = eventData(session);
  if (opts.method === "cancel") data.status = ICalEventStatus.CANCELLED;
  if (opts.attendee) {
    const attendee: ICalAttendeeData = {
      ...person(opts.attendee, "The attendee"),
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    };
    data.attendees = [attendee];
  }
  const calendar = ical({
    prodId: PRODUCT,
    method: opts.method === "request" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent(data);
  return render(calendar, [`X-WR-TIMEZONE:${session.timeZone}`]);
}

/**
 * A person's sessions as a feed to subscribe to (no METHOD): one VEVENT per session, cancelled
 * ones kept as STATUS:CANCELLED so that calendar apps drop them rather than keep a stale copy,
 * and a hint to re-read it hourly. Each session appears once (two with one id are refused).
 */
export function calendarFeed(sessions: readonly CalendarSession[], opts: FeedOptions): string {
  assertTimeZone(opts.timeZone, "The feed's timeZone");
  const seen = new Set<string>();
  const calendar = ical({
    prodId: PRODUCT,
    // ical-generator writes the name as it is given: escape it here.
    name: escape(plainText(opts.name), false),
    ttl: REFRESH_SECONDS,
  });
  for (const session of sessions) {
    if (seen.has(session.id))
      throw new RangeError(`Session ${JSON.stringify(session.id)} is in the feed twice`);
    seen.add(session.id);
    calendar.createEvent(eventData(session));
  }
  return render(calendar, [`X-WR-TIMEZONE:${opts.timeZone}`]);
}
