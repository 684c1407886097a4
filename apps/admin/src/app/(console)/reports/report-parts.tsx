/**
 * The parts of the team report, all drawn on the server (no JavaScript): the latest period at a
 * glance (wellbeing beside the protective factors), a measure's organisation trend as an SVG
 * line, the latest period per team with its band mix, and the trend per team as a table. Hidden
 * cells arrive from the server without figures; these components only say why.
 */
import type { RouterOutputs } from "@tend/api";
import { explainHidden, explainRefusal } from "@tend/reports";
import { cn, Table, Td, Th } from "@tend/ui";

type Report = RouterOutputs["report"]["wellbeing"];
type Measure = Report["participation"] | Report["measures"][number] | Report["factors"][number];
type Cell = Extract<
  Measure["periods"][number]["breakdown"],
  { status: "published" }
>["cells"][number];

const TONE = { good: "#6ee7b7", middle: "#fcd34d", hard: "#fda4af" } as const;
const GRID = "#dcd8d0";

/** Whether a band is a good, middling or hard place to be. */
function toneOf(bandId: string, higherIsBetter: boolean): keyof typeof TONE {
  if (bandId === "moderate") return "middle";
  return (bandId === "high") === higherIsBetter ? "good" : "hard";
}

/** Whether a measure is a share of people, shown as a percentage. */
const inPercent = (measure: Measure) =>
  measure.id === "participation" || ("unit" in measure && measure.unit === "share");

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A shown cell's figure in words: "62%", "1.5" (hours, a mean). */
function figureText(measure: Measure, cell: Cell): string {
  if (cell.status !== "shown") return "";
  const v = cell.value;
  if ("mean" in v) return v.mean.toFixed(1);
  if ("share" in v) return percent(v.share);
  return inPercent(measure) ? percent(v.rate) : v.rate.toFixed(1);
}

/** The chart's value of a shown cell: a mean, hours, or a share as a percentage. */
function chartValue(measure: Measure, cell: Cell): number | null {
  if (cell.status !== "shown") return null;
  const v = cell.value;
  if ("mean" in v) return v.mean;
  if ("share" in v) return Math.round(v.share * 100);
  return inPercent(measure) ? Math.round(v.rate * 100) : v.rate;
}

/** Short marks for hidden cells in the trend table, explained under it. */
const MARK = { "fewer-than-k": "< k", complementary: "hidden" } as const;

function measureRange(measure: Measure) {
  if (inPercent(measure)) return { min: 0, max: 100 };
  // Hours have no ceiling: the axis grows to the largest figure shown.
  const shown = measure.periods.flatMap((p) =>
    p.breakdown.status === "published" && p.breakdown.total.status === "shown"
      ? [chartValue(measure, p.breakdown.total) ?? 0]
      : [],
  );
  return {
    min: measure.range.min,
    max: Math.max(measure.range.max, Math.ceil(Math.max(0, ...shown))),
  };
}

