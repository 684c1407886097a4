import { describe, expect, it } from "vitest";

import { isWithinQuietHours, nextAllowedSendTime } from "./index";

const at = (iso: string) => new Date(iso);
const NIGHT = { start: "20:00", end: "07:30" };

describe("isWithinQuietHours", () => {
  describe("a window that does not cross midnight (13:00–14:00, UTC)", () => {
    const lunch = { start: "13:00", end: "14:00" };
    it.each([
      ["2026-06-15T12:59:59.999Z", false],
      ["2026-06-15T13:00:00.000Z", true],
      ["2026-06-15T13:30:00.000Z", true],
      ["2026-06-15T13:59:59.999Z", true],
      ["2026-06-15T14:00:00.000Z", false],
      ["2026-06-15T23:30:00.000Z", false],
    ])("%s → %s", (iso, quiet) => {
      expect(isWithinQuietHours(at(iso), lunch, "UTC")).toBe(quiet);
    });
  });

  describe("a window that crosses midnight (20:00–07:30, Europe/London in summer, UTC+1)", () => {
    it.each([
      ["2026-06-15T18:59:59.999Z", false], // 19:59:59.999 local
      ["2026-06-15T19:00:00.000Z", true], // 20:00 local: exactly at start
      ["2026-06-15T23:00:00.000Z", true], // 00:00 local
      ["2026-06-16T06:29:59.999Z", true], // 07:29:59.999 local
      ["2026-06-16T06:30:00.000Z", false], // 07:30 local: exactly at end
      ["2026-06-16T11:00:00.000Z", false], // midday
    ])("%s → %s", (iso, quiet) => {
      expect(isWithinQuietHours(at(iso), NIGHT, "Europe/London")).toBe(quiet);
    });
  });

  it("reads the wall clock of the given zone, not UTC", () => {
    const instant = at("2026-01-15T21:00:00Z");
    expect(isWithinQuietHours(instant, NIGHT, "Europe/London")).toBe(true); // 21:00 GMT
    expect(isWithinQuietHours(instant, NIGHT, "America/New_York")).toBe(false); // 16:00 EST
    expect(isWithinQuietHours(instant, NIGHT, "Asia/Kolkata")).toBe(true); // 02:30 IST
    expect(isWithinQuietHours(instant, NIGHT, "Australia/Lord_Howe")).toBe(false); // 08:00 LHDT
  });

  it("handles a half-hour offset zone (Asia/Kolkata, UTC+05:30) at the edges", () => {
    const quiet = { start: "22:00", end: "06:00" };
    expect(isWithinQuietHours(at("2026-01-10T16:29:59Z"), quiet, "Asia/Kolkata")).toBe(false); // 21:59:59
    expect(isWithinQuietHours(at("2026-01-10T16:30:00Z"), quiet, "Asia/Kolkata")).toBe(true); // 22:00
    expect(isWithinQuietHours(at("2026-01-11T00:29:59Z"), quiet, "Asia/Kolkata")).toBe(true); // 05:59:59
    expect(isWithinQuietHours(at("2026-01-11T00:30:00Z"), quiet, "Asia/Kolkata")).toBe(false); // 06:00
  });

  it("uses the offset in force on each side of a DST change", () => {
    // America/New_York, 2026-03-08: 01:59:59 EST is followed by 03:00 EDT.
    const quiet = { start: "22:00", end: "03:00" };
    expect(isWithinQuietHours(at("2026-03-08T06:59:59Z"), quiet, "America/New_York")).toBe(true);
    expect(isWithinQuietHours(at("2026-03-08T07:00:00Z"), quiet, "America/New_York")).toBe(false);
  });

  it("refuses malformed settings", () => {
    const now = at("2026-06-15T12:00:00Z");
    expect(() => isWithinQuietHours(now, NIGHT, "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => isWithinQuietHours(now, { start: "24:00", end: "07:00" }, "UTC")).toThrow(
      RangeError,
    );
    expect(() => isWithinQuietHours(now, { start: "7:00", end: "08:00" }, "UTC")).toThrow(
      RangeError,
    );
    expect(() => isWithinQuietHours(now, { start: "07:00", end: "07:00" }, "UTC")).toThrow(
      RangeError,
    );
    expect(() => isWithinQuietHours(new Date(Number.NaN), NIGHT, "UTC")).toThrow(RangeError);
  });
});

describe("nextAllowedSendTime", () => {
  it("returns from unchanged (as a new Date) outside quiet hours", () => {
    const from = at("2026-06-15T12:00:00Z");
    const result = nextAllowedSendTime(from, NIGHT, "Europe/London");
    expect(result).toEqual(from);
    expect(result).not.toBe(from);
  });

  it("returns from exactly at the end of quiet hours", () => {
    const from = at("2026-01-16T07:30:00Z"); // 07:30 GMT
    expect(nextAllowedSendTime(from, NIGHT, "Europe/London")).toEqual(from);
  });

  it("moves an evening instant to the next morning's end", () => {
    expect(nextAllowedSendTime(at("2026-01-15T23:00:00Z"), NIGHT, "Europe/London")).toEqual(
      at("2026-01-16T07:30:00Z"),
    );
  });

  it("moves an instant exactly at the start to the next morning's end", () => {
    expect(nextAllowedSendTime(at("2026-01-15T20:00:00Z"), NIGHT, "Europe/London")).toEqual(
      at("2026-01-16T07:30:00Z"),
    );
  });

  it("moves a small-hours instant to the same morning's end", () => {
    expect(nextAllowedSendTime(at("2026-01-16T03:00:00Z"), NIGHT, "Europe/London")).toEqual(
      at("2026-01-16T07:30:00Z"),
    );
  });

  it("handles a window that does not cross midnight", () => {
    const quiet = { start: "01:00", end: "06:00" };
    expect(nextAllowedSendTime(at("2026-01-16T03:00:00Z"), quiet, "UTC")).toEqual(
      at("2026-01-16T06:00:00Z"),
    );
  });

  it("works in Asia/Kolkata (UTC+05:30)", () => {
    const quiet = { start: "21:00", end: "06:30" };
    // 23:30 IST on 1 May → 06:30 IST on 2 May.
    expect(nextAllowedSendTime(at("2026-05-01T18:00:00Z"), quiet, "Asia/Kolkata")).toEqual(
      at("2026-05-02T01:00:00Z"),
    );
  });

  describe("US spring forward (America/New_York, 2026-03-08: 02:00 EST → 03:00 EDT)", () => {
    const zone = "America/New_York";
    const from = at("2026-03-08T05:00:00Z"); // 00:00 EST

    it("an end inside the gap (02:30) gives the first instant after the gap, 03:00 EDT", () => {
      expect(nextAllowedSendTime(from, { start: "22:00", end: "02:30" }, zone)).toEqual(
        at("2026-03-08T07:00:00Z"),
      );
    });

    it("an end at the very start of the gap (02:00) gives 03:00 EDT", () => {
      expect(nextAllowedSendTime(from, { start: "22:00", end: "02:00" }, zone)).toEqual(
        at("2026-03-08T07:00:00Z"),
      );
    });

    it("an end at the first time after the gap (03:00) gives 03:00 EDT", () => {
      const fromEvening = at("2026-03-08T01:00:00Z"); // 20:00 EST on 7 March
      expect(nextAllowedSendTime(fromEvening, { start: "20:00", end: "03:00" }, zone)).toEqual(
        at("2026-03-08T07:00:00Z"),
      );
    });

    it("an end before the gap (01:30) is still in EST", () => {
      expect(nextAllowedSendTime(from, { start: "22:00", end: "01:30" }, zone)).toEqual(
        at("2026-03-08T06:30:00Z"),
      );
    });

    it("an end after the gap (07:30) is in EDT, an hour less away", () => {
      const evening = at("2026-03-08T01:00:00Z"); // 20:00 EST on 7 March
      const result = nextAllowedSendTime(evening, NIGHT, zone);
      expect(result).toEqual(at("2026-03-08T11:30:00Z")); // 07:30 EDT
      expect(result.getTime() - evening.getTime()).toBe(10.5 * 3_600_000);
    });

    it("skips a day whose whole allowed span lies inside the gap", () => {
      // Allowed only 02:30–02:45, which does not exist on 8 March; 03:00 is already quiet again.
      const quiet = { start: "02:45", end: "02:30" };
      const result = nextAllowedSendTime(at("2026-03-07T07:45:00Z"), quiet, zone); // 02:45 EST on 7 March
      expect(result).toEqual(at("2026-03-09T06:30:00Z")); // 02:30 EDT on 9 March
      expect(isWithinQuietHours(result, quiet, zone)).toBe(false);
    });
  });

  describe("US fall back (America/New_York, 2026-11-01: 02:00 EDT → 01:00 EST)", () => {
    const zone = "America/New_York";
    const quiet = { start: "22:00", end: "01:30" };

    it("an end that occurs twice gives the first occurrence (01:30 EDT)", () => {
      expect(nextAllowedSendTime(at("2026-11-01T03:00:00Z"), quiet, zone)).toEqual(
        at("2026-11-01T05:30:00Z"),
      );
    });

    it("between the two occurrences (01:15 EST, quiet again) gives the second (01:30 EST)", () => {
      const secondPass = at("2026-11-01T06:15:00Z");
      expect(isWithinQuietHours(secondPass, quiet, zone)).toBe(true);
      expect(nextAllowedSendTime(secondPass, quiet, zone)).toEqual(at("2026-11-01T06:30:00Z"));
    });

    it("after the first occurrence, during the first pass, sending is allowed", () => {
      const firstPass = at("2026-11-01T05:45:00Z"); // 01:45 EDT
      expect(nextAllowedSendTime(firstPass, quiet, zone)).toEqual(firstPass);
    });

    it("an end after the overlap (07:30) is in EST, an hour more away", () => {
      const evening = at("2026-11-01T00:00:00Z"); // 20:00 EDT on 31 October
      const result = nextAllowedSendTime(evening, NIGHT, zone);
      expect(result).toEqual(at("2026-11-01T12:30:00Z")); // 07:30 EST
      expect(result.getTime() - evening.getTime()).toBe(12.5 * 3_600_000);
    });

    it("does not treat the clocks going back to before the start as an opening", () => {
      // Quiet 01:30–06:00: at 02:00 EDT the clock goes back to 01:00 EST, which reads as
      // outside the window for half an hour; the night's quiet hours still run to 06:00.
      const lateQuiet = { start: "01:30", end: "06:00" };
      expect(nextAllowedSendTime(at("2026-11-01T05:45:00Z"), lateQuiet, zone)).toEqual(
        at("2026-11-01T11:00:00Z"),
      );
    });
  });

  describe("EU spring forward (2026-03-29, 01:00 UTC)", () => {
    it("Europe/London: an end inside the gap (01:30) gives 02:00 BST", () => {
      const quiet = { start: "23:00", end: "01:30" };
      expect(nextAllowedSendTime(at("2026-03-28T23:30:00Z"), quiet, "Europe/London")).toEqual(
        at("2026-03-29T01:00:00Z"),
      );
    });

    it("Europe/London: an end before the gap (00:30) is in GMT", () => {
      const quiet = { start: "23:00", end: "00:30" };
      expect(nextAllowedSendTime(at("2026-03-28T23:30:00Z"), quiet, "Europe/London")).toEqual(
        at("2026-03-29T00:30:00Z"),
      );
    });

    it("Europe/London: an end after the gap (02:30) is in BST", () => {
      const quiet = { start: "23:00", end: "02:30" };
      expect(nextAllowedSendTime(at("2026-03-28T23:30:00Z"), quiet, "Europe/London")).toEqual(
        at("2026-03-29T01:30:00Z"),
      );
    });

    it("Europe/Berlin: an end inside the gap (02:30) gives 03:00 CEST", () => {
      const quiet = { start: "22:00", end: "02:30" };
      expect(nextAllowedSendTime(at("2026-03-28T23:00:00Z"), quiet, "Europe/Berlin")).toEqual(
        at("2026-03-29T01:00:00Z"),
      );
    });
  });

  describe("EU fall back (2026-10-25, 01:00 UTC)", () => {
    it("Europe/London: an end in the overlap (01:30) gives the first occurrence, in BST", () => {
      const quiet = { start: "22:00", end: "01:30" };
      expect(nextAllowedSendTime(at("2026-10-24T21:00:00Z"), quiet, "Europe/London")).toEqual(
        at("2026-10-25T00:30:00Z"),
      );
    });

    it("Europe/Berlin: an end in the overlap (02:30) gives the first occurrence, in CEST", () => {
      const quiet = { start: "22:00", end: "02:30" };
      expect(nextAllowedSendTime(at("2026-10-24T21:00:00Z"), quiet, "Europe/Berlin")).toEqual(
        at("2026-10-25T00:30:00Z"),
      );
    });

    it("Europe/Berlin: from the second pass (02:10 CET) gives the second occurrence", () => {
      const quiet = { start: "22:00", end: "02:30" };
      expect(nextAllowedSendTime(at("2026-10-25T01:10:00Z"), quiet, "Europe/Berlin")).toEqual(
        at("2026-10-25T01:30:00Z"),
      );
    });
  });

  describe("Australia/Lord_Howe (30-minute DST)", () => {
    const zone = "Australia/Lord_Howe";

    it("spring forward (2026-10-04, 02:00 → 02:30): an end at 02:15 gives 02:30 LHDT", () => {
      const quiet = { start: "21:00", end: "02:15" };
      // 21:00 LHST (+10:30) on 3 October.
      expect(nextAllowedSendTime(at("2026-10-03T10:30:00Z"), quiet, zone)).toEqual(
        at("2026-10-03T15:30:00Z"),
      );
    });

    it("fall back (2026-04-05, 02:00 → 01:30): an end at 01:45 gives the first occurrence (LHDT, +11)", () => {
      const quiet = { start: "21:00", end: "01:45" };
      expect(nextAllowedSendTime(at("2026-04-04T10:00:00Z"), quiet, zone)).toEqual(
        at("2026-04-04T14:45:00Z"),
      );
      // From the second pass (01:35 LHST, +10:30) it is the second occurrence.
      expect(nextAllowedSendTime(at("2026-04-04T15:05:00Z"), quiet, zone)).toEqual(
        at("2026-04-04T15:15:00Z"),
      );
    });
  });
});
