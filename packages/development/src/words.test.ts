import { describe, expect, it } from "vitest";

import { dayText, hoursText, licenceName, minutesFromHours } from "./words";

describe("development words", () => {
  it("say hours in quarters, one hour in the singular", () => {
    expect([hoursText(60), hoursText(90), hoursText(15), hoursText(0)]).toEqual([
      "1 hour",
      "1.5 hours",
      "0.25 hours",
      "0 hours",
    ]);
  });

  it("write a calendar day the same in every time zone", () => {
    expect(dayText("2026-03-10")).toBe("10 Mar 2026");
    expect(dayText("2026-12-31")).toBe("31 Dec 2026");
  });

  it("name a licence by its kind, or the name given to another kind, and where it was issued", () => {
    expect(licenceName({ type: "LCSW", typeName: "", jurisdiction: "Oregon" })).toBe(
      "LCSW, Oregon",
    );
    expect(licenceName({ type: "other", typeName: "CADC", jurisdiction: "Ohio" })).toBe(
      "CADC, Ohio",
    );
    expect(licenceName({ type: "other", typeName: "", jurisdiction: "Ohio" })).toBe(
      "Licence, Ohio",
    );
  });

  it("read hours as typed into whole minutes, and nothing or no number as null", () => {
    expect(["1.5", " 2 ", "0,25", "0.3", "", "  ", "abc"].map(minutesFromHours)).toEqual([
      90,
      120,
      15,
      18,
      null,
      null,
      null,
    ]);
  });
});
