import { eq, inArray, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { QuietHours, WorkingHours } from "../../schema";
import {
  checkCadences,
  checkResponses,
  memberships,
  reminderDeliveries,
  reminderSchedulePolicy,
  reminderScheduleQueue,
  reminderSchedules,
  users,
} from "../../schema";

/* Reminders. The rules (cadences, due times, friendly send times) live in packages/services;
   these queries keep and read what they worked out. */

/**
 * Records the reminders of one person as sent (a delivery row each, never twice) and clears
 * their reminder moments so later scans no longer read them, in one statement. Returns the
 * checks that had not been sent before.
 */
export async function recordReminderDeliveries<C extends { instrumentId: string; dueAt: Date }>(
  tx: DbOrTx,
  params: { userId: string; checks: C[] },
): Promise<C[]> {
  if (params.checks.length === 0) return [];
  const due = sql.join(
    params.checks.map(
      (c) =>
        sql`(${params.userId}::uuid, ${c.instrumentId}, ${c.dueAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const rows = await tx.execute<{ instrument_id: string }>(sql`
    with due (user_id, instrument_id, due_at) as (values ${due}),
    cleared as (
      update ${reminderSchedules} s set remind_at = null from due
      where s.user_id = due.user_id and s.instrument_id = due.instrument_id and s.due_at = due.due_at)
    insert into ${reminderDeliveries} (user_id, instrument_id, due_at)
    select user_id, instrument_id, due_at from due
    on conflict do nothing
    returning instrument_id`);
  // One due date per check and person, so the instrument names the row.
  const fresh = new Set(rows.map((r) => r.instrument_id));
  return params.checks.filter((c) => fresh.has(c.instrumentId));
}

/** The fingerprint of the cadence policy the stored schedules follow; null before the first scan. */
export async function getReminderSchedulePolicy(db: DbOrTx): Promise<string | null> {
  const [row] = await db
    .select({ fingerprint: reminderSchedulePolicy.fingerprint })
    .from(reminderSchedulePolicy)
    .limit(1);
  return row?.fingerprint ?? null;
}

/**
 * Adopts a new cadence policy: queues everyone who takes self-checks or has a schedule, so each
 * is worked out again under it, and records it.
 */
export async function adoptReminderSchedulePolicy(db: DbOrTx, fingerprint: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into ${reminderScheduleQueue} (user_id)
      select user_id from ${memberships} where 'clinician' = any(roles)
      union select user_id from ${reminderSchedules}
      on conflict (user_id) do update set version = ${reminderScheduleQueue}.version + 1`);
    await tx
      .insert(reminderSchedulePolicy)
      .values({ id: true, fingerprint, adoptedAt: new Date() })
      .onConflictDoUpdate({
        target: reminderSchedulePolicy.id,
        set: { fingerprint, adoptedAt: new Date() },
      });
  });
}

/** A queued person and everything their schedule depends on. */
export interface QueuedReminderPerson {
  userId: string;
  /** The queue entry's version, to take the person off only if nothing changed meanwhile. */
  version: number;
  /** Null when the account no longer exists. */
  person: {
    timeZone: string;
    workingHours: WorkingHours;
    quietHours: QuietHours;
    createdAt: Date;
    /** Holds the clinician role in some organisation. */
    takesChecks: boolean;
    cadences: { instrumentId: string; everyDays: number; paused: boolean }[];
    /** The newest completion of each of the given instruments the person has taken. */
    lastCompletions: Map<string, Date>;
  } | null;
}

/**
 * Up to `limit` queued people after `after` (by user id, so one pass takes each person once),
 * with what their schedule depends on. The last completion of each instrument is one step down
 * the (user, instrument, completed_at) index, whatever the length of the history.
 */
