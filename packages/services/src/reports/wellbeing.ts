/**
 * The team wellbeing report for admins: participation, each ProQOL subscale and the weekly
 * pulse, and beside them the protective factors the clinic controls (supervision in the last
 * 30 days, supervision hours, hours cosigned in time, places in peer groups, CE requirements
 * complete, on track or at risk), per team and for the organisation, and the organisation's peer
 * groups active and meetings held, over the last months or quarters. Only totals are read, and
 * `buildTeamReport` hides what the organisation's k does not allow before anything leaves this
 * function.
 */
import type { DbOrTx } from "@tend/db";
import type {
  ComplianceLicence,
  ReportGranularity,
  ReportView,
  ScoreTotalsRow,
} from "@tend/db/queries";
import type { ReportTotals, SnapshotPeriod } from "@tend/db/schema";
import type { LicenceToMeasure, ProgressStatus } from "@tend/development";
import type { InstrumentId } from "@tend/instruments";
import type {
  CellTotals,
  CountDefinition,
  MeasureDefinition,
  RateDefinition,
  ReportCell,
} from "@tend/reports";
import {
  COSIGN_DAYS,
  countCosigned,
  countInPeerGroups,
  countParticipants,
  countSupervised,
  deleteUnusedReportSnapshots,
  getOrganisationSettings,
  listComplianceLicences,
  listGroupsPosting,
  listOrganisationMeetings,
  listReportCells,
  listStaleReportViews,
  markReportViewed,
  NO_TEAM,
  readReportGeneration,
  readReportSnapshot,
  recordAuditEvent,
  saveReportSnapshot,
  SEVERAL_TEAMS,
  sumScores,
  sumSupervisionMinutes,
} from "@tend/db/queries";
import { complianceOn } from "@tend/development";
import { getInstrument } from "@tend/instruments";
import { buildTeamReport, reportPeriods, teamReportCsv } from "@tend/reports";
import { formatLocal } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { heldOccurrences } from "../groups/meetings";

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

/**
 * CE compliance, as protective factors: of the clinicians with a licence to renew, the shares
 * whose CE requirements are complete, on track and at risk, one factor per status.
 */
const CE_COMPLIANCE: readonly {
  status: ProgressStatus;
  id: string;
  label: string;
  higherIsBetter: boolean;
}[] = [
  {
    status: "complete",
    id: "ce_complete",
    label: "CE requirements complete",
    higherIsBetter: true,
  },
  { status: "on-track", id: "ce_on_track", label: "CE on track", higherIsBetter: true },
  { status: "at-risk", id: "ce_at_risk", label: "CE at risk", higherIsBetter: false },
];

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
  {
    id: "in_peer_group",
    label: "In a peer support group",
    unit: "share",
    higherIsBetter: true,
    range: { min: 0, max: 1 },
  },
  ...CE_COMPLIANCE.map(({ id, label, higherIsBetter }): RateDefinition => ({
    id,
    label,
    unit: "share",
    higherIsBetter,
    range: { min: 0, max: 1 },
  })),
];

