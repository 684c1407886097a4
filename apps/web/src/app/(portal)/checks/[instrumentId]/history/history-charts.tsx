import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import type { BandId } from "@tend/instruments";

import { bandTone } from "~/lib/bands";

type Subscale = RouterOutputs["selfCheck"]["history"]["instrument"]["subscales"][number];
interface Point {
  id: string;
  href: string;
  label: string;
  scores: Record<string, number | null>;
}
interface Datum {
  label: string;
  href: string;
  score: number | null;
}

const TONE_FILL = { good: "#d1fae5", middle: "#fef3c7", hard: "#ffe4e6" };
const GRID = "#dcd8d0";
const AXIS = "#666";
const fillOf = (bandId: BandId, higherIsBetter: boolean) =>
  TONE_FILL[bandTone(bandId, higherIsBetter)];

/** At most five round values from `min` to `max`, both included: the score axis's labels. */
function scoreTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= 4 && span % s === 0) ?? span;
  const ticks: number[] = [];
  for (let value = min; value <= max; value += step) ticks.push(value);
  return ticks;
}

/** The indices of at most `count` points spread evenly from the first to the last. */
function spread(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  return [
    ...new Set(
      Array.from({ length: count }, (_, k) => Math.round((k * (length - 1)) / (count - 1))),
    ),
  ];
}

/**
 * One subscale's results over time as a line over its shaded bands, drawn on the server: an SVG
 * stretched to the box (its strokes keep their width) with round HTML dots over it, each a link
 * to its result with the date and score as its tooltip. Keyboard and screen-reader users get
 * the same links in the table below, so the dots stay out of the tab order and the
 * accessibility tree; the SVG is the one image they meet, named by `summary`.
 */
