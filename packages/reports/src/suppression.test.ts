import { describe, expect, it } from "vitest";

import type { Breakdown, PublishedCell, SuppressedBreakdown } from "./suppression";
import {
  checkSelection,
  MINIMUM_K,
  reportThreshold,
  suppressBreakdown,
  suppressSelection,
  suppressTotal,
  suppressTrend,
} from "./suppression";
import { explainHidden, explainRefusal } from "./words";

const K = 5;

/** A breakdown whose figure is each group's size, from `[key, respondents]` pairs. */
function breakdown(total: number, cells: [string, number][]): Breakdown<number> {
  return {
    total: { key: "organisation", respondents: total, value: total },
    cells: cells.map(([key, respondents]) => ({ key, respondents, value: respondents })),
  };
}

/** Each cell as `key: n` when shown or `key: reason` when hidden. */
function summary(result: SuppressedBreakdown<number>): Record<string, string | number> {
  if (result.status === "refused") return { refused: result.reason };
  const of = (c: PublishedCell<number>) => (c.status === "shown" ? c.value : c.reason);
  return Object.fromEntries([result.total, ...result.cells].map((c) => [c.key, of(c)]));
}

describe("reportThreshold", () => {
  it("accepts whole numbers from 5 and refuses anything lower or fractional", () => {
    expect(MINIMUM_K).toBe(5);
    expect(reportThreshold(5)).toBe(5);
    expect(reportThreshold(12)).toBe(12);
    for (const k of [4, 0, -5, 5.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => reportThreshold(k)).toThrow(/at least 5/);
  });

  it("is checked by every rule, so a lower k never reaches a report", () => {
    expect(() => suppressBreakdown(breakdown(4, [["a", 4]]), 4)).toThrow(/at least 5/);
    expect(() => checkSelection({ parent: 10, selected: 8 }, 3)).toThrow(/at least 5/);
  });
});

describe("suppressBreakdown", () => {
  it("hides a cell of k − 1 respondents and shows one of k", () => {
    expect(
      summary(
        suppressBreakdown(
          breakdown(24, [
            ["a", K - 1],
            ["b", K],
            ["c", 7],
            ["d", 8],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 24, a: "fewer-than-k", b: "complementary", c: 7, d: 8 });
    expect(
      summary(
        suppressBreakdown(
          breakdown(20, [
            ["a", K],
            ["b", K],
            ["c", 10],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 20, a: 5, b: 5, c: 10 });
  });

  it("hides the total, and so every cell, when the total has fewer than k", () => {
    expect(
      summary(
        suppressBreakdown(
          breakdown(K - 1, [
            ["a", 3],
            ["b", 1],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: "fewer-than-k", a: "fewer-than-k", b: "fewer-than-k" });
  });

  it("hides the next smallest cell when exactly one is hidden, the first in key order on a tie", () => {
    expect(
      summary(
        suppressBreakdown(
          breakdown(30, [
            ["d", 9],
            ["c", 6],
            ["b", 6],
            ["a", 2],
            ["e", 7],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 30, a: "fewer-than-k", b: "complementary", c: 6, d: 9, e: 7 });
  });

  it("hides nothing more when two cells are already hidden", () => {
    expect(
      summary(
        suppressBreakdown(
          breakdown(20, [
            ["a", 2],
            ["b", 3],
            ["c", 15],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 20, a: "fewer-than-k", b: "fewer-than-k", c: 15 });
  });

  it("does not count a hidden cell with no respondents as protection", () => {
    // Team b hides nothing: a would be the total minus c.
    expect(
      summary(
        suppressBreakdown(
          breakdown(13, [
            ["a", 3],
            ["b", 0],
            ["c", 10],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 13, a: "fewer-than-k", b: "fewer-than-k", c: "complementary" });
    // With no one hidden there is nothing to protect.
    expect(
      summary(
        suppressBreakdown(
          breakdown(10, [
            ["a", 10],
            ["b", 0],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 10, a: 10, b: "fewer-than-k" });
  });

  it("counts respondents outside every cell as an unknown group, and refuses when they are fewer than k", () => {
    // Six people in no cell: a cannot be worked out from the total, since they are unknown too.
    expect(
      summary(
        suppressBreakdown(
          breakdown(19, [
            ["a", 3],
            ["c", 10],
          ]),
          K,
        ),
      ),
    ).toEqual({ organisation: 19, a: "fewer-than-k", c: 10 });
    for (const outside of [1, K - 1])
      expect(suppressBreakdown(breakdown(10 + outside, [["c", 10]]), K)).toEqual({
        status: "refused",
        reason: "small-remainder",
      });
    expect(summary(suppressBreakdown(breakdown(10 + K, [["c", 10]]), K))).toEqual({
      organisation: 15,
      c: 10,
    });
  });

  it("never sends a hidden cell's respondents or figure", () => {
    const result = suppressBreakdown(
      breakdown(12, [
        ["a", 2],
        ["b", 10],
      ]),
      K,
    );
    if (result.status !== "published") throw new Error("expected a published breakdown");
    for (const cell of result.cells)
      expect(Object.keys(cell).sort()).toEqual(["key", "reason", "status"]);
  });

  it("refuses cells that are not disjoint parts of the total", () => {
    expect(() =>
      suppressBreakdown(
        breakdown(10, [
          ["a", 6],
          ["b", 6],
        ]),
        K,
      ),
    ).toThrow(/more respondents than its total/);
    expect(() =>
      suppressBreakdown(
        breakdown(10, [
          ["a", 5],
          ["a", 5],
        ]),
        K,
      ),
    ).toThrow(/appears twice/);
    expect(() => suppressBreakdown(breakdown(10, [["a", 2.5]]), K)).toThrow(/whole number/);
    expect(() => suppressBreakdown(breakdown(-1, []), K)).toThrow(/whole number/);
  });

  it("uses the organisation's k, not the minimum", () => {
    expect(
      summary(
        suppressBreakdown(
          breakdown(21, [
            ["a", 6],
            ["b", 7],
            ["c", 8],
          ]),
          7,
        ),
      ),
    ).toEqual({ organisation: 21, a: "fewer-than-k", b: "complementary", c: 8 });
  });
});

describe("suppressTrend", () => {
  it("applies the rules to each period on its own", () => {
    const trend = suppressTrend(
      [
        {
          period: "2026-Q2",
          breakdown: breakdown(20, [
            ["a", 4],
            ["b", 16],
          ]),
        },
        {
          period: "2026-Q3",
          breakdown: breakdown(22, [
            ["a", 6],
            ["b", 16],
          ]),
        },
        { period: "2026-Q4", breakdown: breakdown(19, [["b", 16]]) },
      ],
      K,
    );
    expect(trend.map((p) => [p.period, summary(p.breakdown)])).toEqual([
      ["2026-Q2", { organisation: 20, a: "fewer-than-k", b: "complementary" }],
      ["2026-Q3", { organisation: 22, a: 6, b: 16 }],
      ["2026-Q4", { refused: "small-remainder" }],
    ]);
  });
});

describe("suppressTotal (rule 1 for a figure with no breakdown)", () => {
  it("shows a figure from k people and hides it, value and respondents, below k", () => {
    const at = (respondents: number) =>
      suppressTotal({ key: "organisation", respondents, value: { count: 3 } }, K);
    expect(at(K)).toEqual({
      key: "organisation",
      status: "shown",
      respondents: K,
      value: { count: 3 },
    });
    for (const respondents of [0, 1, K - 1])
      expect(at(respondents)).toEqual({
        key: "organisation",
        status: "hidden",
        reason: "fewer-than-k",
      });
  });

  it("takes a k of at least 5 and whole numbers of respondents only", () => {
    expect(() => suppressTotal({ key: "o", respondents: 9, value: 1 }, 4)).toThrow(RangeError);
    expect(() => suppressTotal({ key: "o", respondents: 2.5, value: 1 }, K)).toThrow(RangeError);
  });
});

describe("checkSelection", () => {
  it("refuses a selection that leaves out 1 to k − 1 respondents, and allows none or k", () => {
    expect(checkSelection({ parent: 40, selected: 40 }, K)).toEqual({ ok: true });
    expect(checkSelection({ parent: 40, selected: 40 - K }, K)).toEqual({ ok: true });
    expect(checkSelection({ parent: 40, selected: 3 }, K)).toEqual({ ok: true });
    for (const left of [1, K - 1])
      expect(checkSelection({ parent: 40, selected: 40 - left }, K)).toEqual({
        ok: false,
        reason: "small-remainder",
      });
    expect(checkSelection({ parent: 40, selected: 32 }, 10)).toEqual({
      ok: false,
      reason: "small-remainder",
    });
    expect(() => checkSelection({ parent: 4, selected: 5 }, K)).toThrow(/more respondents/);
  });
});

describe("words", () => {
  it("explains each reason with the organisation's k and no figures", () => {
    expect(explainHidden("fewer-than-k", 6)).toMatch(/fewer than 6 people/);
    expect(explainHidden("complementary", 6)).toMatch(/worked out from the total/);
    expect(explainHidden("fewer-than-k", 6, "counted")).toBe(
      "Hidden: it would stand for fewer than 6 people, so no one can be singled out.",
    );
    expect(explainRefusal(7)).toMatch(/fewer than 7 people/);
  });
});

describe("suppressSelection (rule 5: a team filter)", () => {
  const parent = {
    total: { key: "org", respondents: 40, value: 40 },
    cells: [
      { key: "night", respondents: 3, value: 3 },
      { key: "crisis", respondents: 8, value: 8 },
      { key: "adult", respondents: 12, value: 12 },
      { key: "child", respondents: 17, value: 17 },
    ],
  };
  const sum = (cells: readonly { respondents: number }[]) => {
    const n = cells.reduce((total, c) => total + c.respondents, 0);
    return { key: "selection", respondents: n, value: n };
  };
  const select = (...keys: string[]) => suppressSelection(parent, new Set(keys), sum, 5);

  it("refuses a selection that leaves out 1 to k − 1 people", () => {
    // Everyone but Night Service (3 people): the organisation less the selection is Night.
    expect(select("crisis", "adult", "child")).toEqual({
      status: "refused",
      reason: "small-remainder",
    });
  });

  it("refuses a selection that takes some but not all of the hidden teams", () => {
    // The parent hides Night (under k) and Crisis (complementary): Crisis alone would show 8,
    // and the organisation less everything shown would then give Night.
    expect(select("crisis", "adult")).toEqual({ status: "refused", reason: "splits-hidden" });
    expect(select("night", "child")).toEqual({ status: "refused", reason: "splits-hidden" });
  });

  it("keeps hidden teams hidden when it takes all of them, and shows a selection of shown teams", () => {
    expect(select("night", "crisis", "adult")).toEqual({
      status: "published",
      total: { key: "selection", status: "shown", respondents: 23, value: 23 },
      cells: [
        { key: "night", status: "hidden", reason: "fewer-than-k" },
        { key: "crisis", status: "hidden", reason: "complementary" },
        { key: "adult", status: "shown", respondents: 12, value: 12 },
      ],
    });
    expect(select("adult", "child")).toMatchObject({
      status: "published",
      total: { status: "shown", respondents: 29 },
    });
  });
});
