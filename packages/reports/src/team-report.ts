/**
 * The team wellbeing report, from per-cell totals to what may be shown: each measure in each
 * period is a breakdown (the organisation and its cells), suppressed on its own (rule 4).
 */
import type { Breakdown, Cell, Period, SuppressedBreakdown } from "./suppression";
import { suppressBreakdown, suppressSelection } from "./suppression";

/** What a measure's respondents add up to in one cell: never one person's answer. */
export interface CellTotals {
  respondents: number;
  /** The sum of their scores (each respondent once). */
  sum: number;
  /** How many respondents fell in each band, by band id. */
  bands: Readonly<Record<string, number>>;
}

export interface MeasureDefinition {
  id: string;
  label: string;
  /** Band ids in display order, for a measure with bands. */
  bands: readonly string[];
  higherIsBetter: boolean;
  /** The scores' range, for a chart's axis. */
  range: { min: number; max: number };
}

export interface ReportCell {
  key: string;
  name: string;
  /** The cell's members who could have answered (for participation). */
  members: number;
}

/** A shown figure: the mean score and the share of respondents in each band (0–1). */
export interface ScoreFigure {
  mean: number;
  bands: { id: string; share: number }[];
}

/** A shown participation figure: the share of members who completed any check (0–1). */
export interface ParticipationFigure {
  members: number;
  share: number;
}

export interface MeasureReport<V> {
  id: string;
  label: string;
  higherIsBetter: boolean;
  range: { min: number; max: number };
  periods: Period<SuppressedBreakdown<V>>[];
}

export interface TeamReport {
  k: number;
  cells: { key: string; name: string }[];
  periods: { key: string; label: string }[];
  participation: MeasureReport<ParticipationFigure>;
  measures: MeasureReport<ScoreFigure>[];
}

/** The cell key of the whole organisation. */
export const ORGANISATION = "organisation";
/** The cell key of the teams a filter selected, standing in for the organisation. */
export const SELECTION = "selection";

const EMPTY: CellTotals = { respondents: 0, sum: 0, bands: {} };

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function add(a: CellTotals, b: CellTotals): CellTotals {
  const bands: Record<string, number> = { ...a.bands };
  for (const [id, n] of Object.entries(b.bands)) bands[id] = (bands[id] ?? 0) + n;
  return { respondents: a.respondents + b.respondents, sum: a.sum + b.sum, bands };
}

function scoreFigure(totals: CellTotals, measure: MeasureDefinition): ScoreFigure {
  const n = Math.max(1, totals.respondents);
  return {
    mean: round(totals.sum / n, 1),
    bands: measure.bands.map((id) => ({ id, share: round((totals.bands[id] ?? 0) / n, 3) })),
  };
}

/**
 * Builds the report. `totals(period, measure, cell)` gives a cell's totals (absent: nobody);
 * `participants(period, cell)` the cell's people who completed any check. The organisation's
 * figure is the sum of its cells, which must hold every respondent once.
 */
export function buildTeamReport(input: {
  k: number;
  periods: readonly { key: string; label: string }[];
  cells: readonly ReportCell[];
  measures: readonly MeasureDefinition[];
  totals: (period: string, measure: string, cell: string) => CellTotals | undefined;
  participants: (period: string, cell: string) => number;
  /**
   * Keys of the cells a filter selected: the report then shows those cells, with their
   * combined figure in place of the organisation's, under rule 5 of the suppression module.
   */
  selection?: ReadonlySet<string> | undefined;
}): TeamReport {
  const { k, periods, measures, selection } = input;
  const cells = selection ? input.cells.filter((c) => selection.has(c.key)) : input.cells;
  /** Suppresses one breakdown of every cell: whole, or narrowed to the selection. */
  function publish<V>(
    parent: Breakdown<V>,
    combine: (cells: readonly Cell<V>[]) => V,
  ): SuppressedBreakdown<V> {
    if (!selection) return suppressBreakdown(parent, k);
    return suppressSelection(
      parent,
      selection,
      (chosen) => ({
        key: SELECTION,
        respondents: chosen.reduce((n, c) => n + c.respondents, 0),
        value: combine(chosen),
      }),
      k,
    );
  }

  const participation: MeasureReport<ParticipationFigure> = {
    id: "participation",
    label: "Participation",
    higherIsBetter: true,
    range: { min: 0, max: 1 },
    periods: periods.map(({ key }) => {
      const counts = input.cells.map((c) => ({
        cell: c,
        respondents: input.participants(key, c.key),
      }));
      const figure = (respondents: number, of: number): ParticipationFigure => ({
        members: of,
        share: round(respondents / Math.max(1, of), 3),
      });
      const all = counts.reduce((n, c) => n + c.respondents, 0);
      const everyone = input.cells.reduce((n, c) => n + c.members, 0);
      const membersOf = new Map(input.cells.map((c) => [c.key, c.members]));
      return {
        period: key,
        breakdown: publish(
          {
            total: { key: ORGANISATION, respondents: all, value: figure(all, everyone) },
            cells: counts.map(({ cell, respondents }) => ({
              key: cell.key,
              respondents,
              value: figure(respondents, cell.members),
            })),
          },
          (chosen) =>
            figure(
              chosen.reduce((n, c) => n + c.respondents, 0),
              chosen.reduce((n, c) => n + (membersOf.get(c.key) ?? 0), 0),
            ),
        ),
      };
    }),
  };

  const scored = measures.map((measure): MeasureReport<ScoreFigure> => ({
    id: measure.id,
    label: measure.label,
    higherIsBetter: measure.higherIsBetter,
    range: measure.range,
    periods: periods.map(({ key }) => {
      const byCell = input.cells.map((c) => ({
        key: c.key,
        totals: input.totals(key, measure.id, c.key) ?? EMPTY,
      }));
      const totalsOf = new Map(byCell.map((c) => [c.key, c.totals]));
      const total = byCell.reduce((sum, c) => add(sum, c.totals), EMPTY);
      return {
        period: key,
        breakdown: publish(
          {
            total: {
              key: ORGANISATION,
              respondents: total.respondents,
              value: scoreFigure(total, measure),
            },
            cells: byCell.map((c) => ({
              key: c.key,
              respondents: c.totals.respondents,
              value: scoreFigure(c.totals, measure),
            })),
          },
          (chosen) =>
            scoreFigure(
              chosen.reduce((sum, c) => add(sum, totalsOf.get(c.key) ?? EMPTY), EMPTY),
              measure,
            ),
        ),
      };
    }),
  }));

  return {
    k,
    cells: cells.map(({ key, name }) => ({ key, name })),
    periods: periods.map(({ key, label }) => ({ key, label })),
    participation,
    measures: scored,
  };
}
