import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";

import type { CalendarSession } from "./index";
import { calendarFeed, sessionInvite } from "./index";

// A small reader of what the module writes: physical lines, unfolded into content lines, split
// into name, parameters and value, and TEXT values unescaped (RFC 5545 §3.1, §3.3.11).

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** The physical lines, checking that every one ends in CRLF and none holds a bare CR or LF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  const lines = ics.slice(0, -2).split("\r\n");
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/u);
  return lines;
}

function unfold(ics: string): string[] {
  const lines: string[] = [];
  for (const line of physicalLines(ics)) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      const last = lines.pop();
      if (last === undefined) throw new Error("A continuation line with nothing to continue");
      lines.push(last + line.slice(1));
    } else lines.push(line);
  }
  return lines;
}

function parseLine(line: string): ContentLine {
  const head = /^([A-Za-z0-9-]+)/u.exec(line);
  if (!head?.[1]) throw new Error(`No property name in ${JSON.stringify(line)}`);
  const name = head[1].toUpperCase();
  const params: Record<string, string> = {};
  let at = head[1].length;
  while (line[at] === ";") {
    const param = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/u.exec(line.slice(at));
    if (!param?.[1] || param[2] === undefined)
      throw new Error(`A malformed parameter in ${JSON.stringify(line)}`);
    params[param[1].toUpperCase()] = param[2].replace(/^"(.*)"$/u, "$1");
    at += param[0].length;
  }
  if (line[at] !== ":") throw new Error(`No ":" after the parameters in ${JSON.stringify(line)}`);
  return { name, params, value: line.slice(at + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The calendar's own properties, and each VEVENT's, in order. */
function read(ics: string): { calendar: ContentLine[]; events: ContentLine[][] } {
  const calendar: ContentLine[] = [];
  const events: ContentLine[][] = [];
  let event: ContentLine[] | null = null;
  for (const line of unfold(ics).map(parseLine)) {
    if (line.name === "BEGIN" && line.value === "VEVENT") event = [];
    else if (line.name === "END" && line.value === "VEVENT") {
      if (event) events.push(event);
      event = null;
    } else (event ?? calendar).push(line);
  }
  return { calendar, events };
}

function prop(lines: readonly ContentLine[], name: string): ContentLine {
  const found = lines.filter((l) => l.name === name);
  expect(found, name).toHaveLength(1);
  const [line] = found;
  if (!line) throw new Error(`No ${name}`);
  return line;
}

const value = (lines: readonly ContentLine[], name: string) => prop(lines, name).value;

/** UTF-8 octets of a string of whole code points. */
function octets(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** An instant as iCalendar writes it in UTC: 20261201T140000Z. */
const utc = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/gu, "");

const session = (overrides: Partial<CalendarSession> = {}): CalendarSession => ({
  id: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
  title: "Individual supervision with Priya Shah",
  startsAt: new Date("2026-12-01T14:00:00Z"),
  endsAt: new Date("2026-12-01T14:50:00Z"),
  timeZone: "Europe/London",
  sequence: 0,
  cancelled: false,
  organiser: { name: "Priya Shah", email: "priya.shah@example.org" },
  url: "https://tend.example/supervision/sessions/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
  updatedAt: new Date("2026-11-20T09:30:00Z"),
  ...overrides,
});

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("sessionInvite", () => {
  it("writes one event, with a stable UID, the sequence, the organiser and the attendee", () => {
    const ics = sessionInvite(session({ sequence: 3 }), {
      method: "request",
      attendee: { name: "Sam Lee", email: "sam.lee@example.org" },
    });
    const { calendar, events } = read(ics);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(value(calendar, "PRODID")).toBe("-//Tend//Supervision//EN");
    expect(value(calendar, "METHOD")).toBe("REQUEST");
    expect(value(calendar, "X-WR-TIMEZONE")).toBe("Europe/London");
    expect(events).toHaveLength(1);
    const [event = []] = events;
    expect(value(event, "UID")).toBe("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b@tend");
    expect(value(event, "SEQUENCE")).toBe("3");
    expect(value(event, "STATUS")).toBe("CONFIRMED");
    expect(value(event, "DTSTART")).toBe("20261201T140000Z");
    expect(value(event, "DTEND")).toBe("20261201T145000Z");
    expect(value(event, "DTSTAMP")).toBe("20261120T093000Z");
    expect(value(event, "LAST-MODIFIED")).toBe("20261120T093000Z");
    expect(unescapeText(value(event, "SUMMARY"))).toBe("Individual supervision with Priya Shah");
    expect(value(event, "URL")).toBe(
      "https://tend.example/supervision/sessions/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
    );
    const organiser = prop(event, "ORGANIZER");
    expect([organiser.params.CN, organiser.value]).toEqual([
      "Priya Shah",
      "mailto:priya.shah@example.org",
    ]);
    const attendee = prop(event, "ATTENDEE");
    expect(attendee.params).toMatchObject({ CN: "Sam Lee", PARTSTAT: "ACCEPTED", RSVP: "FALSE" });
    expect(attendee.value.toLowerCase()).toBe("mailto:sam.lee@example.org");
    expect(event.some((l) => l.name === "DESCRIPTION")).toBe(false);
  });

  it("writes the same instants across a DST change, whatever the server's zone", () => {
    // Europe/London goes from GMT to BST at 01:00 UTC on Sunday 29 March 2026.
    const sessions = [
      // 10:00 on the Saturday (GMT) and on the Sunday (BST).
      session({
        startsAt: new Date("2026-03-28T10:00:00+00:00"),
        endsAt: new Date("2026-03-28T11:00:00+00:00"),
      }),
      session({
        startsAt: new Date("2026-03-29T10:00:00+01:00"),
        endsAt: new Date("2026-03-29T11:00:00+01:00"),
      }),
      // 00:30 GMT to 02:30 BST: one hour, across the change.
      session({
        startsAt: new Date("2026-03-29T00:30:00+00:00"),
        endsAt: new Date("2026-03-29T02:30:00+01:00"),
      }),
    ];
    const expected = [
      ["20260328T100000Z", "20260328T110000Z"],
      ["20260329T090000Z", "20260329T100000Z"],
      ["20260329T003000Z", "20260329T013000Z"],
    ];
    const outputs = new Set<string>();
    for (const tz of ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"]) {
      process.env.TZ = tz;
      const files = sessions.map((s) => sessionInvite(s, { method: "request" }));
      for (const [i, ics] of files.entries()) {
        const [event = []] = read(ics).events;
        expect([value(event, "DTSTART"), value(event, "DTEND")]).toEqual(expected[i]);
        expect(value(event, "DTSTAMP")).toBe("20261120T093000Z");
      }
      outputs.add(files.join(""));
    }
    expect(outputs.size).toBe(1);
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED, the session or only a seat in it", () => {
    for (const cancelled of [true, false]) {
      const { calendar, events } = read(
        sessionInvite(session({ cancelled, sequence: 4 }), { method: "cancel" }),
      );
      const [event = []] = events;
      expect(value(calendar, "METHOD")).toBe("CANCEL");
      expect(value(event, "STATUS")).toBe("CANCELLED");
      expect(value(event, "SEQUENCE")).toBe("4");
      expect(value(event, "UID")).toBe("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b@tend");
    }
  });

  it("refuses to send a cancelled session as a request", () => {
    expect(() => sessionInvite(session({ cancelled: true }), { method: "request" })).toThrow(
      /send a cancel/,
    );
  });

  it("escapes commas, semicolons, backslashes and line breaks in text", () => {
    const ics = sessionInvite(
      session({
        title: "Group; reflective practice, Leeds\nWeek 2 \\ 3",
        description: "Bring: your log, one question;\r\nnothing about clients.",
      }),
      { method: "request" },
    );
    const [event = []] = read(ics).events;
    expect(value(event, "SUMMARY")).toBe("Group\\; reflective practice\\, Leeds\\nWeek 2 \\\\ 3");
    expect(unescapeText(value(event, "SUMMARY"))).toBe(
      "Group; reflective practice, Leeds\nWeek 2 \\ 3",
    );
    expect(unescapeText(value(event, "DESCRIPTION"))).toBe(
      "Bring: your log, one question;\nnothing about clients.",
    );
  });

  it("keeps names to what a quoted parameter can hold, and URLs to what a URI can", () => {
    const ics = sessionInvite(
      session({
        organiser: { name: 'Dr "Ana"\nOkafor', email: "ana@example.org" },
        url: "https://tend.example/s?a=1,2;b",
      }),
      { method: "request" },
    );
    const [event = []] = read(ics).events;
    expect(prop(event, "ORGANIZER").params.CN).toBe("Dr 'Ana' Okafor");
    expect(value(event, "URL")).toBe("https://tend.example/s?a=1%2C2%3Bb");
  });

  it("drops control characters, which iCalendar text cannot hold", () => {
    const ics = sessionInvite(session({ title: "A\u0000B\u0007C\u001BD\tE" }), {
      method: "request",
    });
    expect(unescapeText(value(read(ics).events[0] ?? [], "SUMMARY"))).toBe("ABCD\tE");
  });

  it("folds long lines at 75 octets with CRLF and a space, never inside a character", () => {
    const description = `${"Reflective practice: ".repeat(6)}${"é".repeat(40)}${"🙂".repeat(30)}`;
    const ics = sessionInvite(session({ description }), { method: "request" });
    const lines = physicalLines(ics);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // Whole code points on every line: no half of a surrogate pair at either end.
      expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
    }
    expect(unescapeText(value(read(ics).events[0] ?? [], "DESCRIPTION"))).toBe(description);
  });

  it("refuses what would make a wrong or broken file", () => {
    const invite = (s: Partial<CalendarSession>) => () =>
      sessionInvite(session(s), { method: "request" });
    expect(invite({ endsAt: new Date("2026-12-01T13:00:00Z") })).toThrow(/end after it starts/);
    expect(invite({ endsAt: new Date("2026-12-01T14:00:00Z") })).toThrow(/end after it starts/);
    expect(invite({ startsAt: new Date(Number.NaN) })).toThrow(/startsAt/);
    expect(invite({ sequence: -1 })).toThrow(/sequence/);
    expect(invite({ sequence: 1.5 })).toThrow(/sequence/);
    expect(invite({ timeZone: "Mars/Olympus" })).toThrow(/timeZone/);
    expect(invite({ id: "a\r\nX-EVIL:1" })).toThrow(/id/);
    expect(invite({ url: "javascript:alert(1)" })).toThrow(/url/);
    expect(invite({ organiser: { name: "Priya", email: "priya" } })).toThrow(/e-mail/);
    expect(invite({ organiser: { name: " \n", email: "p@example.org" } })).toThrow(/name/);
    expect(() =>
      sessionInvite(session(), {
        method: "request",
        attendee: { name: "Sam", email: "sam@example.org>\r\nX-EVIL:1" },
      }),
    ).toThrow(/e-mail/);
  });
});

describe("calendarFeed", () => {
  const sessions = [
    session(),
    session({
      id: "0a1b2c3d-0000-4000-8000-000000000002",
      title: "Reflective practice group",
      startsAt: new Date("2026-12-08T15:00:00Z"),
      endsAt: new Date("2026-12-08T16:30:00Z"),
      cancelled: true,
      sequence: 2,
    }),
    session({
      id: "0a1b2c3d-0000-4000-8000-000000000003",
      startsAt: new Date("2026-12-15T14:00:00Z"),
      endsAt: new Date("2026-12-15T14:50:00Z"),
      url: undefined,
    }),
  ];

  it("writes one event per session, cancelled ones kept as cancelled, and no METHOD", () => {
    const ics = calendarFeed(sessions, { name: "Supervision (Tend)", timeZone: "Europe/London" });
    const { calendar, events } = read(ics);
    expect(calendar.some((l) => l.name === "METHOD")).toBe(false);
    expect(events).toHaveLength(3);
    expect(events.map((e) => value(e, "UID"))).toEqual(sessions.map((s) => `${s.id}@tend`));
    expect(events.map((e) => value(e, "STATUS"))).toEqual(["CONFIRMED", "CANCELLED", "CONFIRMED"]);
    expect(events.map((e) => value(e, "DTSTART"))).toEqual([
      "20261201T140000Z",
      "20261208T150000Z",
      "20261215T140000Z",
    ]);
    expect(events[2]?.some((l) => l.name === "URL")).toBe(false);
  });

  it("names the feed, its zone and how often to refresh it, before the events", () => {
    const ics = calendarFeed(sessions, { name: "Supervision (Tend)", timeZone: "America/Denver" });
    const { calendar } = read(ics);
    expect(unescapeText(value(calendar, "X-WR-CALNAME"))).toBe("Supervision (Tend)");
    expect(value(calendar, "X-WR-TIMEZONE")).toBe("America/Denver");
    expect(value(calendar, "REFRESH-INTERVAL")).toBe("PT1H");
    expect(prop(calendar, "REFRESH-INTERVAL").params.VALUE).toBe("DURATION");
    expect(value(calendar, "X-PUBLISHED-TTL")).toBe("PT1H");
    // Calendar properties come before the first component (RFC 5545 §3.4).
    const lines = unfold(ics);
    const lastProperty = Math.max(
      ...["X-WR-TIMEZONE", "X-WR-CALNAME"].map((n) =>
        lines.findIndex((l) => l.startsWith(`${n}:`)),
      ),
    );
    expect(lastProperty).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
  });

  it("escapes the feed's name, which ical-generator would write as it is", () => {
    const ics = calendarFeed([], { name: "Shah, Priya; mine\r\nX-EVIL:1", timeZone: "UTC" });
    const { calendar } = read(ics);
    expect(calendar.some((l) => l.name === "X-EVIL")).toBe(false);
    expect(unescapeText(value(calendar, "X-WR-CALNAME"))).toBe("Shah, Priya; mine\nX-EVIL:1");
  });

  it("is an empty calendar without sessions", () => {
    const { calendar, events } = read(calendarFeed([], { name: "Mine", timeZone: "UTC" }));
    expect(events).toEqual([]);
    expect(value(calendar, "X-WR-TIMEZONE")).toBe("UTC");
  });

  it("refuses a session twice and an unknown zone", () => {
    expect(() => calendarFeed([session(), session()], { name: "x", timeZone: "UTC" })).toThrow(
      /twice/,
    );
    expect(() => calendarFeed([], { name: "x", timeZone: "Europe/Atlantis" })).toThrow(/timeZone/);
  });
});

describe("properties", () => {
  // Whole seconds from 1970 to 2100: iCalendar times have no fractions of a second.
  const instant = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => new Date(s * 1000));
  const duration = fc.integer({ min: 1, max: 24 * 60 * 60 });
  const title = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));

  /** What the title reads as: control characters gone, every line break a LF. */
  const asWritten = (text: string) =>
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, "").replace(/\r\n?/gu, "\n");

  it("reads back any title and instant, in lines of at most 75 octets", () => {
    fc.assert(
      fc.property(
        title,
        instant,
        duration,
        fc.constantFrom("request" as const, "cancel" as const),
        (t, start, seconds, method) => {
          const end = new Date(start.getTime() + seconds * 1000);
          const ics = sessionInvite(session({ title: t, startsAt: start, endsAt: end }), {
            method,
          });
          for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
          const [event = []] = read(ics).events;
          expect(unescapeText(value(event, "SUMMARY"))).toBe(asWritten(t));
          expect(value(event, "DTSTART")).toBe(utc(start));
          expect(value(event, "DTEND")).toBe(utc(end));
        },
      ),
      { seed: 20_261_201, numRuns: 300 },
    );
  });

  it("has one event per session in a feed, and reads back every title", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.uuid(), title, start: instant }), {
          selector: (s) => s.id,
          maxLength: 8,
        }),
        title,
        (entries, name) => {
          const ics = calendarFeed(
            entries.map((e) =>
              session({
                id: e.id,
                title: e.title,
                startsAt: e.start,
                endsAt: new Date(e.start.getTime() + 3_600_000),
              }),
            ),
            { name, timeZone: "Europe/London" },
          );
          for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
          const { calendar, events } = read(ics);
          expect(events.map((e) => value(e, "UID"))).toEqual(entries.map((e) => `${e.id}@tend`));
          expect(events.map((e) => unescapeText(value(e, "SUMMARY")))).toEqual(
            entries.map((e) => asWritten(e.title)),
          );
          const written = calendar.find((l) => l.name === "X-WR-CALNAME");
          expect(written ? unescapeText(written.value) : "").toBe(asWritten(name));
        },
      ),
      { seed: 20_261_201, numRuns: 200 },
    );
  });
});
