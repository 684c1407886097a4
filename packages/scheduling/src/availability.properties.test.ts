/**
 * Property tests of `availableSlots` across time zones with odd offsets and clock changes. The
 * seed is fixed so that every run checks the same cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { AvailabilitySchedule, Interval, SessionRules } from "./index";
import { availableSlots } from "./index";
import { inDailyWindow, parseClockTime } from "./time-of-day";
import { DAY_MS, MINUTE_MS, readLocal } from "./zone";

const SEED = 20_261_127;
const RUNS = 150;

const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
] as const;

const clock = fc
  .integer({ min: 0, max: 24 * 4 - 1 })
  .map(
    (q) => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`,
  );

const window = fc
  .record({ weekday: fc.integer({ min: 0, max: 6 }), start: clock, end: clock })
  .filter((w) => w.start !== w.end);

const schedule: fc.Arbitrary<AvailabilitySchedule> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekly: fc.array(window, { minLength: 1, maxLength: 4 }),
});

const rules: fc.Arbitrary<SessionRules> = fc.record({
  durationMinutes: fc.constantFrom(30, 45, 50, 60, 90),
  bufferBeforeMinutes: fc.constantFrom(0, 5, 15),
  bufferAfterMinutes: fc.constantFrom(0, 10),
  minimumNoticeMinutes: fc.constantFrom(0, 60, 24 * 60),
  startEveryMinutes: fc.constantFrom(undefined, 15, 30),
});

// Ranges of up to 10 days starting anywhere in 2026, so many contain a clock change.
const YEAR_START = Date.UTC(2026, 0, 1);
const range = fc
  .record({
    start: fc.integer({ min: 0, max: 364 * 24 * 4 }).map((q) => YEAR_START + q * 15 * MINUTE_MS),
    days: fc.integer({ min: 1, max: 10 }),
    nowBefore: fc.integer({ min: -2 * 24, max: 24 }).map((h) => h * 60 * MINUTE_MS),
  })
  .map(({ start, days, nowBefore }) => ({
    from: new Date(start),
    to: new Date(start + days * DAY_MS),
    now: new Date(start - nowBefore),
  }));

const sessionIn = (from: Date) =>
  fc
    .record({
      offset: fc.integer({ min: 0, max: 10 * 24 * 4 }),
      minutes: fc.constantFrom(50, 60, 90),
    })
    .map(({ offset, minutes }): Interval => {
      const start = from.getTime() + offset * 15 * MINUTE_MS;
      return { start: new Date(start), end: new Date(start + minutes * MINUTE_MS) };
    });

const cases = fc.tuple(schedule, rules, range).chain(([s, r, q]) =>
  fc.record({
    schedule: fc.constant(s),
    rules: fc.constant(r),
    range: fc.constant(q),
    sessions: fc.array(sessionIn(q.from), { maxLength: 6 }),
  }),
);

/** Whether the instant's wall clock lies in a weekly window, and on which day that window started. */
function windowHolding(s: AvailabilitySchedule, instant: number) {
  const local = readLocal(instant, s.timeZone);
  return s.weekly.some((w) => {
    const start = parseClockTime(w.start, "start");
    const end = parseClockTime(w.end, "end");
    if (!inDailyWindow(local.msOfDay, start, end)) return false;
    const startedYesterday = start > end && local.msOfDay < end;
    return w.weekday === (startedYesterday ? (local.weekday + 6) % 7 : local.weekday);
  });
}

describe("availableSlots properties", () => {
  it("every slot lasts the session, in order, within the range and notice, inside a window, clear of sessions with their buffers", () => {
    let checked = 0;
    fc.assert(
      fc.property(cases, ({ schedule: s, rules: r, range: q, sessions }) => {
        const slots = availableSlots({ schedule: s, rules: r, ...q, sessions });
        const duration = r.durationMinutes * MINUTE_MS;
        const before = (r.bufferBeforeMinutes ?? 0) * MINUTE_MS;
        const after = (r.bufferAfterMinutes ?? 0) * MINUTE_MS;
        const earliest = Math.max(
          q.from.getTime(),
          q.now.getTime() + (r.minimumNoticeMinutes ?? 0) * MINUTE_MS,
        );
        let previous = -Infinity;
        checked += slots.length;
        for (const slot of slots) {
          const start = slot.start.getTime();
          expect(slot.end.getTime() - start).toBe(duration);
          expect(start).toBeGreaterThan(previous);
          previous = start;
          expect(start).toBeGreaterThanOrEqual(earliest);
          expect(start).toBeLessThan(q.to.getTime());
          expect(windowHolding(s, start)).toBe(true);
          expect(windowHolding(s, start + duration - 1)).toBe(true);
          for (const t of sessions)
            expect(
              start - before < t.end.getTime() && t.start.getTime() < start + duration + after,
            ).toBe(false);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The cases are not vacuous: on average each offers several slots.
    expect(checked).toBeGreaterThan(5 * RUNS);
  });

  it("a booked session only takes slots away, and a day at its maximum offers none", () => {
    fc.assert(
      fc.property(cases, ({ schedule: s, rules: r, range: q, sessions }) => {
        const free = availableSlots({ schedule: s, rules: r, ...q });
        const busy = availableSlots({ schedule: s, rules: r, ...q, sessions });
        const freeStarts = new Set(free.map((x) => x.start.getTime()));
        for (const slot of busy) expect(freeStarts.has(slot.start.getTime())).toBe(true);

        const limited = availableSlots({
          schedule: s,
          rules: { ...r, maxPerDay: 1 },
          ...q,
          sessions,
        });
        const booked = new Set(
          sessions.map((t) => JSON.stringify(readLocal(t.start.getTime(), s.timeZone).date)),
        );
        for (const slot of limited)
          expect(booked.has(JSON.stringify(readLocal(slot.start.getTime(), s.timeZone).date))).toBe(
            false,
          );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
