import { describe, expect, it } from "vitest";

import { DEFAULT_LOCAL_PATTERN, formatLocal, isValidTimeZone } from "./index";

const at = (iso: string) => new Date(iso);

describe("formatLocal", () => {
  it("formats in the person's zone with the default pattern", () => {
    expect(DEFAULT_LOCAL_PATTERN).toBe("EEE d MMM yyyy, HH:mm");
    expect(formatLocal(at("2026-03-02T14:00:00Z"), "America/New_York")).toBe(
      "Mon 2 Mar 2026, 09:00",
    );
    expect(formatLocal(at("2026-03-02T14:00:00Z"), "Asia/Kolkata")).toBe("Mon 2 Mar 2026, 19:30");
  });

  it("takes a date-fns pattern and shows the offset in force", () => {
    const pattern = "yyyy-MM-dd HH:mm xxx";
    expect(formatLocal(at("2026-03-08T06:59:00Z"), "America/New_York", pattern)).toBe(
      "2026-03-08 01:59 -05:00",
    );
    expect(formatLocal(at("2026-03-08T07:00:00Z"), "America/New_York", pattern)).toBe(
      "2026-03-08 03:00 -04:00",
    );
    expect(formatLocal(at("2026-10-03T15:30:00Z"), "Australia/Lord_Howe", pattern)).toBe(
      "2026-10-04 02:30 +11:00",
    );
  });

  it("refuses an unknown zone", () => {
    expect(() => formatLocal(at("2026-03-02T14:00:00Z"), "Atlantis/Capital")).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["Europe/London", true],
    ["Asia/Kolkata", true],
    ["UTC", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
  ])("%j → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
