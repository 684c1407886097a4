/**
 * Property tests. The seed is fixed so that every run checks the same cases; change SEED
 * locally to explore more.
 */
import { tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { QuietHours } from "./index";
import { isWithinQuietHours, nextAllowedSendTime, nextDueAt, preferredSendTime } from "./index";
import {
  addCalendarDays,
  DAY_MS,
  HOUR_MS,
  instantsReachingWallTime,
  MINUTE_MS,
  readLocal,
} from "./zone";

const SEED = 20_260_308;
const RUNS = 400;

const ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns", // -03:30 / -02:30
  "America/Santiago", // changes at local midnight
  "Asia/Kolkata", // +05:30, no DST
  "Asia/Kathmandu", // +05:45
  "Australia/Lord_Howe", // 30-minute DST
  "Pacific/Chatham", // +12:45 / +13:45
  "Pacific/Auckland",
] as const;

// The instants at which some of these zones change their clocks in 2026.
const CLOCK_CHANGES: readonly (readonly [(typeof ZONES)[number], string])[] = [
  ["America/New_York", "2026-03-08T07:00:00Z"],
  ["America/New_York", "2026-11-01T06:00:00Z"],
  ["Europe/London", "2026-03-29T01:00:00Z"],
  ["Europe/London", "2026-10-25T01:00:00Z"],
  ["Europe/Berlin", "2026-03-29T01:00:00Z"],
  ["Europe/Berlin", "2026-10-25T01:00:00Z"],
  ["America/St_Johns", "2026-03-08T05:30:00Z"],
  ["America/St_Johns", "2026-11-01T04:30:00Z"],
  ["America/Santiago", "2026-04-05T03:00:00Z"],
  ["America/Santiago", "2026-09-06T04:00:00Z"],
  ["Australia/Lord_Howe", "2026-04-04T15:00:00Z"],
  ["Australia/Lord_Howe", "2026-10-03T15:30:00Z"],
  ["Pacific/Chatham", "2026-04-04T14:00:00Z"],
  ["Pacific/Chatham", "2026-09-26T14:00:00Z"],
  ["Pacific/Auckland", "2026-04-04T14:00:00Z"],
  ["Pacific/Auckland", "2026-09-26T14:00:00Z"],
];

/** A zone and an instant: anywhere in 2000–2040, or within 30 hours of one of the zone's clock changes. */
const zoneAndInstant: fc.Arbitrary<[string, Date]> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...ZONES),
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    )
    .map(([tz, t]): [string, Date] => [tz, new Date(t)]),
  fc
    .tuple(
      fc.constantFrom(...CLOCK_CHANGES),
      fc.oneof(
        fc.integer({ min: -30 * 60, max: 30 * 60 }).map((m) => m * MINUTE_MS),
        fc.integer({ min: -30 * HOUR_MS, max: 30 * HOUR_MS }),
      ),
    )
    .map(([[tz, change], shift]): [string, Date] => [tz, new Date(Date.parse(change) + shift)]),
);

const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 24 * 60 - 1 }),
  // Times around the night-time clock changes (midnight to 03:00).
  fc.integer({ min: 0, max: 3 * 60 }),
);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const quietHours: fc.Arbitrary<QuietHours> = fc
  .tuple(minuteOfDay, minuteOfDay)
  .filter(([start, end]) => start !== end)
  .map(([start, end]) => ({ start: clock(start), end: clock(end) }));

/** Minutes of the day outside quiet hours, on the wall clock. */
const allowedMinutes = (quiet: QuietHours) => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return (minutes(quiet.start) - minutes(quiet.end) + 24 * 60) % (24 * 60);
};

const options = { seed: SEED, numRuns: RUNS };

