/**
 * Property tests over generated organisations: people with a score each, in one of a few teams
 * or in none. Each report is built from the people, so an "alternative organisation" can be
 * made by changing people, and the published report compared.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Breakdown, SuppressedBreakdown } from "./suppression";
import { checkSelection, suppressBreakdown, suppressSelection } from "./suppression";

interface Person {
  /** A team index, or -1 for no team (respondents outside every cell). */
  team: number;
  score: number;
}

interface Figure {
  sum: number;
  mean: number;
}

const figure = (people: Person[]): Figure => {
  const sum = people.reduce((s, p) => s + p.score, 0);
  return { sum, mean: people.length ? sum / people.length : 0 };
};

function build(people: Person[], teams: number): Breakdown<Figure> {
  return {
    total: { key: "all", respondents: people.length, value: figure(people) },
    cells: Array.from({ length: teams }, (_, t) => {
      const members = people.filter((p) => p.team === t);
      return { key: `team-${t}`, respondents: members.length, value: figure(members) };
    }),
  };
}

/** A team's size: mostly around k, where the rules act, sometimes larger. */
const teamSize = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 25 }));

/** An organisation: 1–6 teams, some people in no team, k from 5 to 8, distinct scores. */
const organisations = fc
  .record({
    k: fc.integer({ min: 5, max: 8 }),
    sizes: fc.array(teamSize, { minLength: 1, maxLength: 6 }),
    outside: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
  })
  .chain(({ k, sizes, outside }) => {
    const teamOf = [
      ...sizes.flatMap((n, t) => Array<number>(n).fill(t)),
      ...Array<number>(outside).fill(-1),
    ];
    return fc
      .uniqueArray(fc.integer({ min: 0, max: 100_000 }), {
        minLength: teamOf.length,
        maxLength: teamOf.length,
      })
      .map((scores) => ({
        k,
        teams: sizes.length,
        people: scores.map((score, i): Person => ({ score, team: teamOf[i] ?? -1 })),
      }));
  });

const RUNS = { numRuns: 400 };

function published(result: SuppressedBreakdown<Figure>) {
  if (result.status !== "published") throw new Error("expected a published breakdown");
  return result;
}

