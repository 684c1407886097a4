/**
 * Issue 7's budget for client JavaScript, checked on both apps' production builds: every
 * route's gzipped first-load JavaScript is at most the framework's floor (Next + React, the
 * same build's /_global-error) + 30 kB, and the self-check history at most the floor + 60 kB.
 * Sizes are a function of the build, so this is a test, not a benchmark.
 */
import { describe, expect, it } from "vitest";

import { APPS, budgetOf, firstLoadJs, KB, overBudget } from "./first-load";

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

describe("first-load JavaScript per route", () => {
  const measured = APPS.map((app) => firstLoadJs(app));

  it("measures every page of both apps", () => {
    for (const { app, floor, routes } of measured) {
      expect(floor.bytes, `${app}'s floor`).toBeGreaterThan(50 * KB);
      expect(routes.map((r) => r.route)).toContain("/");
      expect(routes.map((r) => r.route)).toContain("/sign-in");
    }
    expect(measured[0]?.routes.map((r) => r.route)).toContain("/checks/[instrumentId]/history");
  });

  it("keeps every route within the floor + 30 kB gz (the history: + 60 kB)", () => {
    const floors = new Map(measured.map((m) => [m.app, m.floor.bytes]));
    const over = overBudget(measured).map(
      (o) =>
        `${o.app} ${o.route}: ${kB(o.bytes)}, ${kB(o.bytes - o.limit)} over its limit of ` +
        `${kB(o.limit)} (floor ${kB(floors.get(o.app) ?? 0)} + ${budgetOf(o.route) / KB} kB)`,
    );
    expect(over, "routes over their JavaScript budget").toEqual([]);
  });
});
