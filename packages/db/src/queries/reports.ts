/**
 * Aggregates for the admin's team reports. Every function returns totals per period and cell
 * (never a person's row): what the report's suppression then decides to show.
 *
 * A cell is where a clinician counts in the team breakdown: their team when they are in
 * exactly one, `none` when in none, `several` when in more than one, so that the cells are
 * disjoint and add up to the organisation.
 */
import type { SQL } from "drizzle-orm";
import { and, eq, gte, lt, lte, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { ReportTotals } from "../schema";
import {
  checkResponses,
  groupMembers,
  groupPosts,
  hourEntries,
  memberships,
  peerGroups,
  reportGenerations,
  reportSnapshots,
  sessionParticipants,
  supervisionSessions,
  teamMembers,
  teams,
} from "../schema";

export const NO_TEAM = "none";
export const SEVERAL_TEAMS = "several";

export type ReportGranularity = "month" | "quarter";

export interface ReportRange {
  organisationId: string;
  /** The organisation's zone: periods are months or quarters on its clock. */
  timeZone: string;
  granularity: ReportGranularity;
  from: Date;
  to: Date;
}

/**
 * Each active clinician's cell (user and membership id → cell key), as a common table
 * expression. Deactivated members are not counted, and archived teams are not cells (their
 * members count as in none). Every report query finds its clinicians here (`ce-compliance.ts`
 * too), so their cells always add up to the organisation.
 */
export function clinicianCells(organisationId: string): SQL {
  return sql`
    select m.user_id, m.id as membership_id,
      case when count(tm.team_id) = 0 then ${NO_TEAM}::text
           when count(tm.team_id) = 1 then min(tm.team_id::text)
           else ${SEVERAL_TEAMS}::text end as cell
    from ${memberships} m
    left join (${teamMembers} tm
      join ${teams} live on live.id = tm.team_id and live.archived_at is null)
      on tm.membership_id = m.id and tm.organisation_id = m.organisation_id
    where m.organisation_id = ${organisationId} and 'clinician' = any(m.roles)
      and m.deactivated_at is null
    group by m.user_id, m.id`;
}

/** A response's period key on the organisation's clock: "2026-11" or "2026-Q4". */
function periodOf(range: ReportRange): SQL {
  const local = sql`(r.completed_at at time zone ${range.timeZone}::text)`;
  return range.granularity === "month"
    ? sql`to_char(date_trunc('month', ${local}), 'YYYY-MM')`
    : sql`to_char(date_trunc('quarter', ${local}), 'YYYY-"Q"Q')`;
}

/** The organisation's teams and the other cells, with how many clinicians count in each. */
export async function listReportCells(
  db: DbOrTx,
  organisationId: string,
): Promise<{ key: string; name: string | null; members: number }[]> {
  const rows = await db.execute<{ key: string; name: string | null; members: number }>(sql`
    with cells as (${clinicianCells(organisationId)})
    select t.id::text as key, t.name, count(c.user_id)::int as members
    from ${teams} t left join cells c on c.cell = t.id::text
    where t.organisation_id = ${organisationId} and t.archived_at is null
    group by t.id, t.name
    union all
    select c.cell as key, null::text as name, count(*)::int as members
    from cells c where c.cell in (${NO_TEAM}::text, ${SEVERAL_TEAMS}::text)
    group by c.cell`);
  return [...rows];
}

/** How many of each cell's clinicians completed any check in each period. */
export async function countParticipants(
  db: DbOrTx,
  range: ReportRange,
): Promise<{ period: string; cell: string; participants: number }[]> {
  const rows = await db.execute<{ period: string; cell: string; participants: number }>(sql`
    with cells as (${clinicianCells(range.organisationId)})
    select ${periodOf(range)} as period, c.cell, count(distinct r.user_id)::int as participants
    from ${checkResponses} r join cells c on c.user_id = r.user_id
    where r.organisation_id = ${range.organisationId}
      and r.completed_at >= ${range.from.toISOString()}::timestamptz
      and r.completed_at < ${range.to.toISOString()}::timestamptz
    group by 1, 2`);
  return [...rows];
}

export interface ScoreTotalsRow {
  period: string;
  cell: string;
  subscaleId: string;
  /** A band id, or null for a subscale without bands. */
  band: string | null;
  respondents: number;
  sum: number;
}

/**
 * Totals of some of an instrument's subscales per period, cell and band, counting each
 * clinician's latest response in a period once (unscored subscales are left out).
 */
export async function sumScores(
  db: DbOrTx,
  range: ReportRange & { instrumentId: string; subscaleIds: readonly string[] },
): Promise<ScoreTotalsRow[]> {
  if (range.subscaleIds.length === 0) return [];
  const subscales = sql.join(
    range.subscaleIds.map((id) => sql`${id}::text`),
    sql`, `,
  );
  const rows = await db.execute<{
    period: string;
    cell: string;
    subscale_id: string;
    band: string | null;
    respondents: number;
    sum: number;
  }>(sql`
    with cells as (${clinicianCells(range.organisationId)}),
    latest as (
      -- Each person's latest response per period is chosen on narrow rows; only those
      -- responses' results are read (sorting every result along would spill to disk).
      select distinct on (p.user_id, p.period) p.id, p.user_id, p.period
      from (
        select r.id, r.user_id, ${periodOf(range)} as period, r.completed_at
        from ${checkResponses} r
        where r.organisation_id = ${range.organisationId}
          and r.instrument_id = ${range.instrumentId}
          and r.completed_at >= ${range.from.toISOString()}::timestamptz
          and r.completed_at < ${range.to.toISOString()}::timestamptz
      ) p
      order by p.user_id, p.period, p.completed_at desc
    )
    select l.period, c.cell, s->>'subscaleId' as subscale_id, s->'band'->>'id' as band,
      count(*)::int as respondents, sum((s->>'score')::float8) as sum
    from latest l
    join ${checkResponses} r on r.id = l.id
    join cells c on c.user_id = l.user_id
    cross join lateral jsonb_array_elements(r.result->'subscales') s
    where s->>'score' is not null and s->>'subscaleId' in (${subscales})
    group by 1, 2, 3, 4`);
  return rows.map((r) => ({
    period: r.period,
    cell: r.cell,
    subscaleId: r.subscale_id,
    band: r.band,
    respondents: r.respondents,
    sum: Number(r.sum),
  }));
}

/** A protective factor's parts per period and cell, as `@tend/reports` rates take them. */
export interface FactorRow {
  period: string;
  cell: string;
  /** The clinicians the figure describes (for a share of members, see the caller). */
  respondents: number;
  numerator: number;
  denominator: number;
}

/** A period's key and the instant its 30-day window ends: its end, or now for the current one. */
export interface PeriodWindow {
  key: string;
  end: Date;
}

function windowsOf(periods: readonly PeriodWindow[]): SQL {
  return sql.join(
    periods.map((p) => sql`(${p.key}::text, ${p.end.toISOString()}::timestamptz)`),
    sql`, `,
  );
}

/**
 * How many of each cell's clinicians had supervision in the 30 days before each window's end:
 * a seat in a session that was not cancelled and that they did not miss, or an hour entry
 * (not returned) dated on a day that begins in those 30 days on the organisation's clock. `numerator` is the count;
 * the caller divides by the cell's members.
 */
export async function countSupervised(
  db: DbOrTx,
  params: { organisationId: string; timeZone: string; windows: readonly PeriodWindow[] },
): Promise<{ period: string; cell: string; supervised: number }[]> {
  if (params.windows.length === 0) return [];
  const tz = sql`${params.timeZone}::text`;
  const ends = params.windows.map((w) => w.end.getTime());
  const from = new Date(Math.min(...ends) - 30 * 86_400_000).toISOString();
  const to = new Date(Math.max(...ends)).toISOString();
  // Every supervision of the organisation's clinicians in the windows' span, read once, then
  // matched to each window: a seat's start, or an hour entry's date (as local days).
  const rows = await db.execute<{ period: string; cell: string; supervised: number }>(sql`
    with cells as (${clinicianCells(params.organisationId)}),
    w(period, window_end) as (values ${windowsOf(params.windows)}),
    seats as (
      select sp.membership_id, sp.starts_at
      from ${sessionParticipants} sp join ${supervisionSessions} s on s.id = sp.session_id
      where sp.organisation_id = ${params.organisationId} and sp.status = 'seated'
        and sp.attendance is distinct from 'absent' and s.cancelled_at is null
        and sp.starts_at >= ${from}::timestamptz and sp.starts_at < ${to}::timestamptz),
    days as (
      select distinct h.supervisee_membership_id as membership_id, h.date
      from ${hourEntries} h
      where h.organisation_id = ${params.organisationId} and h.status <> 'returned'
        and h.date >= (${from}::timestamptz at time zone ${tz})::date
        and h.date <= (${to}::timestamptz at time zone ${tz})::date),
    supervised as (
      select w.period, x.membership_id from w join seats x
        on x.starts_at >= w.window_end - interval '30 days' and x.starts_at < w.window_end
      union
      select w.period, d.membership_id from w join days d
        on (d.date::timestamp at time zone ${tz}) >= w.window_end - interval '30 days'
        and (d.date::timestamp at time zone ${tz}) < w.window_end)
    select s.period, c.cell, count(*)::int as supervised
    from supervised s join cells c on c.membership_id = s.membership_id
    group by 1, 2`);
  return [...rows];
}

/**
 * How many of each cell's clinicians belonged to a peer group at each window's end: an active
 * place (joined before it, not left or removed before it) in a group not archived before it.
 * The end is not in the period, so a place that begins at the instant it ends is not counted. The
 * caller divides by the cell's members. Which group, and who, never leave this query.
 */
export async function countInPeerGroups(
  db: DbOrTx,
  params: { organisationId: string; windows: readonly PeriodWindow[] },
): Promise<{ period: string; cell: string; members: number }[]> {
  if (params.windows.length === 0) return [];
  const rows = await db.execute<{ period: string; cell: string; members: number }>(sql`
    with cells as (${clinicianCells(params.organisationId)}),
    w(period, window_end) as (values ${windowsOf(params.windows)}),
    placed as (
      select distinct w.period, gm.membership_id
      from w join ${groupMembers} gm
        on gm.organisation_id = ${params.organisationId}
        and gm.status in ('active', 'left', 'removed')
        and gm.joined_at < w.window_end
        and (gm.ended_at is null or gm.ended_at >= w.window_end)
      join ${peerGroups} g on g.id = gm.group_id
        and (g.archived_at is null or g.archived_at >= w.window_end))
    select p.period, c.cell, count(*)::int as members
    from placed p join cells c on c.membership_id = p.membership_id
    group by 1, 2`);
  return [...rows];
}

/**
 * Which peer groups had a discussion post written in each period (on the organisation's clock),
 * for counting the groups active: group ids only, never who wrote or what.
 */
export async function listGroupsPosting(
  db: DbOrTx,
  range: ReportRange,
): Promise<{ period: string; groupId: string }[]> {
  const local = sql`(p.created_at at time zone ${range.timeZone}::text)`;
  const period =
    range.granularity === "month"
      ? sql`to_char(date_trunc('month', ${local}), 'YYYY-MM')`
      : sql`to_char(date_trunc('quarter', ${local}), 'YYYY-"Q"Q')`;
  const rows = await db.execute<{ period: string; groupId: string }>(sql`
    select distinct ${period} as period, p.group_id::text as "groupId"
    from ${groupPosts} p
    where p.organisation_id = ${range.organisationId}
      and p.created_at >= ${range.from.toISOString()}::timestamptz
      and p.created_at < ${range.to.toISOString()}::timestamptz`);
  return [...rows];
}

/**
 * Supervision minutes logged (hour entries not returned) per period and cell, by the entry's
 * date, and how many clinicians logged them; periods are months or quarters of those dates.
 */
export async function sumSupervisionMinutes(
  db: DbOrTx,
  range: ReportRange,
): Promise<{ period: string; cell: string; minutes: number; loggers: number }[]> {
  const tz = sql`${range.timeZone}::text`;
  const period =
    range.granularity === "month"
      ? sql`to_char(h.date, 'YYYY-MM')`
      : sql`to_char(date_trunc('quarter', h.date::timestamp), 'YYYY-"Q"Q')`;
  const rows = await db.execute<{
    period: string;
    cell: string;
    minutes: number;
    loggers: number;
  }>(sql`
    with cells as (${clinicianCells(range.organisationId)})
    select ${period} as period, c.cell, sum(h.minutes)::int as minutes,
      count(distinct h.supervisee_membership_id)::int as loggers
    from ${hourEntries} h join cells c on c.membership_id = h.supervisee_membership_id
    where h.organisation_id = ${range.organisationId} and h.status <> 'returned'
      and h.date >= (${range.from.toISOString()}::timestamptz at time zone ${tz})::date
      and h.date < (${range.to.toISOString()}::timestamptz at time zone ${tz})::date
    group by 1, 2`);
  return [...rows];
}

/** How long a supervisor has to cosign an hour entry before it counts as late. */
export const COSIGN_DAYS = 14;

/**
 * Hour entries logged in each period (by when they were logged) whose outcome is known: signed,
 * or unsigned for longer than `COSIGN_DAYS` by `now` (not those sent back to be corrected). `numerator` is those signed within
 * `COSIGN_DAYS` of being logged, `respondents` the clinicians who logged them.
 */
export async function countCosigned(
  db: DbOrTx,
  range: ReportRange & { now: Date },
): Promise<FactorRow[]> {
  const local = sql`(h.created_at at time zone ${range.timeZone}::text)`;
  const period =
    range.granularity === "month"
      ? sql`to_char(date_trunc('month', ${local}), 'YYYY-MM')`
      : sql`to_char(date_trunc('quarter', ${local}), 'YYYY-"Q"Q')`;
  const days = sql`make_interval(days => ${COSIGN_DAYS})`;
  const rows = await db.execute<{
    period: string;
    cell: string;
    respondents: number;
    numerator: number;
    denominator: number;
  }>(sql`
    with cells as (${clinicianCells(range.organisationId)})
    select ${period} as period, c.cell,
      count(distinct h.supervisee_membership_id)::int as respondents,
      count(*) filter (where h.signed_at <= h.created_at + ${days})::int as numerator,
      count(*)::int as denominator
    from ${hourEntries} h join cells c on c.membership_id = h.supervisee_membership_id
    where h.organisation_id = ${range.organisationId} and h.status <> 'returned'
      and h.created_at >= ${range.from.toISOString()}::timestamptz
      and h.created_at < ${range.to.toISOString()}::timestamptz
      and (h.signed_at is not null or h.created_at <= ${range.now.toISOString()}::timestamptz - ${days})
    group by 1, 2`);
  return [...rows];
}

/** Which report a snapshot holds: an organisation's view of so many months or quarters. */
export interface ReportView {
  organisationId: string;
  granularity: ReportGranularity;
  periods: number;
}

export interface ReportSnapshot {
  timeZone: string;
  computedAt: Date;
  /** The organisation's report generation read before the totals were computed. */
  generation: number;
  totals: ReportTotals;
}

/** The organisation's report generation now (0 before any change to people or teams). */
export async function readReportGeneration(db: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ generation: reportGenerations.generation })
    .from(reportGenerations)
    .where(eq(reportGenerations.organisationId, organisationId));
  return row?.generation ?? 0;
}

