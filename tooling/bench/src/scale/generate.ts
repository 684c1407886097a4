/**
 * The scale data set of issue 7: an organisation of 10,000 clinicians in 200 teams with two
 * years of weekly pulses and monthly ProQOL results (1.28 M responses) and supervision hours
 * logged every four weeks (255,000 entries), and beside it a
 * 35-person organisation with the same history, in one database. Everything is inserted
 * set-based (`insert … select … from generate_series`), so it takes a minute or two, not hours.
 *
 * The data is the same on every run: no randomness, every variation is arithmetic on the
 * person's number. Addresses are under `scale.example` (a reserved domain: nothing can be
 * delivered there).
 */
import type { Sql } from "postgres";

import type { InstrumentId } from "@tend/instruments";
import { getInstrument, scoreResponses, STRATEGY_IDS } from "@tend/instruments";

/** The moment the generated history ends at; the reminder scans run just after it. */
export const ANCHOR = new Date("2026-03-04T10:00:00Z"); // a Wednesday

export interface ScaleOrganisation {
  slug: string;
  name: string;
  /** Clinicians, numbered 1…n; the first of every team also supervises the rest of it. */
  clinicians: number;
  teamSize: number;
  /** People with the admin role only. */
  admins: number;
}

export const LARGE: ScaleOrganisation = {
  slug: "scale-10k",
  name: "Scale Health",
  clinicians: 10_000,
  teamSize: 50,
  admins: 5,
};
/** 33 clinicians in three teams and two admins: 35 people. */
export const SMALL: ScaleOrganisation = {
  slug: "scale-35",
  name: "Small Practice",
  clinicians: 33,
  teamSize: 11,
  admins: 2,
};

const WEEKS = 104;
const MONTHS = 24;
/** Supervision hours logged every four weeks for two years. */
const SUPERVISION_MONTHS = 26;
const TEMPLATES = 8;

/**
 * Where people live: most in London, some in zones where 10:00 UTC is night (their quiet
 * hours), so the scan meets people it must not remind yet.
 */
const ZONES = [
  "Europe/London",
  "Europe/London",
  "Europe/London",
  "Europe/London",
  "Europe/London",
  "Europe/London",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata",
  "Australia/Sydney",
];

/** Eight scored answer sets per instrument, from calm to strained, to vary stored results. */
function templates(instrumentId: InstrumentId) {
  const instrument = getInstrument(instrumentId);
  return Array.from({ length: TEMPLATES }, (_, n) => {
    const answers = Object.fromEntries(
      instrument.items.map((item, index) => {
        const options = item.options;
        const option = options[(n + index) % options.length] ?? options[0];
        return [item.id, option?.value ?? 0];
      }),
    );
    const result = scoreResponses(instrumentId, answers);
    return { n, version: result.instrumentVersion, answers, result };
  });
}

/** Whether the scale organisations are already in this database. */
export async function scaleDataPresent(sql: Sql): Promise<boolean> {
  const rows =
    await sql`select count(*)::int as n from organisations where slug in (${LARGE.slug}, ${SMALL.slug})`;
  return rows[0]?.n === 2;
}