/** Counts of the whole organisation, shown when at least k clinicians were in a peer group. */
const COUNTS: CountDefinition[] = [
  { id: "groups_active", label: "Peer groups active (met or posted)" },
  { id: "meetings_held", label: "Peer group meetings held" },
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

/**
 * The day a period's CE compliance is measured on, on the organisation's clock: its last day once
 * it has ended, today for the current one. (Its end is the first instant of the next period.)
 */
function complianceDay(period: { end: Date }, now: Date, timeZone: string): string {
  const at = period.end <= now ? new Date(period.end.getTime() - 1) : now;
  return formatLocal(at, timeZone, "yyyy-MM-dd");
}

/**
 * CE compliance per period and cell: the clinicians measured on the period's day (those with a
 * licence held, with a template and a cycle that includes the day), and how many of them stand
 * at each status, the most urgent of their licences'. Keyed `period|cell`.
 */
function tallyCompliance(
  rows: readonly ComplianceLicence[],
  days: readonly { key: string; day: string }[],
): Map<string, { clinicians: number } & Record<ProgressStatus, number>> {
  const byClinician = new Map<number, { cell: string; licences: LicenceToMeasure[] }>();
  for (const { clinician, cell, ...licence } of rows) {
    const found = byClinician.get(clinician) ?? { cell, licences: [] };
    found.licences.push(licence);
    byClinician.set(clinician, found);
  }
  const tally = new Map<string, { clinicians: number } & Record<ProgressStatus, number>>();
  for (const { key, day } of days)
    for (const { cell, licences } of byClinician.values()) {
      const status = complianceOn(licences, day);
      if (status === null) continue;
      const at = `${key}|${cell}`;
      const counts = tally.get(at) ?? { clinicians: 0, complete: 0, "on-track": 0, "at-risk": 0 };
      counts.clinicians++;
      counts[status]++;
      tally.set(at, counts);
    }
  return tally;
}

/** `[key, value]` pairs of the rows that have a value, as a record by cell. */
function byCell<V>(entries: readonly (readonly [string, V | undefined])[]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [cell, value] of entries) if (value !== undefined) out[cell] = value;
  return out;
}

/**
 * How long a computed report is served before it is computed again. Reading every response,
 * hour entry and seat of a large organisation takes seconds; its totals take one row. Changes to
 * people and teams forget the snapshot at once (triggers), so only new answers and hours wait.
 */
export const REPORT_FRESH_FOR_MS = 60 * 60 * 1000;

/**
 * Every total the report is built from, read from the records: the cells, and per period each
 * cell's participation, subscale totals and protective factors. Nothing here is suppressed yet.
 */
