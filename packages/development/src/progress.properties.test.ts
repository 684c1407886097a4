/**
 * Properties of progress over generated CE logs: the limits are never exceeded, logging more
 * never takes counted hours away, and a later entry never changes what an earlier one counted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { CeEntryFacts } from "./progress";
import type { RequirementTemplate } from "./requirements";
import { addDays } from "./days";
import { evaluateProgress } from "./progress";
import { CE_CATEGORIES, CE_FORMATS } from "./requirements";

const CYCLE = { start: "2026-01-01", end: "2027-12-31" };

const template: fc.Arbitrary<RequirementTemplate> = fc.record({
  licenceType: fc.constant("LCSW" as const),
  jurisdiction: fc.constant("Example"),
  cycleMonths: fc.constant(24),
  totalMinutes: fc.integer({ min: 1, max: 60 }).map((h) => h * 60),
  categories: fc
    .uniqueArray(fc.constantFrom(...CE_CATEGORIES), { maxLength: 3 })
    .chain((cats) =>
      fc.tuple(
        ...cats.map((category) =>
          fc.integer({ min: 1, max: 10 }).map((h) => ({ category, minMinutes: h * 60 })),
        ),
      ),
    ),
  caps: fc.array(
    fc.record({
      formats: fc.uniqueArray(fc.constantFrom(...CE_FORMATS), { minLength: 1 }),
      maxMinutes: fc.integer({ min: 0, max: 40 }).map((h) => h * 60),
    }),
    { maxLength: 2 },
  ),
  carryOverMaxMinutes: fc.integer({ min: 0, max: 10 }).map((h) => h * 60),
});

const entry = (id: number): fc.Arbitrary<CeEntryFacts> =>
  fc.record({
    id: fc.constant(`e${String(id).padStart(4, "0")}`),
    // A little before and after the cycle, too.
    date: fc.integer({ min: -30, max: 760 }).map((d) => addDays(CYCLE.start, d)),
    minutes: fc.integer({ min: 1, max: 32 }).map((q) => q * 15),
    format: fc.constantFrom(...CE_FORMATS),
    categories: fc.uniqueArray(fc.constantFrom(...CE_CATEGORIES), { maxLength: 3 }),
  });

const log = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entry(i))));

const evaluate = (t: RequirementTemplate, entries: CeEntryFacts[]) =>
  evaluateProgress({ template: t, cycle: CYCLE, entries, today: "2027-06-01" });

describe("progress over generated logs", () => {
  it("never counts more than was logged, nor past a limit, nor a category past the total", () => {
    fc.assert(
      fc.property(template, log, (t, entries) => {
        const p = evaluate(t, entries);
        expect(p.counted).toBeLessThanOrEqual(p.logged);
        for (const cap of p.caps) expect(cap.counted).toBeLessThanOrEqual(cap.maxMinutes);
        for (const c of p.categories) expect(c.counted).toBeLessThanOrEqual(p.counted);
        expect(p.status === "complete").toBe(
          p.missing === 0 && p.categories.every((c) => c.missing === 0),
        );
      }),
    );
  });

  it("never takes hours away from the total when more is logged, whatever its date", () => {
    fc.assert(
      fc.property(template, log, entry(9999), (t, entries, extra) => {
        expect(evaluate(t, [...entries, extra]).counted).toBeGreaterThanOrEqual(
          evaluate(t, entries).counted,
        );
      }),
    );
  });

  it("never changes what an earlier entry counted, nor a category, when a later one is logged", () => {
    fc.assert(
      fc.property(template, log, entry(9999), (t, entries, extra) => {
        const latest = entries.reduce((d, e) => (e.date > d ? e.date : d), CYCLE.start);
        const later = { ...extra, date: latest > extra.date ? latest : extra.date };
        const before = evaluate(t, entries);
        const after = evaluate(t, [...entries, later]);
        const counted = new Map(before.entries.map((e) => [e.id, e.counted]));
        for (const e of after.entries)
          if (e.id !== later.id) expect(e.counted).toBe(counted.get(e.id));
        for (const [i, c] of after.categories.entries())
          expect(c.counted).toBeGreaterThanOrEqual(before.categories[i]?.counted ?? 0);
      }),
    );
  });
});
