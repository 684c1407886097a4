import { describe, expect, it } from "vitest";

import type { AvailabilitySchedule, Interval, SlotQuery } from "./index";
import { availableSlots, formatLocal } from "./index";

const LONDON_WEEKDAYS: AvailabilitySchedule = {
  timeZone: "Europe/London",
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "12:00" })),
};
const at = (iso: string) => new Date(iso);
const EARLY = at("2026-01-01T00:00:00Z");

/** Slots as wall-clock labels in `zone`, for readable expectations. */
function labels(query: Partial<SlotQuery> & Pick<SlotQuery, "from" | "to">, zone?: string) {
  const schedule = query.schedule ?? LONDON_WEEKDAYS;
  const slots = availableSlots({
    schedule,
    rules: { durationMinutes: 50 },
    now: EARLY,
    ...query,
  });
  return slots.map((s) => formatLocal(s.start, zone ?? schedule.timeZone, "EEE d MMM HH:mm"));
}

const session = (start: string, minutes = 50): Interval => ({
  start: at(start),
  end: new Date(at(start).getTime() + minutes * 60_000),
});

describe("availableSlots", () => {
  it("offers a 50-minute session on the hour through each weekday window", () => {
    expect(labels({ from: at("2026-06-01T00:00:00Z"), to: at("2026-06-02T00:00:00Z") })).toEqual([
      "Mon 1 Jun 09:00",
      "Mon 1 Jun 10:00",
      "Mon 1 Jun 11:00",
    ]);
    const slot = availableSlots({
      schedule: LONDON_WEEKDAYS,
      rules: { durationMinutes: 50 },
      from: at("2026-06-01T00:00:00Z"),
      to: at("2026-06-02T00:00:00Z"),
      now: EARLY,
    })[0];
    // 09:00 BST is 08:00 UTC; the session lasts 50 minutes.
    expect(slot).toEqual({ start: at("2026-06-01T08:00:00Z"), end: at("2026-06-01T08:50:00Z") });
  });

  it("keeps to the supervisor's wall clock across the spring and autumn changes", () => {
    // London moves to BST on Sunday 29 March 2026: Monday's 09:00 is then 08:00 UTC.
    const slots = availableSlots({
      schedule: LONDON_WEEKDAYS,
      rules: { durationMinutes: 50 },
      from: at("2026-03-27T00:00:00Z"),
      to: at("2026-03-31T00:00:00Z"),
      now: EARLY,
    });
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      "2026-03-27T09:00:00.000Z",
      "2026-03-27T10:00:00.000Z",
      "2026-03-27T11:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
      "2026-03-30T09:00:00.000Z",
      "2026-03-30T10:00:00.000Z",
    ]);
  });

  it("a night window crosses midnight and a clock change inside it shortens the night", () => {
    const night: AvailabilitySchedule = {
      timeZone: "America/New_York",
      weekly: [{ weekday: 6, start: "22:00", end: "06:00" }],
    };
    // Saturday 7 March 2026, 22:00 EST to Sunday 06:00 EDT: seven real hours (02:00 never happens).
    expect(
      labels({
        schedule: night,
        rules: { durationMinutes: 60 },
        from: at("2026-03-07T00:00:00Z"),
        to: at("2026-03-09T00:00:00Z"),
      }),
    ).toEqual([
      "Sat 7 Mar 22:00",
      "Sat 7 Mar 23:00",
      "Sun 8 Mar 00:00",
      "Sun 8 Mar 01:00",
      "Sun 8 Mar 03:00",
      "Sun 8 Mar 04:00",
      "Sun 8 Mar 05:00",
    ]);
    // The autumn night is nine real hours: 01:00 happens twice.
    expect(
      labels({
        schedule: night,
        rules: { durationMinutes: 60 },
        from: at("2026-10-31T00:00:00Z"),
        to: at("2026-11-02T00:00:00Z"),
      }),
    ).toHaveLength(9);
  });

  it("shows each slot on the viewer's clock: the supervisor's 09:00 is 04:00 in New York", () => {
    expect(
      labels(
        { from: at("2026-06-01T00:00:00Z"), to: at("2026-06-02T00:00:00Z") },
        "America/New_York",
      )[0],
    ).toBe("Mon 1 Jun 04:00");
  });

  it("overrides replace a date's weekly hours: a day off, and extra hours on a Sunday", () => {
    const schedule: AvailabilitySchedule = {
      ...LONDON_WEEKDAYS,
      overrides: [
        { date: "2026-06-01", windows: [] },
        { date: "2026-06-07", windows: [{ start: "14:00", end: "16:00" }] },
      ],
    };
    expect(
      labels({ schedule, from: at("2026-06-01T00:00:00Z"), to: at("2026-06-08T00:00:00Z") }).filter(
        (l) => l.startsWith("Mon 1") || l.startsWith("Sun"),
      ),
    ).toEqual(["Sun 7 Jun 14:00", "Sun 7 Jun 15:00"]);
  });

  it("an overridden morning still ends the night window that started the evening before", () => {
    const schedule: AvailabilitySchedule = {
      timeZone: "UTC",
      weekly: [
        { weekday: 5, start: "22:00", end: "02:00" },
        { weekday: 6, start: "09:00", end: "10:00" },
      ],
      overrides: [{ date: "2026-06-06", windows: [] }],
    };
    expect(
      labels({
        schedule,
        rules: { durationMinutes: 60 },
        from: at("2026-06-05T00:00:00Z"),
        to: at("2026-06-07T00:00:00Z"),
      }),
    ).toEqual(["Fri 5 Jun 22:00", "Fri 5 Jun 23:00", "Sat 6 Jun 00:00", "Sat 6 Jun 01:00"]);
  });

  it("keeps buffers clear of the supervisor's sessions and of other blocked time", () => {
    const range = { from: at("2026-06-01T00:00:00Z"), to: at("2026-06-02T00:00:00Z") };
    // A session 10:00–10:50 BST; 10 minutes after each session are needed.
    expect(
      labels({
        ...range,
        rules: { durationMinutes: 50, bufferAfterMinutes: 10 },
        sessions: [session("2026-06-01T09:00:00Z")],
      }),
    ).toEqual(["Mon 1 Jun 09:00", "Mon 1 Jun 11:00"]);
    // 15 minutes before each session: 11:00 needs 10:45 free, which the session still holds.
    expect(
      labels({
        ...range,
        rules: { durationMinutes: 50, bufferBeforeMinutes: 15 },
        blocked: [session("2026-06-01T09:00:00Z")],
      }),
    ).toEqual(["Mon 1 Jun 09:00"]);
  });

  it("needs the minimum notice and stops at the daily maximum", () => {
    const range = { from: at("2026-06-01T00:00:00Z"), to: at("2026-06-03T00:00:00Z") };
    expect(
      labels({
        ...range,
        now: at("2026-06-01T07:30:00Z"), // 08:30 BST
        rules: { durationMinutes: 50, minimumNoticeMinutes: 120 },
      }).slice(0, 2),
    ).toEqual(["Mon 1 Jun 11:00", "Tue 2 Jun 09:00"]);
    expect(
      labels({
        ...range,
        rules: { durationMinutes: 50, maxPerDay: 2 },
        sessions: [session("2026-06-01T08:00:00Z"), session("2026-06-01T10:00:00Z")],
      }),
    ).toEqual(["Tue 2 Jun 09:00", "Tue 2 Jun 10:00", "Tue 2 Jun 11:00"]);
  });

  it("starts slots as often as the session type says, and 90-minute groups every 90", () => {
    const range = { from: at("2026-06-01T00:00:00Z"), to: at("2026-06-02T00:00:00Z") };
    expect(labels({ ...range, rules: { durationMinutes: 50, startEveryMinutes: 30 } })).toEqual([
      "Mon 1 Jun 09:00",
      "Mon 1 Jun 09:30",
      "Mon 1 Jun 10:00",
      "Mon 1 Jun 10:30",
      "Mon 1 Jun 11:00",
    ]);
    expect(labels({ ...range, rules: { durationMinutes: 90 } })).toEqual([
      "Mon 1 Jun 09:00",
      "Mon 1 Jun 10:30",
    ]);
  });

  it("refuses malformed schedules and rules with a message, and empty ranges with nothing", () => {
    const base = { from: at("2026-06-01T00:00:00Z"), to: at("2026-06-02T00:00:00Z"), now: EARLY };
    const rules = { durationMinutes: 50 };
    expect(() =>
      availableSlots({ ...base, rules, schedule: { timeZone: "Mars/Olympus", weekly: [] } }),
    ).toThrow(/time zone/);
    expect(() =>
      availableSlots({
        ...base,
        rules,
        schedule: { timeZone: "UTC", weekly: [{ weekday: 7, start: "09:00", end: "10:00" }] },
      }),
    ).toThrow(/weekday/);
    expect(() =>
      availableSlots({
        ...base,
        rules,
        schedule: { timeZone: "UTC", weekly: [], overrides: [{ date: "2026-02-30", windows: [] }] },
      }),
    ).toThrow(/YYYY-MM-DD/);
    expect(() =>
      availableSlots({
        ...base,
        schedule: LONDON_WEEKDAYS,
        rules: { durationMinutes: 50, bufferAfterMinutes: -5 },
      }),
    ).toThrow(/bufferAfterMinutes/);
    expect(() =>
      availableSlots({ ...base, schedule: LONDON_WEEKDAYS, rules, to: at("2027-12-01T00:00:00Z") }),
    ).toThrow(/366 days/);
    expect(availableSlots({ ...base, schedule: LONDON_WEEKDAYS, rules, to: base.from })).toEqual(
      [],
    );
  });
});