describe("nextAllowedSendTime (properties)", () => {
  it("is at or after from, outside quiet hours, from itself when allowed, and just after quiet time otherwise", () => {
    fc.assert(
      fc.property(zoneAndInstant, quietHours, ([tz, from], quiet) => {
        const result = nextAllowedSendTime(from, quiet, tz);
        expect(result.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(isWithinQuietHours(result, quiet, tz)).toBe(false);
        if (!isWithinQuietHours(from, quiet, tz)) {
          expect(result.getTime()).toBe(from.getTime());
        } else {
          // The moment just before is still quiet: the result is an end of quiet hours.
          expect(isWithinQuietHours(new Date(result.getTime() - 1), quiet, tz)).toBe(true);
          // Even when a DST gap swallows a day's whole allowed span, the wait is under two days.
          expect(result.getTime() - from.getTime()).toBeLessThan(2 * DAY_MS + HOUR_MS);
        }
      }),
      options,
    );
  });

  it("is within 24 hours (+1 hour for DST) of from when more than an hour a day is allowed", () => {
    // With an hour or less allowed, a one-hour spring-forward gap can swallow a whole day's
    // allowed span, and the next opening is a day later (see the unit tests).
    fc.assert(
      fc.property(
        zoneAndInstant,
        quietHours.filter((q) => allowedMinutes(q) > 60),
        ([tz, from], quiet) => {
          const result = nextAllowedSendTime(from, quiet, tz);
          expect(result.getTime() - from.getTime()).toBeLessThanOrEqual(DAY_MS + HOUR_MS);
        },
      ),
      options,
    );
  });

  it("leaves no allowed time unused between from and the result when the clocks do not change", () => {
    fc.assert(
      fc.property(zoneAndInstant, quietHours, ([tz, from], quiet) => {
        const result = nextAllowedSendTime(from, quiet, tz);
        fc.pre(tzOffset(tz, from) === tzOffset(tz, result));
        for (let t = from.getTime(); t < result.getTime(); t += 7 * MINUTE_MS) {
          expect(isWithinQuietHours(new Date(t), quiet, tz)).toBe(true);
        }
      }),
      { ...options, numRuns: 150 },
    );
  });
});

describe("preferredSendTime (properties)", () => {
  const workingHours = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      minuteOfDay,
      minuteOfDay,
    )
    .filter(([, start, end]) => start < end)
    .map(([days, start, end]) => ({ days, start: clock(start), end: clock(end) }));

  it("is at or after from, outside quiet hours, and within about eight days", () => {
    fc.assert(
      fc.property(zoneAndInstant, quietHours, workingHours, ([tz, from], quiet, hours) => {
        const result = preferredSendTime(from, {
          timeZone: tz,
          quietHours: quiet,
          workingHours: hours,
        });
        expect(result.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(isWithinQuietHours(result, quiet, tz)).toBe(false);
        expect(result.getTime() - from.getTime()).toBeLessThan(10 * DAY_MS);
      }),
      options,
    );
  });
});

describe("nextDueAt (properties)", () => {
  it("is everyDays local calendar days later at the same wall-clock time (or just after a gap)", () => {
    const created = new Date(Date.UTC(1999, 0, 1));
    fc.assert(
      fc.property(zoneAndInstant, fc.integer({ min: 1, max: 90 }), ([tz, last], everyDays) => {
        const due = nextDueAt(last, { everyDays }, tz, created, created);
        expect(due).not.toBeNull();
        if (due === null) return;
        const before = readLocal(last.getTime(), tz);
        const after = readLocal(due.getTime(), tz);
        expect(after.date).toEqual(addCalendarDays(before.date, everyDays));
        if (after.msOfDay !== before.msOfDay) {
          // Only a spring-forward gap moves the time, and only forward, by at most an hour.
          expect(after.msOfDay).toBeGreaterThan(before.msOfDay);
          expect(after.msOfDay - before.msOfDay).toBeLessThanOrEqual(HOUR_MS);
          expect(tzOffset(tz, due)).not.toBe(tzOffset(tz, new Date(due.getTime() - 1)));
        }
      }),
      options,
    );
  });
});

describe("instantsReachingWallTime (properties)", () => {
  it("gives instants whose wall clock shows the time, or the first instant after a gap", () => {
    fc.assert(
      fc.property(
        zoneAndInstant,
        minuteOfDay,
        fc.integer({ min: 0, max: MINUTE_MS - 1 }),
        ([tz, day], minute, ms) => {
          const date = readLocal(day.getTime(), tz).date;
          const msOfDay = minute * MINUTE_MS + ms;
          const found = instantsReachingWallTime(date, msOfDay, tz);
          expect(found.length).toBeGreaterThanOrEqual(1);
          expect(found.length).toBeLessThanOrEqual(2);
          expect(found).toEqual([...found].sort((a, b) => a - b)); // first occurrence first
          const exact = found.every((t) => {
            const local = readLocal(t, tz);
            return local.msOfDay === msOfDay && JSON.stringify(local.date) === JSON.stringify(date);
          });
          if (!exact) {
            expect(found).toHaveLength(1);
            const [jump = Number.NaN] = found;
            // Just before: earlier on the wall clock; at: later. The time was skipped.
            const justBefore = readLocal(jump - 1, tz);
            const atJump = readLocal(jump, tz);
            const wall = (r: typeof atJump) =>
              Date.UTC(r.date.year, r.date.month, r.date.day) + r.msOfDay;
            const target = Date.UTC(date.year, date.month, date.day) + msOfDay;
            expect(wall(justBefore)).toBeLessThan(target);
            expect(wall(atJump)).toBeGreaterThan(target);
          }
        },
      ),
      options,
    );
  });
});
