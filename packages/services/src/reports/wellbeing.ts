/**
 * The team wellbeing report for admins: participation, each ProQOL subscale and the weekly
 * pulse, and beside them the protective factors the clinic controls (supervision in the last
 * 30 days, supervision hours, hours cosigned in time), per team and for the organisation, over
 * the last months or quarters. Only totals are read, and `buildTeamReport` hides what the
 * organisation's k does not allow before anything leaves this function.
 */
import type { DbOrTx } from "@tend/db";
import type { ReportGranularity, ScoreTotalsRow } from "@tend/db/queries";
import type { InstrumentId } from "@tend/instruments";
import type {
  CellTotals,
  MeasureDefinition,
  RateDefinition,
  RateTotals,
  ReportCell,
} from "@tend/reports";
import {
  COSIGN_DAYS,
  countCosigned,
  countParticipants,
  countSupervised,
  getOrganisationSettings,
  listReportCells,
  NO_TEAM,
  recordAuditEvent,
  SEVERAL_TEAMS,
  sumScores,
  sumSupervisionMinutes,
} from "@tend/db/queries";
import { getInstrument } from "@tend/instruments";
import { buildTeamReport, reportPeriods, teamReportCsv } from "@tend/reports";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

/** What a wellbeing report shows: every ProQOL subscale, and the pulse's index (not its items). */
const REPORTED: readonly { instrumentId: InstrumentId; subscaleIds: readonly string[] }[] = [
  {
    instrumentId: "proqol5",
    subscaleIds: ["compassion_satisfaction", "burnout", "secondary_traumatic_stress"],
  },
  { instrumentId: "pulse", subscaleIds: ["pulse"] },
];

const CELL_NAMES: Record<string, string> = {
  [NO_TEAM]: "No team",
  [SEVERAL_TEAMS]: "In more than one team",
};

export interface WellbeingReportInput {
  granularity: ReportGranularity;
  /** How many periods, ending with the current one. */
  periods: number;
  /** A team filter: the cells (team ids, "none", "several") to show together; all when absent. */
  teams?: readonly string[] | undefined;
}

/** The reported subscales, as the instruments define them. */
const SUBSCALES = REPORTED.flatMap(({ instrumentId, subscaleIds }) =>
  subscaleIds.map((id) => {
    const found = getInstrument(instrumentId).subscales.find((s) => s.id === id);
    if (!found) throw new Error(`${instrumentId} has no subscale ${id}`);
    return found;
  }),
);

const MEASURES: MeasureDefinition[] = SUBSCALES.map((s) => ({
  id: s.id,
  label: s.name,
  bands: (s.bands ?? []).map((b) => b.id),
  higherIsBetter: s.higherIsBetter,
  range: s.range,
}));

/** The protective factors the clinic controls, reported beside wellbeing. */
const FACTORS: RateDefinition[] = [
  {
    id: "supervised",
    label: "Supervised in the last 30 days",
    unit: "share",
    higherIsBetter: true,
    range: { min: 0, max: 1 },
  },
  {
    id: "supervision_hours",
    label: "Supervision hours per clinician a month",
    unit: "hours",
    higherIsBetter: true,
    range: { min: 0, max: 4 },
  },
  {
    id: "cosigned",
    label: `Hours cosigned within ${COSIGN_DAYS} days`,
    unit: "share",
    higherIsBetter: true,
    range: { min: 0, max: 1 },
  },
];

/** How many months of a period have passed by `now` (a fraction for the current one). */
function monthsElapsed(period: { start: Date; end: Date }, months: number, now: Date): number {
  const length = period.end.getTime() - period.start.getTime();
  const passed = Math.min(now.getTime(), period.end.getTime()) - period.start.getTime();
  return (months * Math.max(0, passed)) / length;
}

/** Band labels by id, for the report's legend. */
const BAND_LABELS: Record<string, string> = Object.fromEntries(
  SUBSCALES.flatMap((s) => s.bands ?? []).map((b) => [b.id, b.label]),
);

/** Rows per (period, subscale, cell), summed over their bands. */
function indexTotals(rows: readonly ScoreTotalsRow[]): Map<string, CellTotals> {
  const totals = new Map<string, CellTotals>();
  for (const row of rows) {
    const key = `${row.period}|${row.subscaleId}|${row.cell}`;
    const cell = totals.get(key) ?? { respondents: 0, sum: 0, bands: {} };
    const bands = row.band
      ? { ...cell.bands, [row.band]: (cell.bands[row.band] ?? 0) + row.respondents }
      : cell.bands;
    totals.set(key, {
      respondents: cell.respondents + row.respondents,
      sum: cell.sum + row.sum,
      bands,
    });
  }
  return totals;
}

