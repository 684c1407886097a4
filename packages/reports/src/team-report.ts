/**
 * The team report, from per-cell totals to what may be shown: participation, the wellbeing
 * measures and the protective factors beside them. Each measure in each period is a breakdown
 * (the organisation and its cells), suppressed on its own (rule 4).
 */
import type { Breakdown, Cell, Period, PublishedCell, SuppressedBreakdown } from "./suppression";
import { suppressBreakdown, suppressSelection, suppressTotal } from "./suppression";

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

/**
 * A protective factor's parts in one cell: a rate (`numerator / denominator`) over the people it
 * describes (`respondents`, who decide whether it may be shown). Never one person's row.
 */
export interface RateTotals {
  respondents: number;
  numerator: number;
  denominator: number;
}

/** A share (0–1, such as clinicians supervised lately) or a quantity per person (hours). */
export type RateUnit = "share" | "hours";

export interface RateDefinition {
  id: string;
  label: string;
  unit: RateUnit;
  higherIsBetter: boolean;
  /** The figure's usual range, for a chart's axis. */
  range: { min: number; max: number };
}

/** A shown rate: a share (0–1) or hours, as the measure's unit says. */
export interface RateFigure {
  rate: number;
}

export interface RateReport extends MeasureReport<RateFigure> {
  unit: RateUnit;
}

/** A count of the organisation as a whole, with no team breakdown (such as groups that met). */
export interface CountDefinition {
  id: string;
  label: string;
}

/** The organisation's counts in one period, by count id, and how many people they stand for. */
export interface CountTotals {
  respondents: number;
  values: Readonly<Record<string, number>>;
}

export interface CountFigure {
  count: number;
}

/** A count in every period: the organisation's figure only, shown from k people (rule 1). */
export interface CountReport {
  id: string;
  label: string;
  periods: { period: string; figure: PublishedCell<CountFigure> }[];
}