/** The organisation's figure per period as a line; periods it is hidden in leave a gap. */
export function TrendChart({ measure, report }: { measure: Measure; report: Report }) {
  const { min, max } = measureRange(measure);
  const points = measure.periods.map((p, i) => {
    const b = p.breakdown;
    return { i, value: b.status === "published" ? chartValue(measure, b.total) : null };
  });
  const x = (i: number) => (points.length === 1 ? 50 : (i / (points.length - 1)) * 100);
  const y = (v: number) => ((max - Math.min(max, Math.max(min, v))) / (max - min)) * 100;
  const segments: { i: number; value: number }[][] = [];
  for (const p of points) {
    if (p.value === null) segments.push([]);
    else {
      const last = segments.at(-1);
      if (last) last.push({ i: p.i, value: p.value });
      else segments.push([{ i: p.i, value: p.value }]);
    }
  }
  const shown = points.filter((p) => p.value !== null);
  const summary =
    shown.length === 0
      ? `${measure.label}: the organisation's figure is hidden in every period.`
      : `${measure.label} for the organisation by period: ${points
          .map(
            (p) =>
              `${report.periods[p.i]?.label ?? ""} ${p.value === null ? "hidden" : String(p.value)}`,
          )
          .join(", ")}.`;
  const line = { vectorEffect: "non-scaling-stroke" } as const;
  return (
    <div className="grid h-44 grid-cols-[2.25rem_1fr] grid-rows-[1fr_1.5rem] pt-2 pr-4 text-xs text-muted-foreground">
      <div className="relative" aria-hidden>
        {[min, (min + max) / 2, max].map((t) => (
          <span
            key={t}
            className="absolute right-2 -translate-y-1/2 tabular-nums"
            style={{ top: `${y(t)}%` }}
          >
            {inPercent(measure) ? `${t}%` : t}
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
          {[min, (min + max) / 2, max].map((t) => (
            <line
              key={t}
              x1={0}
              x2={100}
              y1={y(t)}
              y2={y(t)}
              stroke={GRID}
              strokeDasharray="3 3"
              style={line}
            />
          ))}
          {segments
            .filter((s) => s.length > 1)
            .map((s) => (
              <polyline
                key={s[0]?.i}
                points={s.map((p) => `${x(p.i)},${y(p.value)}`).join(" ")}
                className="fill-none stroke-primary"
                strokeWidth={2}
                strokeLinejoin="round"
                style={line}
              />
            ))}
        </svg>
        {shown.map((p) => (
          <span
            key={p.i}
            aria-hidden
            className="absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-primary bg-card"
            style={{ left: `${x(p.i)}%`, top: `${y(p.value ?? min)}%` }}
          />
        ))}
      </div>
      <div />
      <div className="relative" aria-hidden>
        {report.periods.map((p, i) => {
          // The latest period and every other one before it, so labels never collide; on a
          // phone only the first and the last.
          const last = report.periods.length - 1;
          const wide = (last - i) % 2 === 0;
          const narrow = i === 0 || i === last;
          if (!wide && !narrow) return null;
          return (
            <span
              key={p.key}
              className={cn(
                "absolute top-1 whitespace-nowrap",
                i === last ? "-translate-x-full" : i === 0 ? "" : "-translate-x-1/2",
                !narrow && "hidden sm:block",
                !wide && "sm:hidden",
              )}
              style={{ left: `${x(i)}%` }}
            >
              {p.label}
            </span>
          );
        })}
      </div>
    </div>
  );
}

/** A row's band mix as a stacked bar, with the shares in words for screen readers. */
function BandBar({
  bands,
  labels,
  higherIsBetter,
}: {
  bands: { id: string; share: number }[];
  labels: Record<string, string>;
  higherIsBetter: boolean;
}) {
  const words = bands.map((b) => `${labels[b.id] ?? b.id} ${percent(b.share)}`).join(", ");
  return (
    <div className="flex min-w-24 items-center gap-2">
      <div className="flex h-3 flex-1 overflow-hidden rounded-sm bg-muted" aria-hidden>
        {bands.map((b) => (
          <div
            key={b.id}
            style={{ width: `${b.share * 100}%`, background: TONE[toneOf(b.id, higherIsBetter)] }}
          />
        ))}
      </div>
      <span className="sr-only">{words}</span>
    </div>
  );
}

/** What the band colours mean for a measure (which end is the good one differs). */
export function BandLegend({ measure, report }: { measure: Measure; report: Report }) {
  if (!hasBands(measure)) return null;
  const ids = Object.keys(report.bandLabels).filter((id) =>
    measure.periods.some(
      (p) =>
        p.breakdown.status === "published" &&
        p.breakdown.total.status === "shown" &&
        "bands" in p.breakdown.total.value &&
        p.breakdown.total.value.bands.some((b) => b.id === id),
    ),
  );
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {ids.map((id) => (
        <li key={id} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="size-3 rounded-sm"
            style={{ background: TONE[toneOf(id, measure.higherIsBetter)] }}
          />
          {report.bandLabels[id]}
        </li>
      ))}
    </ul>
  );
}

/** The first row's name: the organisation, or the teams a filter selected. */
export const totalName = (report: Report) =>
  report.selection ? "Selected teams together" : "Whole organisation";

/** The latest period: the organisation first, then each team, shown or hidden with the reason. */
export function LatestTable({ measure, report }: { measure: Measure; report: Report }) {
  const latest = measure.periods.at(-1);
  const period = report.periods.at(-1);
  if (!latest || !period) return null;
  const b = latest.breakdown;
  if (b.status === "refused")
    return <p className="text-sm text-muted-foreground">{explainRefusal(report.k, b.reason)}</p>;
  const participation = measure.id === "participation";
  const withBands = hasBands(measure);
  const figureName = participation
    ? "Took part"
    : !("unit" in measure)
      ? "Mean"
      : measure.unit === "share"
        ? "Share"
        : "Hours a month";
  const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
  const rows = [
    { name: totalName(report), cell: b.total },
    ...b.cells.map((c) => ({ name: name(c.key), cell: c })),
  ];
  return (
    <Table>
      <caption className="sr-only">
        {measure.label}, {period.label}, by team
      </caption>
      <thead>
        <tr>
          <Th>{period.label}</Th>
          <Th className="text-right">People</Th>
          <Th className="text-right">{figureName}</Th>
          {withBands ? <Th className="hidden sm:table-cell">Bands</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name: rowName, cell }, i) => (
          <tr key={cell.key} className={i === 0 ? "font-medium" : undefined}>
            <Td>
              {rowName}
              {withBands && cell.status === "shown" && "bands" in cell.value ? (
                // On a phone the band mix sits under the name instead of in its own column.
                <div className="mt-1 sm:hidden">
                  <BandBar
                    bands={cell.value.bands}
                    labels={report.bandLabels}
                    higherIsBetter={measure.higherIsBetter}
                  />
                </div>
              ) : null}
            </Td>
            {cell.status === "shown" ? (
              <>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {"members" in cell.value
                    ? `${cell.respondents} of ${cell.value.members}`
                    : cell.respondents}
                </Td>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {figureText(measure, cell)}
                </Td>
                {withBands ? (
                  <Td className="hidden sm:table-cell">
                    {"bands" in cell.value ? (
                      <BandBar
                        bands={cell.value.bands}
                        labels={report.bandLabels}
                        higherIsBetter={measure.higherIsBetter}
                      />
                    ) : null}
                  </Td>
                ) : null}
              </>
            ) : (
              <Td colSpan={withBands ? 3 : 2} className="text-sm text-muted-foreground">
                {explainHidden(cell.reason, report.k, "unit" in measure ? "counted" : "answered")}
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function hasBands(measure: Measure): boolean {
  return measure.periods.some(
    (p) =>
      p.breakdown.status === "published" &&
      [p.breakdown.total, ...p.breakdown.cells].some(
        (c) => c.status === "shown" && "bands" in c.value && c.value.bands.length > 0,
      ),
  );
}

/** Every period per team (the organisation first): figures, or a mark explained below. */
export function TrendTable({ measure, report }: { measure: Measure; report: Report }) {
  const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
  const rowKeys = ["organisation", ...report.cells.map((c) => c.key)];
  const cellAt = (periodIndex: number, key: string) => {
    const b = measure.periods[periodIndex]?.breakdown;
    if (!b || b.status === "refused") return null;
    return key === "organisation" ? b.total : b.cells.find((c) => c.key === key);
  };
  return (
    <div className="overflow-x-auto">
      <Table>
        <caption className="sr-only">{measure.label} by team and period</caption>
        <thead>
          <tr>
            <Th>Team</Th>
            {report.periods.map((p) => (
              <Th key={p.key} className="text-right whitespace-nowrap">
                {p.label}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowKeys.map((key) => (
            <tr key={key} className={key === "organisation" ? "font-medium" : undefined}>
              <Td>{key === "organisation" ? totalName(report) : name(key)}</Td>
              {report.periods.map((p, i) => {
                const cell = cellAt(i, key);
                return (
                  <Td key={p.key} className="text-right whitespace-nowrap tabular-nums">
                    {cell?.status === "hidden" ? (
                      <span className="text-muted-foreground">{MARK[cell.reason]}</span>
                    ) : cell ? (
                      figureText(measure, cell)
                    ) : (
                      "–"
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/**
 * Counts of the whole organisation (peer groups active, meetings held): a row per period, so it
 * reads down a phone's width too; each figure or a mark explained in the report's legend.
 */
export function CountsTable({ report }: { report: Report }) {
  return (
    <Table>
      <caption className="sr-only">Peer group engagement across the organisation by period</caption>
      <thead>
        <tr>
          <Th>Period</Th>
          {report.counts.map((count) => (
            <Th key={count.id} className="text-right">
              {count.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.periods.map((p) => (
          <tr key={p.key}>
            <Td className="whitespace-nowrap">{p.label}</Td>
            {report.counts.map((count) => {
              const figure = count.periods.find((c) => c.period === p.key)?.figure;
              return (
                <Td key={count.id} className="text-right tabular-nums">
                  {figure?.status === "shown" ? (
                    figure.value.count
                  ) : figure ? (
                    <span className="text-muted-foreground">{MARK[figure.reason]}</span>
                  ) : (
                    "–"
                  )}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The latest period's cell of a measure for a group (the total, or a team), or null. */
function latestCell(measure: Measure, key: string): Cell | "refused" | null {
  const b = measure.periods.at(-1)?.breakdown;
  if (!b) return null;
  if (b.status === "refused") return "refused";
  return key === "total" ? b.total : (b.cells.find((c) => c.key === key) ?? null);
}

/** A glance figure: the number, or a mark for hidden and refused. */
function GlanceFigure({ measure, cell }: { measure: Measure; cell: Cell | "refused" | null }) {
  if (cell === "refused") return <span className="text-muted-foreground">n/a</span>;
  if (!cell) return <>–</>;
  if (cell.status === "hidden")
    return <span className="text-muted-foreground">{MARK[cell.reason]}</span>;
  return <>{figureText(measure, cell)}</>;
}

/**
 * The latest period at a glance: each group's wellbeing beside the protective factors the clinic
 * controls. A table on a wide screen; a card per group on a phone.
 */
export function GlanceTable({
  groups,
  report,
}: {
  groups: { title: string; measures: Measure[] }[];
  report: Report;
}) {
  const period = report.periods.at(-1);
  if (!period) return null;
  const rows = [
    { key: "total", name: totalName(report) },
    ...report.cells.map((c) => ({ key: c.key, name: c.name })),
  ];
  const all = groups.flatMap((g) => g.measures);
  return (
    <>
      <div className="hidden md:block">
        <Table scrollLabel={`Wellbeing and protective factors by team, ${period.label}`}>
          <caption className="sr-only">
            Wellbeing and protective factors by team, {period.label}
          </caption>
          <thead>
            <tr>
              <Th rowSpan={2} className="align-bottom">
                Team
              </Th>
              {groups.map((g) => (
                <Th
                  key={g.title}
                  colSpan={g.measures.length}
                  scope="colgroup"
                  className="border-l border-border text-center"
                >
                  {g.title}
                </Th>
              ))}
            </tr>
            <tr>
              {groups.flatMap((g) =>
                g.measures.map((m, i) => (
                  <Th
                    key={m.id}
                    className={cn(
                      "text-right align-bottom text-xs font-medium",
                      i === 0 && "border-l border-border",
                    )}
                  >
                    {m.label}
                  </Th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.key} className={r === 0 ? "font-medium" : undefined}>
                <Th scope="row" className="font-normal">
                  {row.name}
                </Th>
                {groups.flatMap((g) =>
                  g.measures.map((m, i) => (
                    <Td
                      key={m.id}
                      className={cn(
                        "text-right whitespace-nowrap tabular-nums",
                        i === 0 && "border-l border-border",
                      )}
                    >
                      <GlanceFigure measure={m} cell={latestCell(m, row.key)} />
                    </Td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.key} className="rounded-md border border-border p-3">
            <p className="font-medium">{row.name}</p>
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              {all.map((m) => (
                <div key={m.id} className="contents">
                  <dt className="text-muted-foreground">{m.label}</dt>
                  <dd className="text-right tabular-nums">
                    <GlanceFigure measure={m} cell={latestCell(m, row.key)} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
