"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

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

const TONE_FILL = { good: "#d1fae5", middle: "#fef3c7", hard: "#ffe4e6" };
const fillOf = (bandId: BandId, higherIsBetter: boolean) =>
  TONE_FILL[bandTone(bandId, higherIsBetter)];

/** One line chart per subscale with its bands (or marker zone) shaded, and the same data as a table. */
export function HistoryCharts({
  subscales,
  series,
}: {
  subscales: readonly Subscale[];
  series: Point[];
}) {
  const router = useRouter();
  /** Opens the result behind a chart point (the table below offers the same as links). */
  const open = (payload: unknown) => {
    const href = (payload as { payload?: { href?: unknown } } | undefined)?.payload?.href;
    if (typeof href === "string") router.push(href);
  };
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
            <div role="img" aria-label={summary} className="mt-3 h-56">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
                  {s.bands?.map((b) => (
                    <ReferenceArea
                      key={b.id}
                      y1={b.min}
                      y2={b.max}
                      fill={fillOf(b.id, s.higherIsBetter)}
                      fillOpacity={0.8}
                      ifOverflow="visible"
                    />
                  ))}
                  {s.marker ? (
                    <ReferenceArea
                      y1={s.marker.threshold}
                      y2={s.range.max}
                      fill={TONE_FILL.hard}
                      fillOpacity={0.8}
                    />
                  ) : null}
                  <CartesianGrid strokeDasharray="3 3" stroke="#dcd8d0" />
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
                  <YAxis
                    domain={[s.range.min, s.range.max]}
                    tick={{ fontSize: 12 }}
                    allowDecimals={false}
                  />
                  <Tooltip />
                  <Line
                    type="monotone"
                    dataKey="score"
                    name={s.name}
                    stroke="#25605b"
                    strokeWidth={2}
                    dot={{ r: 3, cursor: "pointer" }}
                    activeDot={{ r: 6, cursor: "pointer", onClick: (_e, point) => open(point) }}
                    connectNulls
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
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
