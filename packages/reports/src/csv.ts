/**
 * The team report as CSV, one row per measure, period and group. A hidden cell becomes a row
 * that says it is hidden and why, with every figure left empty: the export marks suppression,
 * it never fills it in. The file is RFC 4180 with a byte order mark, as `@tend/csv` writes it.
 */
import { csvDocument, csvText, csvValue } from "@tend/csv";

import type { PublishedCell } from "./suppression";
import type {
  MeasureReport,
  ParticipationFigure,
  RateFigure,
  ScoreFigure,
  TeamReport,
} from "./team-report";
import { ORGANISATION, SELECTION } from "./team-report";

type Field = string | number | null;

/** Labels and names are text people may have typed (team names): guarded; numbers are not. */
const field = (value: Field) =>
  value === null ? "" : typeof value === "number" ? csvValue(String(value)) : csvText(value);

const NOTE = {
  "fewer-than-k": "hidden: fewer than k people",
  complementary: "hidden: would reveal a smaller hidden group",
  refused: "not available: would single out fewer than k people",
} as const;

/**
 * The report's rows: `measure, period, group, status, people, members, participation, mean`,
 * then one share column per band, then `rate` (a protective factor: a share, or hours as its
 * label says), `count` (a count of the whole organisation, such as meetings held) and a note.
 * Shares are 0–1.
 */
export function teamReportCsv(report: TeamReport, bandLabels: Readonly<Record<string, string>>) {
  const bandIds = Object.keys(bandLabels);
  const header: Field[] = [
    "measure",
    "period",
    "group",
    "status",
    "people",
    "members",
    "participation",
    "mean",
    ...bandIds.map((id) => `share ${(bandLabels[id] ?? id).toLowerCase()}`),
    "rate",
    "count",
    "note",
  ];
  const periodLabel = new Map(report.periods.map((p) => [p.key, p.label]));
  const groupName = new Map(report.cells.map((c) => [c.key, c.name]));
  groupName.set(ORGANISATION, "Whole organisation");
  groupName.set(SELECTION, "Selected teams together");
  const empty = (n: number) => Array.from({ length: n }, () => null);

  const rows: Field[][] = [header];
  const measures: MeasureReport<ParticipationFigure | ScoreFigure | RateFigure>[] = [
    report.participation,
    ...report.measures,
    ...report.factors,
  ];
  /** Figures a hidden or refused row leaves empty: people to count. */
  const blanks = 6 + bandIds.length;
  for (const measure of measures) {
    for (const { period, breakdown } of measure.periods) {
      const lead = [measure.label, periodLabel.get(period) ?? period];
      if (breakdown.status === "refused") {
        rows.push([...lead, "", "not available", ...empty(blanks), NOTE.refused]);
        continue;
      }
      const cells: PublishedCell<ParticipationFigure | ScoreFigure | RateFigure>[] = [
        breakdown.total,
        ...breakdown.cells,
      ];
      for (const cell of cells) {
        const group = groupName.get(cell.key) ?? cell.key;
        if (cell.status === "hidden") {
          rows.push([...lead, group, "hidden", ...empty(blanks), NOTE[cell.reason]]);
          continue;
        }
        const v = cell.value;
        const participation = "share" in v ? v : null;
        const score = "mean" in v ? v : null;
        const rate = "rate" in v ? v.rate : null;
        rows.push([
          ...lead,
          group,
          "shown",
          cell.respondents,
          participation?.members ?? null,
          participation?.share ?? null,
          score?.mean ?? null,
          ...bandIds.map((id) => score?.bands.find((b) => b.id === id)?.share ?? null),
          rate,
          null,
          null,
        ]);
      }
    }
  }
  for (const count of report.counts) {
    for (const { period, figure } of count.periods) {
      const lead = [count.label, periodLabel.get(period) ?? period, "Whole organisation"];
      rows.push(
        figure.status === "hidden"
          ? [...lead, "hidden", ...empty(blanks), NOTE[figure.reason]]
          : [...lead, "shown", figure.respondents, ...empty(blanks - 2), figure.value.count, null],
      );
    }
  }
  return csvDocument(rows.map((row) => row.map(field)));
}
