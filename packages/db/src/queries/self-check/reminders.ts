import { sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { QuietHours, WorkingHours } from "../../schema";
import {
  checkCadences,
  checkResponses,
  memberships,
  reminderDeliveries,
  users,
} from "../../schema";

/* Reminders */

/** Records a reminder for one due date; false when one was already sent (never send twice). */
export async function recordReminderDelivery(
  db: DbOrTx,
  values: { userId: string; instrumentId: string; dueAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(reminderDeliveries)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: reminderDeliveries.id });
  return rows.length > 0;
}

/**
 * Everyone who takes self-checks (holds the clinician role anywhere), with what reminder
 * scheduling needs: zone, hours, cadences, last completion per instrument, and the due
 * dates already reminded.
 */
export async function listReminderCandidates(db: DbOrTx) {
  const rows = await db.execute<{
    user_id: string;
    email: string;
    name: string;
    time_zone: string;
    working_hours: WorkingHours;
    quiet_hours: QuietHours;
    created_at: string;
    last_completions: Record<string, string> | null;
    cadences: { instrumentId: string; everyDays: number; paused: boolean }[] | null;
  }>(sql`
    select u.id as user_id, u.email, u.name, u.time_zone, u.working_hours, u.quiet_hours, u.created_at,
      (select json_object_agg(r.instrument_id, r.last) from (
         select instrument_id, max(completed_at) as last from ${checkResponses}
         where user_id = u.id group by instrument_id) r) as last_completions,
      (select json_agg(json_build_object('instrumentId', c.instrument_id, 'everyDays', c.every_days, 'paused', c.paused))
         from ${checkCadences} c where c.user_id = u.id) as cadences
    from ${users} u
    where exists (select 1 from ${memberships} m where m.user_id = u.id and 'clinician' = any(m.roles))
  `);
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    name: r.name,
    timeZone: r.time_zone,
    workingHours: r.working_hours,
    quietHours: r.quiet_hours,
    createdAt: new Date(r.created_at),
    lastCompletions: new Map(
      Object.entries(r.last_completions ?? {}).map(([k, v]) => [k, new Date(v)]),
    ),
    cadences: r.cadences ?? [],
  }));
}

export type ReminderCandidate = Awaited<ReturnType<typeof listReminderCandidates>>[number];
