/**
 * How every benchmark prints: the project's figure, the baseline measured in the same run, the
 * ratio between them and, where the speed-and-scale issue sets one, the target and whether it
 * holds. Absolute times on a shared machine are noise; ratios are what we compare.
 */
export interface Figure {
  /** What was measured, e.g. "me.get req/s". */
  label: string;
  project: number;
  baseline: number;
  unit: string;
  /**
   * The target as a predicate over project and baseline, with the words printed for it,
   * e.g. { text: "≥ 25 % of baseline", holds: (p, b) => p >= 0.25 * b }.
   */
  target?: { text: string; holds: (project: number, baseline: number) => boolean };
}

const format = (n: number) =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString("en-GB") : n.toFixed(n % 1 === 0 ? 0 : 1);

export interface Verdict {
  label: string;
  holds: boolean;
}

const verdicts: Verdict[] = [];

/** Prints a table of figures and remembers each target's verdict for the summary. */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}\n`);
  const rows = figures.map((f) => {
    const ratio = f.baseline === 0 ? "—" : `${(f.project / f.baseline).toFixed(2)}×`;
    const holds = f.target?.holds(f.project, f.baseline);
    if (f.target && holds !== undefined) verdicts.push({ label: `${title}: ${f.label}`, holds });
    return [
      f.label,
      `${format(f.project)} ${f.unit}`,
      `${format(f.baseline)} ${f.unit}`,
      ratio,
      f.target ? `${f.target.text} ${holds ? "✓" : "✗"}` : "",
    ];
  });
  const header = ["figure", "project", "baseline", "ratio", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

/** Prints a plain note under a table (what the baseline is, what was left out). */
export function note(text: string): void {
  console.log(`\n> ${text}`);
}

/** Every target met so far, and those missed. */
export function summary(): { met: Verdict[]; missed: Verdict[] } {
  return { met: verdicts.filter((v) => v.holds), missed: verdicts.filter((v) => !v.holds) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