function LineChart({
  subscale,
  data,
  summary,
}: {
  subscale: Subscale;
  data: Datum[];
  summary: string;
}) {
  const { min, max } = subscale.range;
  /** Horizontal and vertical position, in % of the plot. */
  const x = (i: number) => (data.length === 1 ? 50 : (i / (data.length - 1)) * 100);
  const y = (score: number) => ((max - Math.min(max, Math.max(min, score))) / (max - min)) * 100;
  const scored = data.flatMap((d, i) => (d.score === null ? [] : [{ ...d, i, score: d.score }]));
  // Dates under the axis: three on a phone, four from `sm` up, where there is room for them.
  const narrow = new Set(spread(data.length, 3));
  const wide = new Set(spread(data.length, 4));
  const dates = [...new Set([...narrow, ...wide])].sort((a, b) => a - b);
  const shownAt = (i: number) =>
    narrow.has(i) ? (wide.has(i) ? "" : "sm:hidden") : "hidden sm:block";
  // Bands are whole scores (10–22, 23–41): each is drawn half a point beyond its ends, so
  // neighbours meet without a gap (`y` clamps to the range).
  const areas = [
    ...(subscale.bands ?? []).map((b) => ({
      key: b.id,
      from: b.min,
      to: b.max,
      fill: fillOf(b.id, subscale.higherIsBetter),
    })),
    ...(subscale.marker
      ? [{ key: "marker", from: subscale.marker.threshold, to: max, fill: TONE_FILL.hard }]
      : []),
  ];
  const lineStyle = { vectorEffect: "non-scaling-stroke" } as const;

  return (
    <div className="mt-3 grid h-56 grid-cols-[2rem_1fr] grid-rows-[1fr_1.5rem] pt-2 pr-3 text-xs text-muted-foreground">
      <div className="relative" aria-hidden>
        {scoreTicks(min, max).map((t) => (
          <span
            key={t}
            className="absolute right-2 -translate-y-1/2 tabular-nums"
            style={{ top: `${y(t)}%` }}
          >
            {t}
          </span>
        ))}
      </div>
      <div className="relative">
        <svg
          className="absolute inset-0 h-full w-full overflow-visible"
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          role="img"
          aria-label={summary}
        >
          {areas.map((a) => (
            <rect
              key={a.key}
              x={0}
              width={100}
              y={y(a.to + 0.5)}
              height={y(a.from - 0.5) - y(a.to + 0.5)}
              fill={a.fill}
              fillOpacity={0.8}
            />
          ))}
          {scoreTicks(min, max).map((t) => (
            <line
              key={t}
              x1={0}
              x2={100}
              y1={y(t)}
              y2={y(t)}
              stroke={GRID}
              strokeDasharray="3 3"
              style={lineStyle}
            />
          ))}
          {dates.map((i) => (
            <line
              key={i}
              className={shownAt(i)}
              x1={x(i)}
              x2={x(i)}
              y1={0}
              y2={100}
              stroke={GRID}
              strokeDasharray="3 3"
              style={lineStyle}
            />
          ))}
          <polyline points="0,0 0,100 100,100" fill="none" stroke={AXIS} style={lineStyle} />
          <polyline
            data-chart-line
            points={scored.map((d) => `${x(d.i)},${y(d.score)}`).join(" ")}
            className="fill-none stroke-primary"
            strokeWidth={2}
            strokeLinejoin="round"
            style={lineStyle}
          />
        </svg>
        {scored.map((d) => (
          <Link
            key={`${d.href}-${d.i}`}
            href={d.href}
            prefetch={false}
            tabIndex={-1}
            aria-hidden
            title={`${d.label}: ${d.score}`}
            className="absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-primary bg-card transition-transform hover:scale-150"
            style={{ left: `${x(d.i)}%`, top: `${y(d.score)}%` }}
          />
        ))}
      </div>
      <div />
      <div className="relative" aria-hidden>
        {dates.map((i) => (
          <span
            key={i}
            className={`absolute top-1 whitespace-nowrap ${i === 0 ? "" : i === data.length - 1 ? "-translate-x-full" : "-translate-x-1/2"} ${shownAt(i)}`}
            style={{ left: `${x(i)}%` }}
          >
            {data[i]?.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** One line chart per subscale with its bands (or marker zone) shaded, and the same data as a table. */
export function HistoryCharts({
  subscales,
  series,
}: {
  subscales: readonly Subscale[];
  series: Point[];
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {subscales.map((s) => {
        const data = series.map((p) => ({
          label: p.label,
          href: p.href,
          score: p.scores[s.id] ?? null,
        }));
        const latest = [...data].reverse().find((d) => d.score !== null);
        const summary = `${s.name}: ${data.length} results${latest ? `, latest ${latest.score} on ${latest.label}` : ""}.`;
        return (
          <section
            key={s.id}
            aria-labelledby={`chart-${s.id}`}
            className="rounded-lg border border-border bg-card p-4"
          >
            <h2 id={`chart-${s.id}`} className="font-semibold">
              {s.name}
            </h2>
            <p className="text-sm text-muted-foreground">
              {s.higherIsBetter ? "Higher is better." : "Lower is better."}
            </p>
            {data.every((d) => d.score === null) ? (
              <p className="mt-3 rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
                Not scored in this period: its questions were left unanswered each time.
              </p>
            ) : (
              <LineChart subscale={s} data={data} summary={summary} />
            )}
            <p className="mt-2 flex flex-wrap gap-3 text-xs text-muted-foreground">
              {s.bands?.map((b) => (
                <span key={b.id} className="flex items-center gap-1">
                  <span
                    aria-hidden
                    className="inline-block h-3 w-3 rounded-sm"
                    style={{ background: fillOf(b.id, s.higherIsBetter) }}
                  />
                  {b.label} ({b.min}–{b.max})
                </span>
              ))}
              {s.marker ? (
                <span className="flex items-center gap-1">
                  <span
                    aria-hidden
                    className="inline-block h-3 w-3 rounded-sm"
                    style={{ background: TONE_FILL.hard }}
                  />
                  {s.marker.label} (≥ {s.marker.threshold})
                </span>
              ) : null}
            </p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-primary">Show as a table</summary>
              <table className="mt-2 w-full text-left">
                <thead>
                  <tr>
                    <th scope="col" className="py-1 font-medium">
                      Date
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((d, i) => (
                    <tr key={`${d.label}-${i}`}>
                      <td className="py-1">
                        <Link
                          href={d.href}
                          className="text-primary underline-offset-4 hover:underline"
                        >
                          {d.label}
                        </Link>
                      </td>
                      <td className="py-1 tabular-nums">{d.score ?? "not scored"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
        );
      })}
    </div>
  );
}