/** One organisation: people, teams, supervision, history, cadences, plans, shares, audit trail, mail. */
async function generateOrganisation(sql: Sql, org: ScaleOrganisation): Promise<void> {
  const created = new Date(ANCHOR.getTime() - 2 * 366 * 86_400_000);
  const [organisation] = await sql<{ id: string }[]>`
    insert into organisations (name, slug, time_zone) values (${org.name}, ${org.slug}, 'Europe/London')
    returning id`;
  if (!organisation) throw new Error("organisation insert returned no row");
  const orgId = organisation.id;
  const teams = Math.ceil(org.clinicians / org.teamSize);

  // Ids decided up front, so every later insert joins on a person's number.
  await sql`drop table if exists scale_people, scale_teams`;
  await sql`
    create temp table scale_people as
    select i, gen_random_uuid() as user_id, gen_random_uuid() as membership_id,
      (i - 1) / ${org.teamSize}::int as team, (i - 1) % ${org.teamSize}::int = 0 as supervises
    from generate_series(1, ${org.clinicians}::int) i`;
  await sql`create temp table scale_teams as
    select t as team, gen_random_uuid() as team_id from generate_series(0, ${teams - 1}::int) t`;
  await sql`analyze scale_people`;

  await sql`
    insert into users (id, name, email, email_verified, time_zone, created_at, updated_at)
    select user_id, format('%s clinician %s', ${org.name}::text, lpad(i::text, 5, '0')),
      format('clinician-%s@%s.scale.example', i, ${org.slug}::text), ${created}, (${ZONES}::text[])[1 + i % ${ZONES.length}::int],
      ${created}, ${created}
    from scale_people`;
  await sql`
    insert into users (name, email, email_verified, created_at, updated_at)
    select format('%s admin %s', ${org.name}::text, a), format('admin-%s@%s.scale.example', a, ${org.slug}::text),
      ${created}, ${created}, ${created}
    from generate_series(1, ${org.admins}::int) a`;
  await sql`
    insert into memberships (id, organisation_id, user_id, roles, created_at)
    select membership_id, ${orgId}, user_id,
      case when supervises then '{clinician,supervisor}'::member_role[] else '{clinician}'::member_role[] end, ${created}
    from scale_people`;
  await sql`
    insert into memberships (organisation_id, user_id, roles, created_at)
    select ${orgId}, u.id, '{admin}', ${created} from users u
    where u.email like ${`admin-%@${org.slug}.scale.example`}`;
  await sql`
    insert into teams (id, organisation_id, name, description, created_at)
    select team_id, ${orgId}, format('Team %s', lpad((team + 1)::text, 3, '0')), 'A generated team', ${created}
    from scale_teams`;
  await sql`
    insert into team_members (organisation_id, team_id, membership_id, created_at)
    select ${orgId}, t.team_id, p.membership_id, ${created}
    from scale_people p join scale_teams t using (team)`;
  await sql`
    insert into supervision_relationships (organisation_id, supervisor_membership_id, supervisee_membership_id, started_at)
    select ${orgId}, s.membership_id, p.membership_id, ${created}
    from scale_people p join scale_people s on s.team = p.team and s.supervises
    where not p.supervises`;

  // History. Everyone keeps a weekly rhythm at their own weekday and hour; a quarter are up to
  // date, the rest lapsed one to three weeks ago (their pulse, and some ProQOLs, are due).
  // Written in the order they were answered, as a live system writes them, so that a period's
  // responses sit together on disk as they would there.
  const lapse = sql`((p.i % 4) * 7)`;
  await sql`
    insert into check_responses (user_id, organisation_id, instrument_id, instrument_version, answers, result, completed_at)
    select p.user_id, ${orgId}, t.instrument_id, t.version, t.answers, t.result,
      ${ANCHOR}::timestamptz - make_interval(days => ${lapse} + k * 7 + p.i % 7, hours => p.i % 9, mins => p.i % 60)
    from scale_people p cross join generate_series(0, ${WEEKS - 1}::int) k
    join scale_templates t on t.instrument_id = 'pulse' and t.n = (p.i + k) % ${TEMPLATES}::int
    order by 7`;
  await sql`
    insert into check_responses (user_id, organisation_id, instrument_id, instrument_version, answers, result, completed_at)
    select p.user_id, ${orgId}, t.instrument_id, t.version, t.answers, t.result,
      ${ANCHOR}::timestamptz - make_interval(days => ${lapse} + k * 30 + p.i % 23, hours => p.i % 9)
    from scale_people p cross join generate_series(0, ${MONTHS - 1}::int) k
    join scale_templates t on t.instrument_id = 'proqol5' and t.n = (p.i + k) % ${TEMPLATES}::int
    order by 7`;

  // Supervision hours: every supervisee logs an hour with their supervisor every four weeks,
  // the day after; most are cosigned within days, some late, and the newest may still wait.
  await sql`
    insert into hour_entries (organisation_id, supervisee_membership_id, supervisor_membership_id,
      kind, date, minutes, status, signed_at, created_at, updated_at)
    select ${orgId}, p.membership_id, s.membership_id, 'individual', e.day::date, 60,
      case when e.signed < ${ANCHOR}::timestamptz then 'approved' else 'pending' end,
      case when e.signed < ${ANCHOR}::timestamptz then e.signed end, e.logged, e.logged
    from scale_people p join scale_people s on s.team = p.team and s.supervises
    cross join generate_series(0, ${SUPERVISION_MONTHS - 1}::int) k
    cross join lateral (select ${ANCHOR}::timestamptz - make_interval(days => k * 28 + p.i % 28) as day) d
    cross join lateral (select d.day as day, d.day + interval '1 day' as logged,
      d.day + make_interval(days => 1 + (p.i + k) % 20) as signed) e
    where not p.supervises`;

  // Reminders already sent for the past weekly due dates (the worker ran all along).
  await sql`
    insert into reminder_deliveries (user_id, instrument_id, due_at, sent_at)
    select p.user_id, 'pulse', d.due, d.due
    from scale_people p cross join generate_series(1, ${WEEKS - 1}::int) k
    cross join lateral (select ${ANCHOR}::timestamptz
      - make_interval(days => ${lapse} + k * 7 + p.i % 7 - 7, hours => p.i % 9, mins => p.i % 60) as due) d`;

  // Chosen cadences: some remind fortnightly, some paused the pulse, some turned on warning signs.
  await sql`
    insert into check_cadences (user_id, instrument_id, every_days, paused, updated_at)
    select user_id, 'pulse', 14, false, ${created} from scale_people where i % 10 = 3
    union all select user_id, 'pulse', 7, true, ${created} from scale_people where i % 10 = 5
    union all select user_id, 'warning-signs', 14, false, ${created} from scale_people where i % 10 = 7`;

  // Prevention plans with three commitments each.
  await sql`
    insert into prevention_plans (user_id, end_of_day_ritual, reviewed_at, updated_at)
    select user_id, 'Write down three things that went well, then close the laptop', ${created}, ${created}
    from scale_people`;
  await sql`
    insert into plan_commitments (user_id, strategy, text, frequency, position, created_at, updated_at)
    select p.user_id, (${STRATEGY_IDS}::plan_strategy[])[1 + (p.i + c) % ${STRATEGY_IDS.length}::int],
      format('Commitment %s', c), 'weekly', 0, ${created}, ${created}
    from scale_people p cross join generate_series(0, 2) c`;

  // Every other supervisee shares their two latest ProQOL results with their supervisor.
  await sql`
    insert into result_shares (response_id, owner_user_id, organisation_id, supervisor_membership_id, note, shared_at)
    select r.id, p.user_id, ${orgId}, s.membership_id, '', r.completed_at + interval '1 hour'
    from scale_people p join scale_people s on s.team = p.team and s.supervises
    cross join lateral (select id, completed_at from check_responses
      where user_id = p.user_id and instrument_id = 'proqol5' order by completed_at desc limit 2) r
    where not p.supervises and p.i % 2 = 0`;

  // The audit trail: a sign-in a week for two years, and every share.
  await sql`
    insert into audit_events (organisation_id, actor_user_id, action, at)
    select ${orgId}, p.user_id, 'auth.signed_in',
      ${ANCHOR}::timestamptz - make_interval(days => k * 7 + p.i % 7, hours => 1 + p.i % 9)
    from scale_people p cross join generate_series(0, ${WEEKS - 1}::int) k`;
  await sql`
    insert into audit_events (organisation_id, actor_user_id, action, subject_type, subject_id, data, at)
    select rs.organisation_id, rs.owner_user_id, 'self_check.shared', 'result_share', rs.id::text,
      jsonb_build_object('supervisorMembershipId', rs.supervisor_membership_id, 'instrumentId', 'proqol5'),
      rs.shared_at
    from result_shares rs where rs.organisation_id = ${orgId}`;

  // Two years of reminder mail in the development outbox (no SMTP on a staging server).
  await sql`
    insert into dev_outbox ("to", subject, text, created_at)
    select format('clinician-%s@%s.scale.example', p.i, ${org.slug}::text), 'Your Pulse self-check is due',
      'When you have a few quiet minutes, these private self-checks are ready for you.',
      ${ANCHOR}::timestamptz - make_interval(days => k * 7 + p.i % 7)
    from scale_people p cross join generate_series(1, ${WEEKS - 1}::int, 8) k`;

  await sql`drop table scale_people, scale_teams`;
}

