import { describe, expect, it } from "vitest";

import { startOfLocalDay } from "./zone";

describe("startOfLocalDay", () => {
  it("is local midnight, in winter and summer time", () => {
    expect(startOfLocalDay("2026-11-28", "America/Chicago")?.toISOString()).toBe(
      "2026-11-28T06:00:00.000Z",
    );
    expect(startOfLocalDay("2026-07-01", "Europe/London")?.toISOString()).toBe(
      "2026-06-30T23:00:00.000Z",
    );
  });

  it("is the first instant of a day whose midnight the clocks skip", () => {
    // Santiago moves from 00:00 to 01:00 on 6 September 2026.
    expect(startOfLocalDay("2026-09-06", "America/Santiago")?.toISOString()).toBe(
      "2026-09-06T04:00:00.000Z",
    );
  });

  it("refuses text that is not a real date", () => {
    for (const text of ["2026-02-30", "28/11/2026", "", "2026-13-01"])
      expect(startOfLocalDay(text, "UTC")).toBeNull();
  });
});
