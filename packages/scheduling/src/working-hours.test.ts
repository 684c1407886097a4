import { describe, expect, it } from "vitest";

import type { PersonSchedule } from "./index";
import { isWithinQuietHours, isWithinWorkingHours, preferredSendTime } from "./index";

const at = (iso: string) => new Date(iso);

const londoner: PersonSchedule = {
  timeZone: "Europe/London",
  workingHours: { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
  quietHours: { start: "20:00", end: "07:30" },
};

describe("isWithinWorkingHours", () => {
  const { workingHours, timeZone } = londoner;

  it.each([
    ["Monday 08:59:59 BST", "2026-06-15T07:59:59Z", false],
    ["Monday 09:00 BST (start)", "2026-06-15T08:00:00Z", true],
    ["Monday 16:59 BST", "2026-06-15T15:59:00Z", true],
    ["Monday 17:00 BST (end)", "2026-06-15T16:00:00Z", false],
    ["Saturday 11:00 BST", "2026-06-13T10:00:00Z", false],
  ])("%s → %s", (_label, iso, working) => {
    expect(isWithinWorkingHours(at(iso), workingHours, timeZone)).toBe(working);
  });

  it("uses the local weekday, not the UTC one", () => {
    // Monday 00:30 UTC is Monday 06:00 in Kolkata but Sunday 20:30 in New York.
    const hours = { days: [1], start: "05:00", end: "23:00" };
    expect(isWithinWorkingHours(at("2026-06-15T00:30:00Z"), hours, "Asia/Kolkata")).toBe(true);
    expect(isWithinWorkingHours(at("2026-06-15T00:30:00Z"), hours, "America/New_York")).toBe(false);
  });

  it("reads an overnight window as a shift belonging to the day it starts on", () => {
    const nights = { days: [5], start: "22:00", end: "06:00" }; // Friday night shift
    expect(isWithinWorkingHours(at("2026-06-19T23:00:00Z"), nights, "UTC")).toBe(true); // Fri 23:00
    expect(isWithinWorkingHours(at("2026-06-20T05:00:00Z"), nights, "UTC")).toBe(true); // Sat 05:00
    expect(isWithinWorkingHours(at("2026-06-19T05:00:00Z"), nights, "UTC")).toBe(false); // Fri 05:00 (Thursday's shift)
  });

  it("refuses malformed days", () => {
    expect(() =>
      isWithinWorkingHours(
        at("2026-06-15T08:00:00Z"),
        { days: [7], start: "09:00", end: "17:00" },
        "UTC",
      ),
    ).toThrow(RangeError);
  });
});

describe("preferredSendTime", () => {
  it("keeps an instant already within working hours on a working day", () => {
    const from = at("2026-06-17T10:00:00Z"); // Wednesday 11:00 BST
    expect(preferredSendTime(from, londoner)).toEqual(from);
  });

  it("moves a weekend instant to Monday's start", () => {
    expect(preferredSendTime(at("2026-06-13T09:00:00Z"), londoner)).toEqual(
      at("2026-06-15T08:00:00Z"),
    ); // Sat → Mon 09:00 BST
  });

  it("moves a late-evening instant (inside quiet hours) to the next working morning", () => {
    expect(preferredSendTime(at("2026-06-16T21:00:00Z"), londoner)).toEqual(
      at("2026-06-17T08:00:00Z"),
    ); // Tue 22:00 → Wed 09:00
  });

  it("moves an early-morning instant to the same day's start", () => {
    expect(preferredSendTime(at("2026-06-17T05:00:00Z"), londoner)).toEqual(
      at("2026-06-17T08:00:00Z"),
    ); // Wed 06:00 → 09:00
  });

  it("treats the end of working hours as outside them", () => {
    expect(preferredSendTime(at("2026-06-17T16:00:00Z"), londoner)).toEqual(
      at("2026-06-18T08:00:00Z"),
    ); // Wed 17:00 → Thu 09:00
  });

  it("moves Friday evening to Monday morning", () => {
    expect(preferredSendTime(at("2026-06-19T17:00:00Z"), londoner)).toEqual(
      at("2026-06-22T08:00:00Z"),
    );
  });

  it("keeps the local start across a DST change (America/New_York, 2026-03-08)", () => {
    const person: PersonSchedule = { ...londoner, timeZone: "America/New_York" };
    // Friday 6 March 18:00 EST → Monday 9 March 09:00 EDT.
    expect(preferredSendTime(at("2026-03-06T23:00:00Z"), person)).toEqual(
      at("2026-03-09T13:00:00Z"),
    );
  });

  it("works in a half-hour zone (Asia/Kolkata)", () => {
    const person: PersonSchedule = { ...londoner, timeZone: "Asia/Kolkata" };
    // Sunday 14 June 12:00 IST → Monday 15 June 09:00 IST.
    expect(preferredSendTime(at("2026-06-14T06:30:00Z"), person)).toEqual(
      at("2026-06-15T03:30:00Z"),
    );
  });

  describe("quiet hours always win", () => {
    const earlyBird: PersonSchedule = {
      timeZone: "UTC",
      workingHours: { days: [1, 2, 3, 4, 5], start: "06:00", end: "14:00" },
      quietHours: { start: "20:00", end: "07:30" },
    };

    it("a working-hours start inside quiet hours moves to the end of quiet hours", () => {
      expect(preferredSendTime(at("2026-06-15T05:00:00Z"), earlyBird)).toEqual(
        at("2026-06-15T07:30:00Z"),
      );
    });

    it("an instant within working hours but inside quiet hours moves to the end of quiet hours", () => {
      expect(preferredSendTime(at("2026-06-15T06:30:00Z"), earlyBird)).toEqual(
        at("2026-06-15T07:30:00Z"),
      );
    });

    it("with no working days it is just the next allowed time", () => {
      const noDays: PersonSchedule = {
        ...earlyBird,
        workingHours: { ...earlyBird.workingHours, days: [] },
      };
      const result = preferredSendTime(at("2026-06-13T22:00:00Z"), noDays);
      expect(result).toEqual(at("2026-06-14T07:30:00Z"));
      expect(isWithinQuietHours(result, noDays.quietHours, noDays.timeZone)).toBe(false);
    });
  });
});