export async function listQueuedReminderPeople(
  db: DbOrTx,
  params: { after: string | null; limit: number; instrumentIds: readonly string[] },
): Promise<QueuedReminderPerson[]> {
  const instruments = sql.join(
    params.instrumentIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await db.execute<{
    user_id: string;
    version: number;
    time_zone: string | null;
    working_hours: WorkingHours | null;
    quiet_hours: QuietHours | null;
    created_at: string | null;
    takes_checks: boolean;
    cadences: { instrumentId: string; everyDays: number; paused: boolean }[] | null;
    last_completions: Record<string, string> | null;
  }>(sql`
    select q.user_id, q.version, u.time_zone, u.working_hours, u.quiet_hours, u.created_at,
      exists (select 1 from ${memberships} m
        where m.user_id = q.user_id and 'clinician' = any(m.roles)
          and m.deactivated_at is null) as takes_checks,
      (select json_agg(json_build_object('instrumentId', c.instrument_id, 'everyDays', c.every_days, 'paused', c.paused))
         from ${checkCadences} c where c.user_id = q.user_id) as cadences,
      (select json_object_agg(i.id, last.completed_at)
         from unnest(array[${instruments}]::text[]) as i(id)
         cross join lateral (select r.completed_at from ${checkResponses} r
           where r.user_id = q.user_id and r.instrument_id = i.id
           order by r.completed_at desc limit 1) last) as last_completions
    from ${reminderScheduleQueue} q
    left join ${users} u on u.id = q.user_id
    where ${params.after === null ? sql`true` : sql`q.user_id > ${params.after}`}
    order by q.user_id
    limit ${params.limit}`);
  return rows.map((r) => ({
    userId: r.user_id,
    version: r.version,
    person:
      r.time_zone === null ||
      r.working_hours === null ||
      r.quiet_hours === null ||
      r.created_at === null
        ? null
        : {
            timeZone: r.time_zone,
            workingHours: r.working_hours,
            quietHours: r.quiet_hours,
            createdAt: new Date(r.created_at),
            takesChecks: r.takes_checks,
            cadences: r.cadences ?? [],
            lastCompletions: new Map(
              Object.entries(r.last_completions ?? {}).map(([k, v]) => [k, new Date(v)]),
            ),
          },
  }));
}

/**
 * Replaces the schedules of the people worked out (a reminder already sent for the same due
 * date stays cleared) and takes each off the queue unless it changed meanwhile, in one
 * transaction.
 */
export async function saveReminderSchedules(
  db: DbOrTx,
  params: {
    worked: { userId: string; version: number }[];
    schedules: { userId: string; instrumentId: string; dueAt: Date; remindAt: Date }[];
  },
): Promise<void> {
  if (params.worked.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.delete(reminderSchedules).where(
      inArray(
        reminderSchedules.userId,
        params.worked.map((w) => w.userId),
      ),
    );
    if (params.schedules.length > 0) {
      const values = sql.join(
        params.schedules.map(
          (s) =>
            sql`(${s.userId}::uuid, ${s.instrumentId}, ${s.dueAt.toISOString()}::timestamptz, ${s.remindAt.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      );
      // People deleted since they were read are skipped (their rows would break the foreign key).
      await tx.execute(sql`
        insert into ${reminderSchedules} (user_id, instrument_id, due_at, remind_at)
        select s.user_id, s.instrument_id, s.due_at,
          case when exists (select 1 from ${reminderDeliveries} d
            where d.user_id = s.user_id and d.instrument_id = s.instrument_id and d.due_at = s.due_at)
          then null else s.remind_at end
        from (values ${values}) as s(user_id, instrument_id, due_at, remind_at)
        where exists (select 1 from ${users} u where u.id = s.user_id)`);
    }
    const worked = sql.join(
      params.worked.map((w) => sql`(${w.userId}::uuid, ${w.version}::int)`),
      sql`, `,
    );
    await tx.execute(sql`
      delete from ${reminderScheduleQueue} q
      using (values ${worked}) as w(user_id, version)
      where q.user_id = w.user_id and q.version = w.version`);
  });
}

/** One person's reminders whose moment has come, with what the email and quiet hours need. */
export interface DueReminders {
  userId: string;
  email: string;
  name: string;
  timeZone: string;
  quietHours: QuietHours;
  checks: { instrumentId: string; dueAt: Date }[];
}

/**
 * Reminders whose moment (`remind_at`) has come by `now` and that were not sent, per person:
 * read through the partial index of unsent reminder moments, so the scan reads only what is
 * due. People waiting to be worked out again are left for the next scan.
 */
export async function listDueReminders(db: DbOrTx, now: Date): Promise<DueReminders[]> {
  const rows = await db.execute<{
    user_id: string;
    email: string;
    name: string;
    time_zone: string;
    quiet_hours: QuietHours;
    checks: { instrumentId: string; dueAt: string }[];
  }>(sql`
    select s.user_id, u.email, u.name, u.time_zone, u.quiet_hours,
      json_agg(json_build_object('instrumentId', s.instrument_id, 'dueAt', s.due_at)) as checks
    from ${reminderSchedules} s
    join ${users} u on u.id = s.user_id
    where s.remind_at is not null and s.remind_at <= ${now.toISOString()}::timestamptz
      and not exists (select 1 from ${reminderDeliveries} d
        where d.user_id = s.user_id and d.instrument_id = s.instrument_id and d.due_at = s.due_at)
      and not exists (select 1 from ${reminderScheduleQueue} q where q.user_id = s.user_id)
    group by s.user_id, u.id
    order by s.user_id`);
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    name: r.name,
    timeZone: r.time_zone,
    quietHours: r.quiet_hours,
    checks: r.checks.map((c) => ({ instrumentId: c.instrumentId, dueAt: new Date(c.dueAt) })),
  }));
}

/**
 * Moves reminders whose moment came inside the person's quiet hours to when those end, so the
 * scans until then do not read them again. Only rows still waiting for that same due date move.
 */
export async function deferReminders(
  db: DbOrTx,
  reminders: { userId: string; instrumentId: string; dueAt: Date; until: Date }[],
): Promise<void> {
  if (reminders.length === 0) return;
  const values = sql.join(
    reminders.map(
      (r) =>
        sql`(${r.userId}::uuid, ${r.instrumentId}, ${r.dueAt.toISOString()}::timestamptz, ${r.until.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update ${reminderSchedules} s set remind_at = v.until
    from (values ${values}) as v(user_id, instrument_id, due_at, until)
    where s.user_id = v.user_id and s.instrument_id = v.instrument_id and s.due_at = v.due_at
      and s.remind_at is not null`);
}

/** A person's stored reminder schedule (for tests and the benchmark's checks). */
export function listReminderSchedules(db: DbOrTx, userId: string) {
  return db
    .select({
      instrumentId: reminderSchedules.instrumentId,
      dueAt: reminderSchedules.dueAt,
      remindAt: reminderSchedules.remindAt,
    })
    .from(reminderSchedules)
    .where(eq(reminderSchedules.userId, userId))
    .orderBy(reminderSchedules.instrumentId);
}
