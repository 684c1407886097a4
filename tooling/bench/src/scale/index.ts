import type { Benchmark } from "../benchmark";

export const scale: Benchmark = {
  name: "scale",
  description:
    "10,000 clinicians with two years of history (and a 35-person organisation beside them): every per-user query explained, and the worker's reminder scan",
  async run() {
    // The scan logs a line per email it stores in the dev outbox; thousands would bury the figures.
    process.env.LOG_LEVEL ??= "warn";
    const { runScale } = await import("./run");
    await runScale();
  },
};