const viewKey = (view: ReportView) =>
  and(
    eq(reportSnapshots.organisationId, view.organisationId),
    eq(reportSnapshots.granularity, view.granularity),
    eq(reportSnapshots.periods, view.periods),
  );

/**
 * The totals last computed for a view, if any (see `report_snapshots`), with whether they are
 * of the organisation's current generation (no change to people or teams since).
 */
export async function readReportSnapshot(
  db: DbOrTx,
  view: ReportView,
): Promise<(ReportSnapshot & { current: boolean }) | null> {
  const [row] = await db
    .select({
      timeZone: reportSnapshots.timeZone,
      computedAt: reportSnapshots.computedAt,
      generation: reportSnapshots.generation,
      totals: reportSnapshots.totals,
      current: sql<boolean>`${reportSnapshots.generation} = coalesce(${reportGenerations.generation}, 0)`,
    })
    .from(reportSnapshots)
    .leftJoin(
      reportGenerations,
      eq(reportGenerations.organisationId, reportSnapshots.organisationId),
    )
    .where(viewKey(view));
  return row ?? null;
}

/**
 * Keeps a view's totals as computed at `computedAt`, replacing the last ones; `viewedAt` when
 * an admin is opening it (the worker's refreshes leave it as it was).
 */
export async function saveReportSnapshot(
  db: DbOrTx,
  view: ReportView,
  snapshot: ReportSnapshot & { viewedAt?: Date },
): Promise<void> {
  const { viewedAt, ...kept } = snapshot;
  await db
    .insert(reportSnapshots)
    .values({ ...view, ...kept, viewedAt: viewedAt ?? snapshot.computedAt })
    .onConflictDoUpdate({
      target: [
        reportSnapshots.organisationId,
        reportSnapshots.granularity,
        reportSnapshots.periods,
      ],
      set: {
        ...kept,
        viewedAt: viewedAt
          ? sql`greatest(${reportSnapshots.viewedAt}, excluded.viewed_at)`
          : reportSnapshots.viewedAt,
      },
      // A slower computation never replaces totals computed later than its own.
      setWhere: sql`${reportSnapshots.computedAt} <= excluded.computed_at`,
    });
}