describe("suppression over generated organisations", () => {
  it("shows exactly the cells of k or more, less one complementary cell at most, and refuses a small remainder", () => {
    let complementary = 0;
    fc.assert(
      fc.property(organisations, ({ teams, k, people }) => {
        const report = build(people, teams);
        const result = suppressBreakdown(report, k);
        const outside = people.filter((p) => p.team === -1).length;
        expect(result.status === "refused").toBe(outside > 0 && outside < k);
        if (result.status === "refused") return;
        expect(result.total.status === "shown").toBe(people.length >= k);
        result.cells.forEach((cell, i) => {
          const n = report.cells[i]?.respondents ?? 0;
          if (n < k)
            expect(cell).toEqual({ key: cell.key, status: "hidden", reason: "fewer-than-k" });
          else if (cell.status === "shown") expect(cell.respondents).toBe(n);
        });
        const extra = result.cells.filter(
          (c) => c.status === "hidden" && c.reason === "complementary",
        );
        expect(extra.length).toBeLessThanOrEqual(1);
        complementary += extra.length;
      }),
      RUNS,
    );
    // The generator reaches the interesting case, so the property is not vacuous.
    expect(complementary).toBeGreaterThan(10);
  });

  it("leaves every hidden cell undetermined: another organisation publishes the same report with that cell different", () => {
    let witnesses = 0;
    fc.assert(
      fc.property(organisations, ({ teams, k, people }) => {
        const result = suppressBreakdown(build(people, teams), k);
        if (result.status === "refused") return;
        const shown = published(result);
        const hiddenTeams = shown.cells.flatMap((c, t) => (c.status === "hidden" ? [t] : []));
        for (const t of hiddenTeams) {
          const members = people.filter((p) => p.team === t);
          const [someone] = members;
          if (!someone) continue; // an empty team hides nothing
          // Someone in another hidden team, or in no team, who could have answered in their place.
          const partner = people.find(
            (p) => p.team !== t && (p.team === -1 || hiddenTeams.includes(p.team)),
          );
          const swapped = (p: Person): Person =>
            p === someone && partner
              ? { ...p, score: partner.score }
              : p === partner
                ? { ...p, score: someone.score }
                : p;
          // With the total hidden too, nothing at all is shown: any other score does.
          const other =
            shown.total.status === "hidden"
              ? people.map((p) => (p === someone ? { ...p, score: p.score + 10_001 } : p))
              : people.map(swapped);
          if (shown.total.status === "shown") expect(partner, `team-${t} is alone`).toBeDefined();
          const again = suppressBreakdown(build(other, teams), k);
          expect(again).toEqual(result);
          expect(figure(other.filter((p) => p.team === t))).not.toEqual(figure(members));
          witnesses += 1;
        }
      }),
      RUNS,
    );
    expect(witnesses).toBeGreaterThan(100);
  });

  it("never publishes a selection whose difference from its parent is a group of fewer than k", () => {
    let refused = 0;
    fc.assert(
      fc.property(
        organisations,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        ({ teams, k, people }, chosen) => {
          const inSelection = (p: Person) => p.team >= 0 && chosen[p.team] === true;
          const selected = people.filter(inSelection).length;
          const left = people.length - selected;
          const check = checkSelection({ parent: people.length, selected }, k);
          if (check.ok) expect(left === 0 || left >= k).toBe(true);
          else {
            expect(left).toBeGreaterThan(0);
            expect(left).toBeLessThan(k);
            refused += 1;
          }
          // The selection's own breakdown, by team: its cells cover it, so it is never refused.
          const selection = build(people.filter(inSelection), teams);
          expect(suppressBreakdown(selection, k).status).toBe("published");
        },
      ),
      RUNS,
    );
    expect(refused).toBeGreaterThan(10);
  });

  it("publishes a team selection only when, beside its parent, every hidden cell stays undetermined", () => {
    let witnesses = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        organisations,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        ({ teams, k, people }, chosen) => {
          const keys = new Set(
            Array.from({ length: teams }, (_, t) => t)
              .filter((t) => chosen[t] === true)
              .map((t) => `team-${t}`),
          );
          const reports = (group: Person[]) => {
            const parent = build(group, teams);
            return {
              parent: suppressBreakdown(parent, k),
              selection: suppressSelection(
                parent,
                keys,
                (cells) => {
                  const members = group.filter((p) => keys.has(`team-${p.team}`));
                  expect(cells.reduce((n, c) => n + c.respondents, 0)).toBe(members.length);
                  return { key: "selection", respondents: members.length, value: figure(members) };
                },
                k,
              ),
            };
          };
          const result = reports(people);
          if (result.parent.status === "refused" || result.selection.status === "refused") {
            refused += result.selection.status === "refused" ? 1 : 0;
            return;
          }
          const parent = published(result.parent);
          const hiddenTeams = parent.cells.flatMap((c, t) => (c.status === "hidden" ? [t] : []));
          for (const t of hiddenTeams) {
            const [someone] = people.filter((p) => p.team === t);
            if (!someone) continue;
            const selected = keys.has(`team-${t}`);
            // Someone who could have answered in their place without changing anything shown:
            // in another hidden team on the same side of the selection, or in no team.
            const partner = people.find(
              (p) =>
                p.team !== t &&
                ((hiddenTeams.includes(p.team) && keys.has(`team-${p.team}`) === selected) ||
                  (p.team === -1 && !selected)),
            );
            const other =
              parent.total.status === "hidden"
                ? people.map((p) => (p === someone ? { ...p, score: p.score + 10_001 } : p))
                : people.map((p) =>
                    p === someone && partner
                      ? { ...p, score: partner.score }
                      : p === partner
                        ? { ...p, score: someone.score }
                        : p,
                  );
            if (parent.total.status === "shown")
              expect(partner, `team-${t} could be singled out`).toBeDefined();
            expect(reports(other)).toEqual(result);
            witnesses += 1;
          }
        },
      ),
      RUNS,
    );
    expect(witnesses).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(10);
  });
});
