import { describe, expect, it } from "vitest";

import type { Series } from "./index";
import { endSeriesBefore, formatLocal, seriesOccurrences } from "./index";

const at = (iso: string) => new Date(iso);
/** Every other Tuesday at 10:00 in London, from Tuesday 3 March 2026 (10:00 GMT). */
const FORTNIGHTLY: Series = {
  rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
  firstStart: at("2026-03-03T10:00:00Z"),
  timeZone: "Europe/London",
};
const SPRING = { from: at("2026-03-01T00:00:00Z"), to: at("2026-05-01T00:00:00Z") };
const local = (d: Date) => formatLocal(d, "Europe/London", "EEE d MMM HH:mm");

describe("seriesOccurrences", () => {
  it("stays at 10:00 on the supervisor's clock across the change to summer time", () => {
    const starts = seriesOccurrences(FORTNIGHTLY, SPRING).map((o) => o.start);
    expect(starts.map(local)).toEqual([
      "Tue 3 Mar 10:00",
      "Tue 17 Mar 10:00",
      "Tue 31 Mar 10:00",
      "Tue 14 Apr 10:00",
      "Tue 28 Apr 10:00",
    ]);
    // 10:00 GMT before 29 March, 10:00 BST (09:00 UTC) after.
    expect(starts[1]?.toISOString()).toBe("2026-03-17T10:00:00.000Z");
    expect(starts[2]?.toISOString()).toBe("2026-03-31T09:00:00.000Z");
  });

  it("moves one occurrence and cancels another without touching the rest", () => {
    const occurrences = seriesOccurrences(FORTNIGHTLY, SPRING, [
      { originalStart: at("2026-03-17T10:00:00Z"), movedTo: at("2026-03-19T14:00:00Z") },
      { originalStart: at("2026-04-14T09:00:00Z"), movedTo: null },
    ]);
    expect(occurrences.map((o) => [local(o.start), o.moved])).toEqual([
      ["Tue 3 Mar 10:00", false],
      ["Thu 19 Mar 14:00", true],
      ["Tue 31 Mar 10:00", false],
      ["Tue 28 Apr 10:00", false],
    ]);
    expect(occurrences[1]?.originalStart.toISOString()).toBe("2026-03-17T10:00:00.000Z");
  });

  it("lists an occurrence moved into the range from outside it, and ignores exceptions that name no occurrence", () => {
    const occurrences = seriesOccurrences(
      FORTNIGHTLY,
      { from: at("2026-03-10T00:00:00Z"), to: at("2026-03-20T00:00:00Z") },
      [
        { originalStart: at("2026-03-03T10:00:00Z"), movedTo: at("2026-03-12T10:00:00Z") },
        { originalStart: at("2026-03-04T10:00:00Z"), movedTo: at("2026-03-13T10:00:00Z") },
      ],
    );
    expect(occurrences.map((o) => [local(o.start), o.moved])).toEqual([
      ["Thu 12 Mar 10:00", true],
      ["Tue 17 Mar 10:00", false],
    ]);
  });

  it("counts and ends as the rule says", () => {
    expect(
      seriesOccurrences({ ...FORTNIGHTLY, rule: "FREQ=WEEKLY;COUNT=3;BYDAY=TU" }, SPRING),
    ).toHaveLength(3);
    expect(
      seriesOccurrences({ ...FORTNIGHTLY, rule: "FREQ=MONTHLY;BYDAY=1TU" }, SPRING).map((o) =>
        local(o.start),
      ),
    ).toEqual(["Tue 3 Mar 10:00", "Tue 7 Apr 10:00"]);
  });

  it("refuses rules it cannot keep, with a message", () => {
    expect(() => seriesOccurrences({ ...FORTNIGHTLY, rule: "FREQ=HOURLY" }, SPRING)).toThrow(
      /daily, weekly or monthly/,
    );
    expect(() =>
      seriesOccurrences({ ...FORTNIGHTLY, rule: "DTSTART:20260101T000000Z\nFREQ=WEEKLY" }, SPRING),
    ).toThrow(/DTSTART/);
    expect(() => seriesOccurrences({ ...FORTNIGHTLY, rule: "not a rule" }, SPRING)).toThrow(
      /recurrence rule|daily/,
    );
    expect(() => seriesOccurrences({ ...FORTNIGHTLY, timeZone: "Nowhere/Else" }, SPRING)).toThrow(
      /time zone/,
    );
  });
});

describe("endSeriesBefore", () => {
  it("ends the series before a date, so that a new series can take over from it", () => {
    const ended: Series = {
      ...FORTNIGHTLY,
      rule: endSeriesBefore(FORTNIGHTLY, at("2026-03-31T09:00:00Z")),
    };
    expect(seriesOccurrences(ended, SPRING).map((o) => local(o.start))).toEqual([
      "Tue 3 Mar 10:00",
      "Tue 17 Mar 10:00",
    ]);
    expect(ended.rule).toMatch(/^FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=/);
  });

  it("leaves a series that has already run out as it is", () => {
    const short: Series = { ...FORTNIGHTLY, rule: "FREQ=WEEKLY;COUNT=2;BYDAY=TU" };
    expect(endSeriesBefore(short, at("2026-04-28T09:00:00Z"))).toBe(short.rule);
  });
});
