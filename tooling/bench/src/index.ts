/**
 * `pnpm bench [name…]`: runs the benchmarks (all, or those named) one after another and prints
 * each figure beside its baseline. Not a test: it prints, and exits non-zero only when a
 * benchmark could not run or a target was missed.
 */
import type { Benchmark } from "./benchmark";
import { apiBenchmark } from "./api/api.bench";
import { bundlesBenchmark } from "./bundles/bundles.bench";
import { lighthouseBenchmark } from "./lighthouse/lighthouse.bench";
import { peopleBenchmark } from "./lighthouse/people.bench";
import { pagesBenchmark } from "./pages/pages.bench";
import { summary } from "./report";
import { scale } from "./scale";
import { slotsBenchmark } from "./slots/slots.bench";

const benchmarks: Benchmark[] = [
  apiBenchmark,
  pagesBenchmark,
  bundlesBenchmark,
  lighthouseBenchmark,
  scale,
  peopleBenchmark,
  slotsBenchmark,
];

const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = asked.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length) {
  console.error(
    `Unknown benchmark: ${unknown.join(", ")}. Known: ${benchmarks.map((b) => b.name).join(", ")}.`,
  );
  process.exit(2);
}

for (const bench of benchmarks) {
  if (asked.length && !asked.includes(bench.name)) continue;
  console.log(`\n# ${bench.name}: ${bench.description}`);
  await bench.run();
}

const { met, missed } = summary();
console.log(`\n# Targets: ${met.length} met, ${missed.length} missed`);
for (const v of missed) console.log(`  ✗ ${v.label}`);
process.exit(missed.length ? 1 : 0);