/** The suppressed report, read but not yet audited. */
async function buildWellbeingReport(
  db: DbOrTx,
  actor: MemberActor,
  input: WellbeingReportInput,
  now: Date,
) {
  const organisationId = actor.membership.organisationId;
  const settings = await getOrganisationSettings(db, organisationId);
  if (!settings) throw new DomainError("NOT_FOUND", "This organisation no longer exists.");
  const periods = reportPeriods({
    granularity: input.granularity,
    count: input.periods,
    at: now,
    timeZone: settings.timeZone,
  });
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new DomainError("INVALID", "Choose at least one period.");
  const range = {
    organisationId,
    timeZone: settings.timeZone,
    granularity: input.granularity,
    from: first.start,
    to: last.end,
  };
  const windows = periods.map((p) => ({ key: p.key, end: p.end < now ? p.end : now }));
  const [cellRows, participantRows, supervisedRows, minuteRows, cosignedRows, ...scoreRows] =
    await Promise.all([
      listReportCells(db, organisationId),
      countParticipants(db, range),
      countSupervised(db, { organisationId, timeZone: settings.timeZone, windows }),
      sumSupervisionMinutes(db, range),
      countCosigned(db, { ...range, now }),
      ...REPORTED.map((r) => sumScores(db, { ...range, ...r })),
    ]);

  const cells: ReportCell[] = cellRows
    .map((c) => ({ key: c.key, name: c.name ?? CELL_NAMES[c.key] ?? c.key, members: c.members }))
    .sort((a, b) => {
      const rank = (c: ReportCell) => (c.key === NO_TEAM ? 1 : c.key === SEVERAL_TEAMS ? 2 : 0);
      return rank(a) - rank(b) || a.name.localeCompare(b.name);
    });
  const chosen = new Set(input.teams ?? []);
  const unknown = [...chosen].filter((key) => !cells.some((c) => c.key === key));
  if (unknown.length > 0)
    throw new DomainError("INVALID", "Choose teams from the list: one of them no longer exists.", {
      teams: ["Choose teams from the list."],
    });
  // Choosing every team, or none, is the whole organisation.
  const selection = chosen.size > 0 && chosen.size < cells.length ? chosen : undefined;
  const participants = new Map(
    participantRows.map((r) => [`${r.period}|${r.cell}`, r.participants]),
  );
  const totals = indexTotals(scoreRows.flat());
  const members = new Map(cells.map((c) => [c.key, c.members]));
  const at = (period: string, cell: string) => `${period}|${cell}`;
  const supervised = new Map(supervisedRows.map((r) => [at(r.period, r.cell), r.supervised]));
  const minutes = new Map(minuteRows.map((r) => [at(r.period, r.cell), r]));
  const cosigned = new Map(cosignedRows.map((r) => [at(r.period, r.cell), r]));
  const monthsIn = new Map(
    periods.map((p) => [p.key, monthsElapsed(p, input.granularity === "month" ? 1 : 3, now)]),
  );
  /**
   * Supervision coverage describes every member of a cell. Hours are averaged over every member
   * but stand for those who logged them, so a team where fewer than k did is hidden: its
   * figure would be a few people's own hours. Cosigning stands for those who logged hours too.
   */
  const rateTotals = (period: string, factor: string, cell: string): RateTotals | undefined => {
    const people = members.get(cell) ?? 0;
    const key = at(period, cell);
    if (factor === "supervised")
      return { respondents: people, numerator: supervised.get(key) ?? 0, denominator: people };
    if (factor === "supervision_hours") {
      const logged = minutes.get(key);
      return {
        respondents: logged?.loggers ?? 0,
        numerator: (logged?.minutes ?? 0) / 60,
        denominator: people * (monthsIn.get(period) ?? 0),
      };
    }
    return cosigned.get(key);
  };

  const report = buildTeamReport({
    k: settings.reportThreshold,
    periods,
    cells,
    measures: MEASURES,
    totals: (period, measure, cell) => totals.get(`${period}|${measure}|${cell}`),
    participants: (period, cell) => participants.get(`${period}|${cell}`) ?? 0,
    rates: FACTORS,
    rateTotals,
    selection,
  });

  return {
    ...report,
    organisationName: settings.name,
    timeZone: settings.timeZone,
    granularity: input.granularity,
    bandLabels: BAND_LABELS,
    selection: selection ? report.cells.map((c) => c.name) : null,
    choices: cells.map(({ key, name }) => ({ key, name })),
    range: { from: first.key, to: last.key },
  };
}

function auditReport(
  db: DbOrTx,
  actor: MemberActor,
  action: "report.viewed" | "report.exported",
  report: Awaited<ReturnType<typeof buildWellbeingReport>>,
) {
  return recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: "report",
    subjectId: "wellbeing",
    data: {
      granularity: report.granularity,
      ...report.range,
      ...(report.selection ? { teams: report.selection } : {}),
    },
  });
}

/** The report for the console; each viewing is audited. */
export async function teamWellbeingReport(
  db: DbOrTx,
  actor: MemberActor,
  input: WellbeingReportInput,
  now = new Date(),
) {
  const report = await buildWellbeingReport(db, actor, input, now);
  await auditReport(db, actor, "report.viewed", report);
  const { range: _range, ...shown } = report;
  return shown;
}

/** The same report as a CSV file (hidden cells marked, never filled); each export is audited. */
export async function teamWellbeingCsv(
  db: DbOrTx,
  actor: MemberActor,
  input: WellbeingReportInput,
  now = new Date(),
) {
  const report = await buildWellbeingReport(db, actor, input, now);
  await auditReport(db, actor, "report.exported", report);
  return {
    filename: `team-wellbeing-${report.range.from}-to-${report.range.to}.csv`,
    csv: teamReportCsv(report, report.bandLabels),
  };
}
