import type { Direction } from "@tend/instruments";

/** "Up 4 since last time (a better direction)." — a scale's change since the result before, in words. */
export function changeText(change: { direction: Direction; delta: number } | null): string | null {
  if (change === null) return null;
  if (change.direction === "unchanged") return "No change since last time.";
  const amount = Math.abs(change.delta);
  const way = change.delta > 0 ? "Up" : "Down";
  return `${way} ${amount} since last time (${change.direction === "better" ? "a better direction" : "a harder direction"}).`;
}
