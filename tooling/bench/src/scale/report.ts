/**
 * The team report at scale (issue 9): the server time of `teamWellbeingReport` (as
 * `report.wellbeing` runs it: the snapshot or the queries, the suppression and the audit event)
 * for an admin of the 10,000-clinician organisation, beside one hand-written SQL statement that
 * computes the same figures (participation, each subscale's respondents, sums and bands, and the
 * protective factors, per period and cell). Two figures per view: as served (the snapshot is
 * fresh, as it is for every viewing but the first in an hour) and as computed afresh (the
 * snapshot forgotten before each run, as after a change to people or teams). The figures are
 * compared before anything is timed, so the baseline cannot be faster by computing less.
 */
import type { Sql } from "postgres";

import type { Db } from "@tend/db";
import type { ReportGranularity } from "@tend/db/queries";
import type { ShownCell, SuppressedBreakdown } from "@tend/reports";
import type { MemberActor } from "@tend/services/actor";
import { createDb } from "@tend/db";
import { COSIGN_DAYS, resolveSession } from "@tend/db/queries";
import { reportPeriods } from "@tend/reports";
import { teamWellbeingReport } from "@tend/services/reports";

import type { Figure } from "../report";
import type { Persona } from "./queries";
import { median, note, printFigures } from "../report";
import { ANCHOR } from "./generate";

const RUNS = 15;
const WARM_UPS = 3;
/** Computing afresh takes seconds at this size: fewer runs. */
const COLD_RUNS = 5;
const BUDGET_MS = 150;
const BUDGET_RATIO = 1.5;

/** The views the console offers: six months, or four quarters. */
const VIEWS: { granularity: ReportGranularity; periods: number }[] = [
  { granularity: "month", periods: 6 },
  { granularity: "quarter", periods: 4 },
];

/**
 * Everything the report reads, in one statement: each clinician's cell once, the responses
 * once. Parameters: organisation, zone, from, to, 'month' | 'quarter', now, the periods' keys
 * and the ends of their 30-day windows.
 */
const HAND_WRITTEN = `
with cells as materialized (
  select m.user_id, m.id as membership_id,
    case count(t.id) when 0 then 'none' when 1 then min(t.id::text) else 'several' end as cell
  from memberships m
  left join team_members tm on tm.membership_id = m.id and tm.organisation_id = m.organisation_id
  left join teams t on t.id = tm.team_id and t.archived_at is null
  where m.organisation_id = $1 and 'clinician' = any(m.roles) and m.deactivated_at is null
  group by m.user_id, m.id
),
responses as materialized (
  select r.user_id, r.instrument_id, r.result, r.completed_at,
    to_char(date_trunc($5, r.completed_at at time zone $2),
      case $5 when 'month' then 'YYYY-MM' else 'YYYY-"Q"Q' end) as period
  from check_responses r
  where r.organisation_id = $1 and r.completed_at >= $3 and r.completed_at < $4
),
latest as (
  select distinct on (user_id, instrument_id, period) user_id, period, result
  from responses where instrument_id in ('proqol5', 'pulse')
  order by user_id, instrument_id, period, completed_at desc
),
windows as (select * from unnest($7::text[], $8::timestamptz[]) w(period, window_end))
select 'members' as kind, null as period, cell, null as measure, null as band,
  count(*)::int as n, 0::float8 as total, 0::int as of
from cells group by cell
union all
select 'participation', r.period, c.cell, null, null, count(distinct r.user_id)::int, 0, 0
from responses r join cells c using (user_id) group by 2, 3
union all
select 'score', l.period, c.cell, s->>'subscaleId', s->'band'->>'id', count(*)::int,
  sum((s->>'score')::float8), 0
from latest l join cells c using (user_id)
cross join lateral jsonb_array_elements(l.result->'subscales') s
where s->>'score' is not null
  and s->>'subscaleId' in ('compassion_satisfaction', 'burnout', 'secondary_traumatic_stress', 'pulse')
group by 2, 3, 4, 5
union all
select 'supervised', w.period, c.cell, null, null, count(*)::int, 0, 0
from windows w cross join cells c
where exists (
    select 1 from session_participants sp join supervision_sessions s on s.id = sp.session_id
    where sp.membership_id = c.membership_id and sp.status = 'seated'
      and sp.attendance is distinct from 'absent' and s.cancelled_at is null
      and sp.starts_at >= w.window_end - interval '30 days' and sp.starts_at < w.window_end)
  or exists (
    select 1 from hour_entries h
    where h.supervisee_membership_id = c.membership_id and h.status <> 'returned'
      and h.date >= ((w.window_end at time zone $2) - interval '30 days')::date
      and h.date <= (w.window_end at time zone $2)::date)
group by 2, 3
union all
select 'minutes',
  to_char(date_trunc($5, h.date::timestamp), case $5 when 'month' then 'YYYY-MM' else 'YYYY-"Q"Q' end),
  c.cell, null, null, 0, sum(h.minutes)::float8, 0
from hour_entries h join cells c on c.membership_id = h.supervisee_membership_id
where h.organisation_id = $1 and h.status <> 'returned'
  and h.date >= ($3::timestamptz at time zone $2)::date and h.date < ($4::timestamptz at time zone $2)::date
group by 2, 3
union all
select 'cosigned',
  to_char(date_trunc($5, h.created_at at time zone $2), case $5 when 'month' then 'YYYY-MM' else 'YYYY-"Q"Q' end),
  c.cell, null, null, count(distinct h.supervisee_membership_id)::int,
  count(*) filter (where h.signed_at <= h.created_at + make_interval(days => ${COSIGN_DAYS}))::float8,
  count(*)::int
from hour_entries h join cells c on c.membership_id = h.supervisee_membership_id
where h.organisation_id = $1 and h.created_at >= $3 and h.created_at < $4
  and (h.signed_at is not null or h.created_at <= $6::timestamptz - make_interval(days => ${COSIGN_DAYS}))
group by 2, 3`;