/** Records that an admin opened a view at `at`. */
export async function markReportViewed(db: DbOrTx, view: ReportView, at: Date): Promise<void> {
  await db.update(reportSnapshots).set({ viewedAt: at }).where(viewKey(view));
}

/**
 * Forgets the views nobody opened since `viewedBefore`: their totals (which include groups too
 * small to show) are kept no longer than they are used.
 */
export async function deleteUnusedReportSnapshots(db: DbOrTx, viewedBefore: Date): Promise<number> {
  const rows = await db
    .delete(reportSnapshots)
    .where(lt(reportSnapshots.viewedAt, viewedBefore))
    .returning({ organisationId: reportSnapshots.organisationId });
  return rows.length;
}

/** The views computed by `computedBy` that an admin opened since `viewedSince`. */
export async function listStaleReportViews(
  db: DbOrTx,
  params: { computedBy: Date; viewedSince: Date },
): Promise<(ReportView & { viewedAt: Date })[]> {
  return db
    .select({
      organisationId: reportSnapshots.organisationId,
      granularity: reportSnapshots.granularity,
      periods: reportSnapshots.periods,
      viewedAt: reportSnapshots.viewedAt,
    })
    .from(reportSnapshots)
    .where(
      and(
        lte(reportSnapshots.computedAt, params.computedBy),
        gte(reportSnapshots.viewedAt, params.viewedSince),
      ),
    )
    .orderBy(reportSnapshots.computedAt);
}
