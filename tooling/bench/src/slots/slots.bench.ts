/**
 * What a supervisor's booking page costs to compute: 90 days of slots for each of 50 supervisors
 * (`supervisors.ts`) with `availableSlots`, beside the naive 5-minute scan of `naive.ts`. Both
 * must give the same slots for every supervisor before anything is timed. Pure CPU: no database,
 * no server; the computation is synchronous on the process's one JavaScript thread.
 */
import type { Interval, SlotQuery } from "@tend/scheduling";
import { availableSlots } from "@tend/scheduling";

import type { Benchmark } from "../benchmark";
import { median, note, printFigures } from "../report";
import { naiveSlots } from "./naive";
import { DAYS, FROM, NOW, supervisors, SUPERVISORS, TO } from "./supervisors";

const WARM_UP = 5;
const ROUNDS = 15;
const NAIVE_WARM_UP = 1;
const NAIVE_ROUNDS = 5;
const BUDGET_MS = 20;
const SPEED_UP = 10;

const iso = (d: Date) => d.toISOString().replace(":00.000Z", "Z");
const show = (slot: Interval | undefined) =>
  slot ? `${iso(slot.start)}–${iso(slot.end)}` : "nothing";

/** Where two lists of slots first differ, or undefined when they are the same. */
function difference(fast: Interval[], naive: Interval[]): string | undefined {
  for (let i = 0; i < Math.max(fast.length, naive.length); i++) {
    const a = fast[i];
    const b = naive[i];
    if (a?.start.getTime() !== b?.start.getTime() || a?.end.getTime() !== b?.end.getTime())
      return `slot ${i + 1} of ${fast.length} vs ${naive.length}: availableSlots ${show(a)}, naive ${show(b)}`;
  }
  return undefined;
}

/** Milliseconds to compute every supervisor's slots once. */
function round(queries: SlotQuery[], compute: (query: SlotQuery) => Interval[]): number {
  const started = performance.now();
  let slots = 0;
  for (const query of queries) slots += compute(query).length;
  const elapsed = performance.now() - started;
  // Uses the result, so that no engine could leave the work out.
  if (slots < 0) throw new Error("A negative number of slots");
  return elapsed;
}

function rounds(
  queries: SlotQuery[],
  compute: (query: SlotQuery) => Interval[],
  warmUp: number,
  timed: number,
): number[] {
  for (let i = 0; i < warmUp; i++) round(queries, compute);
  return Array.from({ length: timed }, () => round(queries, compute));
}

const ms = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-GB") : n.toFixed(1));

export const slotsBenchmark: Benchmark = {
  name: "slots",
  description: `${DAYS} days of bookable slots for ${SUPERVISORS} supervisors (availableSlots) beside a naive 5-minute scan; pure CPU on one core`,
  // eslint-disable-next-line @typescript-eslint/require-await -- the interface is async; this one needs nothing awaited
  async run() {
    const all = supervisors();
    const queries = all.map((s) => s.query);

    // Like with like: both forms must offer exactly the same slots to every supervisor.
    let offered = 0;
    let unbooked = 0;
    const differences: string[] = [];
    for (const { label, query } of all) {
      const fast = availableSlots(query);
      const diff = difference(fast, naiveSlots(query));
      if (diff) differences.push(`${label}: ${diff}`);
      offered += fast.length;
      unbooked += availableSlots({ ...query, sessions: [], blocked: [] }).length;
    }
    if (differences.length)
      throw new Error(
        `availableSlots and the naive scan disagree for ${differences.length} of ${all.length} supervisors:\n  ${differences.join("\n  ")}`,
      );
    const sessions = queries.reduce((n, q) => n + (q.sessions?.length ?? 0), 0);
    const blocked = queries.reduce((n, q) => n + (q.blocked?.length ?? 0), 0);
    console.log(
      `\nBoth forms offer the same ${offered.toLocaleString("en-GB")} slots ` +
        `(${unbooked.toLocaleString("en-GB")} with no bookings) around ` +
        `${sessions.toLocaleString("en-GB")} sessions and ${blocked} blocked intervals.`,
    );

    const fastTimes = rounds(queries, availableSlots, WARM_UP, ROUNDS);
    const naiveTimes = rounds(queries, naiveSlots, NAIVE_WARM_UP, NAIVE_ROUNDS);
    const fast = median(fastTimes);
    const naive = median(naiveTimes);
    const speedUp = naive / fast;
    console.log(
      `slots for ${SUPERVISORS} supervisors × ${DAYS} days: ${ms(fast)} ms ` +
        `(naive ${ms(naive)} ms, ${speedUp.toFixed(1)}× faster)`,
    );

    printFigures(`slots: ${SUPERVISORS} supervisors × ${DAYS} days`, [
      {
        label: `all slots, median of ${ROUNDS} (naive: of ${NAIVE_ROUNDS})`,
        project: fast,
        baseline: naive,
        unit: "ms",
        target: { text: `≤ ${BUDGET_MS} ms`, holds: (p) => p <= BUDGET_MS },
      },
      {
        label: "times faster than the naive scan",
        project: speedUp,
        baseline: 1,
        unit: "×",
        target: { text: `≥ ${SPEED_UP}×`, holds: (p) => p >= SPEED_UP },
      },
    ]);
    note(
      `From ${iso(FROM)} to ${iso(TO)} at ${iso(NOW)}; rounds of availableSlots ${ms(Math.min(...fastTimes))}–${ms(Math.max(...fastTimes))} ms, ` +
        `naive ${ms(Math.min(...naiveTimes))}–${ms(Math.max(...naiveTimes))} ms. Baseline: src/slots/naive.ts, which walks every 5-minute step ` +
        `on the supervisor's clock and checks each slot start against every session and blocked interval. ` +
        `One core: both run synchronously on this process's single JavaScript thread (V8 may sweep garbage on a helper thread).`,
    );
  },
};
