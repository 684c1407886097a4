import { describe, expect, it } from "vitest";

import { formatLocal, isDue, nextDueAt } from "./index";

const at = (iso: string) => new Date(iso);
const created = at("2026-01-05T10:00:00Z");
const now = at("2026-06-01T12:00:00Z");
const weekly = { everyDays: 7 };

describe("nextDueAt", () => {
  it("is createdAt when the check was never completed", () => {
    expect(nextDueAt(null, weekly, "Europe/London", created, now)).toEqual(created);
  });

  it("keeps the local wall-clock time across the US spring forward", () => {
    // Monday 2 March 09:00 EST → Monday 9 March 09:00 EDT (167 hours later).
    const due = nextDueAt(at("2026-03-02T14:00:00Z"), weekly, "America/New_York", created, now);
    expect(due).toEqual(at("2026-03-09T13:00:00Z"));
    expect(due && formatLocal(due, "America/New_York", "EEEE HH:mm")).toBe("Monday 09:00");
  });

  it("keeps the local wall-clock time across the EU fall back", () => {
    // Monday 19 October 09:00 BST → Monday 26 October 09:00 GMT (169 hours later).
    expect(nextDueAt(at("2026-10-19T08:00:00Z"), weekly, "Europe/London", created, now)).toEqual(
      at("2026-10-26T09:00:00Z"),
    );
  });

  it("counts calendar days in the person's zone, not in UTC", () => {
    // 20:00 UTC on 1 January is 01:30 IST on 2 January → due 01:30 IST on 9 January.
    expect(nextDueAt(at("2026-01-01T20:00:00Z"), weekly, "Asia/Kolkata", created, now)).toEqual(
      at("2026-01-08T20:00:00Z"),
    );
  });

  it("adds 30 calendar days across a DST change", () => {
    // 15 February 18:00 EST → 17 March 18:00 EDT.
    expect(
      nextDueAt(at("2026-02-15T23:00:00Z"), { everyDays: 30 }, "America/New_York", created, now),
    ).toEqual(at("2026-03-17T22:00:00Z"));
  });

  it("uses the first instant after the gap when the local time does not exist on the due day", () => {
    // Sunday 1 March 02:30 EST → Sunday 8 March has no 02:30 → 03:00 EDT.
    expect(nextDueAt(at("2026-03-01T07:30:00Z"), weekly, "America/New_York", created, now)).toEqual(
      at("2026-03-08T07:00:00Z"),
    );
  });

  it("uses the first occurrence when the local time occurs twice on the due day", () => {
    // Sunday 25 October 01:30 EDT → Sunday 1 November 01:30 EDT (not EST).
    expect(nextDueAt(at("2026-10-25T05:30:00Z"), weekly, "America/New_York", created, now)).toEqual(
      at("2026-11-01T05:30:00Z"),
    );
  });

  describe("paused cadences", () => {
    const last = at("2026-05-01T09:00:00Z");

    it("is null while paused indefinitely", () => {
      expect(nextDueAt(last, { everyDays: 7, paused: true }, "UTC", created, now)).toBeNull();
      expect(nextDueAt(null, { everyDays: 7, paused: true }, "UTC", created, now)).toBeNull();
    });

    it("is null while paused until a later date", () => {
      expect(
        nextDueAt(
          last,
          { everyDays: 7, pausedUntil: at("2026-06-10T00:00:00Z") },
          "UTC",
          created,
          now,
        ),
      ).toBeNull();
    });

    it("ignores a null pausedUntil and paused: false", () => {
      expect(
        nextDueAt(last, { everyDays: 7, pausedUntil: null, paused: false }, "UTC", created, now),
      ).toEqual(at("2026-05-08T09:00:00Z"));
    });

    it("resumes once pausedUntil has passed, due no earlier than the end of the pause", () => {
      const pausedUntil = at("2026-05-20T00:00:00Z");
      expect(nextDueAt(last, { everyDays: 7, pausedUntil }, "UTC", created, now)).toEqual(
        pausedUntil,
      );
      const shortPause = at("2026-05-03T00:00:00Z");
      expect(
        nextDueAt(last, { everyDays: 7, pausedUntil: shortPause }, "UTC", created, now),
      ).toEqual(at("2026-05-08T09:00:00Z"));
    });

    it("treats pausedUntil equal to now as ended", () => {
      expect(nextDueAt(last, { everyDays: 7, pausedUntil: now }, "UTC", created, now)).toEqual(now);
    });

    it("paused: true wins over a past pausedUntil", () => {
      expect(
        nextDueAt(
          last,
          { everyDays: 7, paused: true, pausedUntil: at("2026-05-02T00:00:00Z") },
          "UTC",
          created,
          now,
        ),
      ).toBeNull();
    });
  });

  it("refuses a cadence that is not a positive whole number of days", () => {
    expect(() => nextDueAt(null, { everyDays: 0 }, "UTC", created, now)).toThrow(RangeError);
    expect(() => nextDueAt(null, { everyDays: 1.5 }, "UTC", created, now)).toThrow(RangeError);
    expect(() => nextDueAt(null, { everyDays: 7 }, "Nowhere/Special", created, now)).toThrow(
      RangeError,
    );
  });
});

describe("isDue", () => {
  const last = at("2026-05-25T09:00:00Z"); // due 2026-06-01T09:00Z

  it("is false before the due time, true at and after it", () => {
    expect(isDue(at("2026-06-01T08:59:59Z"), last, weekly, "UTC", created)).toBe(false);
    expect(isDue(at("2026-06-01T09:00:00Z"), last, weekly, "UTC", created)).toBe(true);
    expect(isDue(at("2026-06-20T09:00:00Z"), last, weekly, "UTC", created)).toBe(true);
  });

  it("is true for a never-completed check once it exists", () => {
    expect(isDue(created, null, weekly, "UTC", created)).toBe(true);
  });

  it("is false while paused", () => {
    expect(isDue(now, last, { everyDays: 7, paused: true }, "UTC", created)).toBe(false);
    expect(
      isDue(now, last, { everyDays: 7, pausedUntil: at("2026-07-01T00:00:00Z") }, "UTC", created),
    ).toBe(false);
  });

  it("is true again once the pause is over", () => {
    expect(
      isDue(now, last, { everyDays: 7, pausedUntil: at("2026-05-30T00:00:00Z") }, "UTC", created),
    ).toBe(true);
  });
});