async function computeReportTotals(
  db: DbOrTx,
  params: {
    organisationId: string;
    timeZone: string;
    granularity: ReportGranularity;
    periods: readonly { key: string; start: Date; end: Date }[];
    now: Date;
  },
): Promise<ReportTotals> {
  const { organisationId, timeZone, granularity, periods, now } = params;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new DomainError("INVALID", "Choose at least one period.");
  const range = { organisationId, timeZone, granularity, from: first.start, to: last.end };
  const windows = periods.map((p) => ({ key: p.key, end: p.end < now ? p.end : now }));
  const days = periods.map((p) => ({ key: p.key, day: complianceDay(p, now, timeZone) }));
  const [
    cells,
    participantRows,
    supervisedRows,
    groupRows,
    minuteRows,
    cosignedRows,
    meetings,
    postingRows,
    complianceRows,
    ...scoreRows
  ] = await Promise.all([
    listReportCells(db, organisationId),
    countParticipants(db, range),
    countSupervised(db, { organisationId, timeZone, windows }),
    countInPeerGroups(db, { organisationId, windows }),
    sumSupervisionMinutes(db, range),
    countCosigned(db, { ...range, now }),
    listOrganisationMeetings(db, { organisationId, since: first.start }),
    listGroupsPosting(db, range),
    listComplianceLicences(db, {
      organisationId,
      to: complianceDay(last, now, timeZone),
    }),
    ...REPORTED.map((r) => sumScores(db, { ...range, ...r })),
  ]);

  const at = (period: string, cell: string) => `${period}|${cell}`;
  const participants = new Map(participantRows.map((r) => [at(r.period, r.cell), r.participants]));
  const scores = indexTotals(scoreRows.flat());
  const supervised = new Map(supervisedRows.map((r) => [at(r.period, r.cell), r.supervised]));
  const inGroups = new Map(groupRows.map((r) => [at(r.period, r.cell), r.members]));
  const minutes = new Map(minuteRows.map((r) => [at(r.period, r.cell), r]));
  const cosigned = new Map(cosignedRows.map((r) => [at(r.period, r.cell), r]));
  const compliance = tallyCompliance(complianceRows, days);
  const months = granularity === "month" ? 1 : 3;

  /** Meetings held in a period (by their start), in groups not archived by then, and who met. */
  const groupActivity = (period: (typeof periods)[number]) => {
    const held = meetings.flatMap((m) =>
      heldOccurrences(m, { from: period.start, to: period.end }, now)
        .filter((o) => m.groupArchivedAt === null || o.start < m.groupArchivedAt)
        .map(() => m.groupId),
    );
    const posted = postingRows.filter((r) => r.period === period.key).map((r) => r.groupId);
    return { meetingsHeld: held.length, groupsActive: new Set([...held, ...posted]).size };
  };

  const periodTotals = (period: (typeof periods)[number]): SnapshotPeriod => {
    const each = <V>(value: (cell: string, people: number) => V | undefined) =>
      byCell(cells.map((c) => [c.key, value(c.key, c.members)] as const));
    const monthsIn = monthsElapsed(period, months, now);
    const activity = groupActivity(period);
    return {
      key: period.key,
      // Clinicians in a peer group stand behind the counts: fewer than k, and they are hidden.
      counts: {
        respondents: cells.reduce((n, c) => n + (inGroups.get(at(period.key, c.key)) ?? 0), 0),
        values: { groups_active: activity.groupsActive, meetings_held: activity.meetingsHeld },
      },
      participants: each((cell) => participants.get(at(period.key, cell))),
      measures: Object.fromEntries(
        MEASURES.map((m) => [m.id, each((cell) => scores.get(`${period.key}|${m.id}|${cell}`))]),
      ),
      // Supervision coverage describes every member of a cell. Hours are averaged over every
      // member but stand for those who logged them, so a team where fewer than k did is
      // hidden: its figure would be a few people's own hours. Cosigning stands for those who
      // logged hours too.
      rates: {
        supervised: each((cell, people) => ({
          respondents: people,
          numerator: supervised.get(at(period.key, cell)) ?? 0,
          denominator: people,
        })),
        supervision_hours: each((cell, people) => {
          const logged = minutes.get(at(period.key, cell));
          return {
            respondents: logged?.loggers ?? 0,
            numerator: (logged?.minutes ?? 0) / 60,
            denominator: people * monthsIn,
          };
        }),
        // Like supervision coverage, it describes every member of the cell.
        in_peer_group: each((cell, people) => ({
          respondents: people,
          numerator: inGroups.get(at(period.key, cell)) ?? 0,
          denominator: people,
        })),
        cosigned: each((cell) => {
          const row = cosigned.get(at(period.key, cell));
          return (
            row && {
              respondents: row.respondents,
              numerator: row.numerator,
              denominator: row.denominator,
            }
          );
        }),
        // CE compliance describes the clinicians measured on the period's day, each once.
        ...Object.fromEntries(
          CE_COMPLIANCE.map(({ id, status }) => [
            id,
            each((cell) => {
              const row = compliance.get(at(period.key, cell));
              return (
                row && {
                  respondents: row.clinicians,
                  numerator: row[status],
                  denominator: row.clinicians,
                }
              );
            }),
          ]),
        ),
      },
    };
  };
  return { cells, periods: periods.map(periodTotals) };
}

/**
 * The totals for a view as of `now`: the snapshot while it is fresh (computed within
 * `REPORT_FRESH_FOR_MS` for the same periods on the same clock), otherwise computed and kept.
 */