export interface TeamReport {
  k: number;
  cells: { key: string; name: string }[];
  periods: { key: string; label: string }[];
  participation: MeasureReport<ParticipationFigure>;
  measures: MeasureReport<ScoreFigure>[];
  /** The protective factors the clinic controls, under the same rules. */
  factors: RateReport[];
  /** Counts of the whole organisation, the same whatever the team filter. */
  counts: CountReport[];
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

const NO_RATE: RateTotals = { respondents: 0, numerator: 0, denominator: 0 };

function addRates(a: RateTotals, b: RateTotals): RateTotals {
  return {
    respondents: a.respondents + b.respondents,
    numerator: a.numerator + b.numerator,
    denominator: a.denominator + b.denominator,
  };
}

function rateFigure(totals: RateTotals, unit: RateUnit): RateFigure {
  const rate = totals.denominator > 0 ? totals.numerator / totals.denominator : 0;
  return { rate: unit === "share" ? round(Math.min(1, rate), 3) : round(rate, 1) };
}

/** How one measure's totals of type `T` add up, how many people they stand for, and its figure. */
interface Measure<T, V> {
  id: string;
  label: string;
  higherIsBetter: boolean;
  range: { min: number; max: number };
  /** A cell's totals in a period (absent: nobody). */
  totals: (period: string, cell: string) => T | undefined;
  empty: T;
  add: (a: T, b: T) => T;
  respondents: (totals: T) => number;
  figure: (totals: T) => V;
}

/**
 * Builds the report. `totals(period, measure, cell)` gives a cell's totals (absent: nobody);
 * `participants(period, cell)` the cell's people who completed any check; `rateTotals` the
 * parts of each protective factor. The organisation's figure is the sum of its cells, which must
 * hold every respondent once.
 */
export function buildTeamReport(input: {
  k: number;
  periods: readonly { key: string; label: string }[];
  cells: readonly ReportCell[];
  measures: readonly MeasureDefinition[];
  totals: (period: string, measure: string, cell: string) => CellTotals | undefined;
  participants: (period: string, cell: string) => number;
  rates?: readonly RateDefinition[];
  rateTotals?: (period: string, rate: string, cell: string) => RateTotals | undefined;
  counts?: readonly CountDefinition[];
  /** The organisation's counts in a period (absent: nobody, so hidden). */
  countTotals?: (period: string) => CountTotals | undefined;
  /**
   * Keys of the cells a filter selected: the report then shows those cells, with their
   * combined figure in place of the organisation's, under rule 5 of the suppression module.
   */
  selection?: ReadonlySet<string> | undefined;
}): TeamReport {
  const { k, periods, measures, selection } = input;
  const cells = selection ? input.cells.filter((c) => selection.has(c.key)) : input.cells;

  /**
   * One measure in every period: the organisation (the sum of every cell) and its cells, each
   * breakdown suppressed on its own, whole or narrowed to the selection.
   */
  function report<T, V>(measure: Measure<T, V>): MeasureReport<V> {
    const cell = (totals: T, key: string): Cell<V> => ({
      key,
      respondents: measure.respondents(totals),
      value: measure.figure(totals),
    });
    return {
      id: measure.id,
      label: measure.label,
      higherIsBetter: measure.higherIsBetter,
      range: measure.range,
      periods: periods.map(({ key: period }) => {
        const byCell = new Map(
          input.cells.map((c) => [c.key, measure.totals(period, c.key) ?? measure.empty]),
        );
        const sum = (keys: Iterable<string>) => {
          let total = measure.empty;
          for (const key of keys) total = measure.add(total, byCell.get(key) ?? measure.empty);
          return total;
        };
        const parent: Breakdown<V> = {
          total: cell(sum(byCell.keys()), ORGANISATION),
          cells: [...byCell].map(([key, totals]) => cell(totals, key)),
        };
        const breakdown = selection
          ? suppressSelection(
              parent,
              selection,
              (chosen) => cell(sum(chosen.map((c) => c.key)), SELECTION),
              k,
            )
          : suppressBreakdown(parent, k);
        return { period, breakdown };
      }),
    };
  }

  /** Participation: who completed any check, out of the cell's members. */
  const members = new Map(input.cells.map((c) => [c.key, c.members]));
  const participation = report<{ respondents: number; members: number }, ParticipationFigure>({
    id: "participation",
    label: "Participation",
    higherIsBetter: true,
    range: { min: 0, max: 1 },
    totals: (period, key) => ({
      respondents: input.participants(period, key),
      members: members.get(key) ?? 0,
    }),
    empty: { respondents: 0, members: 0 },
    add: (a, b) => ({ respondents: a.respondents + b.respondents, members: a.members + b.members }),
    respondents: (t) => t.respondents,
    figure: (t) => ({
      members: t.members,
      share: round(t.respondents / Math.max(1, t.members), 3),
    }),
  });

  const scored = measures.map((measure) =>
    report<CellTotals, ScoreFigure>({
      ...measure,
      totals: (period, key) => input.totals(period, measure.id, key),
      empty: EMPTY,
      add,
      respondents: (t) => t.respondents,
      figure: (t) => scoreFigure(t, measure),
    }),
  );

  const factors = (input.rates ?? []).map((rate): RateReport => ({
    ...report<RateTotals, RateFigure>({
      ...rate,
      totals: (period, key) => input.rateTotals?.(period, rate.id, key),
      empty: NO_RATE,
      add: addRates,
      respondents: (t) => t.respondents,
      figure: (t) => rateFigure(t, rate.unit),
    }),
    unit: rate.unit,
  }));

  const counts = (input.counts ?? []).map(({ id, label }): CountReport => ({
    id,
    label,
    periods: periods.map(({ key: period }) => {
      const totals = input.countTotals?.(period);
      const count = totals?.values[id] ?? 0;
      return {
        period,
        figure: suppressTotal(
          { key: ORGANISATION, respondents: totals?.respondents ?? 0, value: { count } },
          k,
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
    factors,
    counts,
  };
}