/**
 * Generates both organisations (a no-op when they are already there) and refreshes the
 * planner's statistics. Returns the seconds it took, or null when nothing was generated.
 */
export async function generateScaleData(
  sql: Sql,
  log: (line: string) => void = console.log,
): Promise<number | null> {
  if (await scaleDataPresent(sql)) return null;
  const started = performance.now();
  // Bulk load: a crash would only lose generated rows, so commits need not wait for the disk.
  await sql`set synchronous_commit = off`;
  await sql`drop table if exists scale_templates`;
  await sql`create temp table scale_templates (instrument_id text, n int, version text, answers jsonb, result jsonb)`;
  // Sent as text and parsed by the server: a string bound to a jsonb parameter would be stored
  // as a JSON string, not as the object the app writes and its queries read.
  for (const instrumentId of ["pulse", "proqol5"] as const) {
    for (const t of templates(instrumentId)) {
      await sql`insert into scale_templates values (${instrumentId}, ${t.n}, ${t.version},
        ${JSON.stringify(t.answers)}::text::jsonb, ${JSON.stringify(t.result)}::text::jsonb)`;
    }
  }
  for (const org of [LARGE, SMALL]) {
    const t0 = performance.now();
    await generateOrganisation(sql, org);
    log(
      `  ${org.name}: ${org.clinicians + org.admins} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  await sql`drop table scale_templates`;
  const t0 = performance.now();
  await sql`vacuum (analyze)`;
  log(`  vacuum and analyze: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await sql`set synchronous_commit = on`;
  return (performance.now() - started) / 1000;
}