interface Row {
  kind: string;
  period: string | null;
  cell: string;
  measure: string | null;
  band: string | null;
  n: number;
  total: number;
  of: number;
}

async function adminActor(db: Db, persona: Persona): Promise<MemberActor> {
  const session = await resolveSession(db, { userId: persona.admin.userId, sessionVersion: 0 });
  if (!session.caller || !session.membership) throw new Error("the generated admin has no session");
  return { userId: persona.admin.userId, ...session.caller, membership: session.membership };
}

/** The median of `runs` timed runs after `warmUps`; `before` runs untimed ahead of each. */
async function timed(
  run: () => Promise<unknown>,
  options: { runs?: number; warmUps?: number; before?: () => Promise<unknown> } = {},
): Promise<number> {
  const { runs = RUNS, warmUps = WARM_UPS, before } = options;
  for (let i = 0; i < warmUps; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A breakdown's total when it is shown. */
function shownTotal<V>(b: SuppressedBreakdown<V> | undefined): ShownCell<V> | null {
  return b?.status === "published" && b.total.status === "shown" ? b.total : null;
}

/** The organisation's figures per period from both, which must agree before either is timed. */
function compare(
  report: Awaited<ReturnType<typeof teamWellbeingReport>>,
  rows: readonly Row[],
): string[] {
  const problems: string[] = [];
  const sum = (kind: string, period: string, measure: string | null = null) =>
    rows
      .filter((r) => r.kind === kind && r.period === period && r.measure === measure)
      .reduce((acc, r) => ({ n: acc.n + r.n, total: acc.total + r.total }), { n: 0, total: 0 });
  for (const [i, period] of report.periods.entries()) {
    const check = (what: string, shown: number | null, expected: number) => {
      if (shown !== null && Math.abs(shown - expected) > 1e-6)
        problems.push(`${what} ${period.key}: report ${shown}, SQL ${expected}`);
    };
    check(
      "participation",
      shownTotal(report.participation.periods[i]?.breakdown)?.respondents ?? null,
      sum("participation", period.key).n,
    );
    for (const measure of report.measures) {
      const shown = shownTotal(measure.periods[i]?.breakdown);
      const { n, total: scoreSum } = sum("score", period.key, measure.id);
      // Bands are counted once per respondent; a subscale's rows are its bands.
      check(`${measure.id} respondents`, shown?.respondents ?? null, n);
      if (shown && "mean" in shown.value)
        check(`${measure.id} mean`, shown.value.mean, Math.round((scoreSum / n) * 10) / 10);
    }
    const supervised = report.factors.find((f) => f.id === "supervised");
    const members = rows.filter((r) => r.kind === "members").reduce((n, r) => n + r.n, 0);
    const shownSupervised = shownTotal(supervised?.periods[i]?.breakdown);
    if (shownSupervised && "rate" in shownSupervised.value)
      check(
        "supervised share",
        shownSupervised.value.rate,
        Math.round((sum("supervised", period.key).n / members) * 1000) / 1000,
      );
  }
  return problems;
}

/** Times the report and the hand-written statement for an admin of `persona`'s organisation. */
export async function reportFigures(
  url: string,
  sql: Sql,
  persona: Persona,
  title: string,
): Promise<void> {
  const db = createDb(url);
  try {
    const actor = await adminActor(db, persona);
    const [org] = await sql<{ timeZone: string }[]>`
      select time_zone as "timeZone" from organisations where id = ${persona.organisationId}`;
    const timeZone = org?.timeZone ?? "UTC";
    const figures: Figure[] = [];
    const problems: string[] = [];
    for (const view of VIEWS) {
      const periods = reportPeriods({
        granularity: view.granularity,
        count: view.periods,
        at: ANCHOR,
        timeZone,
      });
      const first = periods[0];
      const last = periods.at(-1);
      if (!first || !last) throw new Error("no periods");
      const params = [
        persona.organisationId,
        timeZone,
        first.start.toISOString(),
        last.end.toISOString(),
        view.granularity,
        ANCHOR.toISOString(),
        periods.map((p) => p.key),
        periods.map((p) => (p.end < ANCHOR ? p.end : ANCHOR).toISOString()),
      ];
      const handWritten = () => sql.unsafe<Row[]>(HAND_WRITTEN, params);
      const report = () => teamWellbeingReport(db, actor, view, ANCHOR);
      problems.push(...compare(await report(), await handWritten()));
      const servedMs = await timed(report);
      const forget = () =>
        sql`delete from report_snapshots where organisation_id = ${persona.organisationId}`;
      const computedMs = await timed(report, { runs: COLD_RUNS, warmUps: 1, before: forget });
      const handMs = await timed(handWritten, { runs: COLD_RUNS, warmUps: 1 });
      const views = `${view.periods} ${view.granularity}s`;
      figures.push(
        {
          label: `team report, ${views}, as served (p50 of ${RUNS})`,
          project: servedMs,
          baseline: handMs,
          unit: "ms",
          target: {
            text: `≤ ${BUDGET_MS} ms and ≤ ${BUDGET_RATIO}×`,
            holds: (p, b) => p <= BUDGET_MS && p <= BUDGET_RATIO * b,
          },
        },
        {
          label: `team report, ${views}, computed afresh (p50 of ${COLD_RUNS})`,
          project: computedMs,
          baseline: handMs,
          unit: "ms",
          target: { text: `≤ ${BUDGET_RATIO}×`, holds: (p, b) => p <= BUDGET_RATIO * b },
        },
      );
    }
    printFigures(title, figures);
    note(
      "Project: teamWellbeingReport (the report.wellbeing procedure's work: the snapshot or its " +
        "queries on a pool of 10 connections, the suppression and the audit event) at the end " +
        `of the generated history: as served, median of ${RUNS} after ${WARM_UPS} warm-ups; ` +
        `computed afresh (snapshot deleted before each), median of ${COLD_RUNS}. Baseline: one ` +
        "hand-written statement computing the same figures per period and team from the " +
        `records, median of ${COLD_RUNS}, on one connection; the organisation's figures of both ` +
        "were compared first" +
        (problems.length ? ": they differ." : " and agree."),
    );
    for (const p of problems) console.log(`  ⚠ ${p}`);
  } finally {
    await db.close();
  }
}