async function reportTotals(
  db: DbOrTx,
  view: ReportView,
  params: {
    timeZone: string;
    periods: readonly { key: string; start: Date; end: Date }[];
    now: Date;
  },
): Promise<{ totals: ReportTotals; computedAt: Date }> {
  const saved = await readReportSnapshot(db, view);
  const age = saved ? params.now.getTime() - saved.computedAt.getTime() : -1;
  if (
    saved?.current &&
    age >= 0 &&
    age < REPORT_FRESH_FOR_MS &&
    saved.timeZone === params.timeZone &&
    saved.totals.periods.map((p) => p.key).join() === params.periods.map((p) => p.key).join() &&
    // Totals saved before the organisation's counts, or CE compliance, were reported are
    // computed again.
    saved.totals.periods.every((p) => p.counts !== undefined && p.rates.ce_complete !== undefined)
  ) {
    await markReportViewed(db, view, params.now);
    return saved;
  }
  // Read first: a change to people or teams while the totals are computed raises it, and the
  // saved totals are then not served again.
  const generation = await readReportGeneration(db, view.organisationId);
  const totals = await computeReportTotals(db, { ...view, ...params });
  await saveReportSnapshot(db, view, {
    timeZone: params.timeZone,
    computedAt: params.now,
    generation,
    viewedAt: params.now,
    totals,
  });
  return { totals, computedAt: params.now };
}

/** The worker computes a view again once it is this old, before it stops being served. */
export const REPORT_REFRESH_AFTER_MS = 45 * 60 * 1000;
/** ...if an admin opened it within this long. */
export const REPORT_KEPT_FRESH_FOR_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The worker's refresh: every view an admin opened in the last week and computed at least
 * `REPORT_REFRESH_AFTER_MS` ago is computed again, one after another, so the next viewing is
 * served at once; views nobody opened for a week are forgotten. A view that fails is counted
 * and left for the next run; the others go on.
 */
export async function refreshReportSnapshots(
  db: DbOrTx,
  now: Date,
): Promise<{ refreshed: number; failed: number; forgotten: number }> {
  const viewedSince = new Date(now.getTime() - REPORT_KEPT_FRESH_FOR_MS);
  const forgotten = await deleteUnusedReportSnapshots(db, viewedSince);
  const views = await listStaleReportViews(db, {
    computedBy: new Date(now.getTime() - REPORT_REFRESH_AFTER_MS),
    viewedSince,
  });
  let refreshed = 0;
  let failed = 0;
  for (const { viewedAt, ...view } of views) {
    try {
      if (await refreshView(db, view, viewedAt, now)) refreshed++;
    } catch {
      failed++;
    }
  }
  return { refreshed, failed, forgotten };
}

/** Computes one view again for the worker; false when its organisation is gone. */
async function refreshView(db: DbOrTx, view: ReportView, viewedAt: Date, now: Date) {
  const settings = await getOrganisationSettings(db, view.organisationId);
  if (!settings) return false;
  const periods = reportPeriods({
    granularity: view.granularity,
    count: view.periods,
    at: now,
    timeZone: settings.timeZone,
  });
  const generation = await readReportGeneration(db, view.organisationId);
  const totals = await computeReportTotals(db, {
    ...view,
    timeZone: settings.timeZone,
    periods,
    now,
  });
  // The last viewing stays as it was: a view nobody opens is forgotten a week after it.
  await saveReportSnapshot(db, view, {
    timeZone: settings.timeZone,
    computedAt: now,
    generation,
    viewedAt,
    totals,
  });
  return true;
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
  const { totals, computedAt } = await reportTotals(
    db,
    { organisationId, granularity: input.granularity, periods: input.periods },
    { timeZone: settings.timeZone, periods, now },
  );

  const cells: ReportCell[] = totals.cells
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
  const byPeriod = new Map(totals.periods.map((p) => [p.key, p]));

  const report = buildTeamReport({
    k: settings.reportThreshold,
    periods,
    cells,
    measures: MEASURES,
    totals: (period, measure, cell) => byPeriod.get(period)?.measures[measure]?.[cell],
    participants: (period, cell) => byPeriod.get(period)?.participants[cell] ?? 0,
    rates: FACTORS,
    rateTotals: (period, factor, cell) => byPeriod.get(period)?.rates[factor]?.[cell],
    counts: COUNTS,
    countTotals: (period) => byPeriod.get(period)?.counts,
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
    asOf: computedAt.toISOString(),
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
