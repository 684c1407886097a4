import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { SessionFormat, SessionKind } from "../../schema";
import { sessionParticipants, sessionSeries, supervisionSessions } from "../../schema";
import { isOverlap } from "./booking";

export interface SeriesValues {
  organisationId: string;
  supervisorMembershipId: string;
  kind: SessionKind;
  title: string | null;
  rule: string;
  firstStart: Date;
  timeZone: string;
  durationMinutes: number;
  seatLimit: number;
  format: SessionFormat;
  participantMembershipId: string | null;
}

export type SeriesRow = typeof sessionSeries.$inferSelect;

/** Stores a series and returns it as stored. */
export async function insertSeries(
  db: DbOrTx,
  values: SeriesValues & { materialisedUntil: Date },
): Promise<SeriesRow> {
  const [row] = await db.insert(sessionSeries).values(values).returning();
  if (!row) throw new Error("The series was not created");
  return row;
}

/** One series of an organisation, or null. */
export async function getSeries(
  db: DbOrTx,
  params: { organisationId: string; seriesId: string },
): Promise<SeriesRow | null> {
  const [row] = await db
    .select()
    .from(sessionSeries)
    .where(
      and(
        eq(sessionSeries.id, params.seriesId),
        eq(sessionSeries.organisationId, params.organisationId),
      ),
    );
  return row ?? null;
}

/** Running series whose stored occurrences end before `until` (the worker extends them). */
export async function listSeriesToExtend(db: DbOrTx, until: Date): Promise<SeriesRow[]> {
  return db
    .select()
    .from(sessionSeries)
    .where(and(isNull(sessionSeries.endedAt), lt(sessionSeries.materialisedUntil, until)));
}

/**
 * Stores a series' occurrences as sessions (with the individual series' supervisee seated),
 * each in its own savepoint: an occurrence that clashes with another session of the supervisor
 * or the supervisee is left out and returned; one already stored is skipped.
 */
export async function insertOccurrences(
  db: DbOrTx,
  series: SeriesRow,
  starts: Date[],
  materialisedUntil: Date,
): Promise<{ created: Date[]; clashes: Date[] }> {
  return db.transaction(async (tx) => {
    const created: Date[] = [];
    const clashes: Date[] = [];
    for (const start of starts) {
      const end = new Date(start.getTime() + series.durationMinutes * 60_000);
      try {
        await tx.transaction(async (sp) => {
          const [session] = await sp
            .insert(supervisionSessions)
            .values({
              organisationId: series.organisationId,
              supervisorMembershipId: series.supervisorMembershipId,
              kind: series.kind,
              title: series.title,
              startsAt: start,
              endsAt: end,
              seatLimit: series.seatLimit,
              format: series.format,
              seriesId: series.id,
              originalStart: start,
            })
            // Only an occurrence already stored is skipped; a clash still raises 23P01.
            .onConflictDoNothing({
              target: [supervisionSessions.seriesId, supervisionSessions.originalStart],
              where: sql`${supervisionSessions.seriesId} is not null`,
            })
            .returning({ id: supervisionSessions.id });
          if (!session) return;
          if (series.participantMembershipId)
            await sp.insert(sessionParticipants).values({
              sessionId: session.id,
              organisationId: series.organisationId,
              membershipId: series.participantMembershipId,
              status: "seated",
              startsAt: start,
              endsAt: end,
              seatedAt: sql`clock_timestamp()`,
            });
          created.push(start);
        });
      } catch (error) {
        if (!isOverlap(error)) throw error;
        clashes.push(start);
      }
    }
    await tx
      .update(sessionSeries)
      .set({ materialisedUntil })
      .where(eq(sessionSeries.id, series.id));
    return { created, clashes };
  });
}

/**
 * Ends a series' rule (stored as `rule`) and cancels its not-yet-changed occurrences from `from`
 * on; moved occurrences stay where they were put. Returns the cancelled sessions' ids.
 */
export async function endSeriesFrom(
  db: DbOrTx,
  params: { organisationId: string; seriesId: string; rule: string; from: Date; reason: string },
): Promise<string[]> {
  const now = new Date();
  return db.transaction(async (tx) => {
    await tx
      .update(sessionSeries)
      .set({ rule: params.rule, endedAt: now })
      .where(
        and(
          eq(sessionSeries.id, params.seriesId),
          eq(sessionSeries.organisationId, params.organisationId),
        ),
      );
    const cancelled = await tx
      .update(supervisionSessions)
      .set({
        cancelledAt: now,
        cancellationReason: params.reason,
        sequence: sql`${supervisionSessions.sequence} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(supervisionSessions.seriesId, params.seriesId),
          isNull(supervisionSessions.cancelledAt),
          gte(supervisionSessions.originalStart, params.from),
          eq(supervisionSessions.startsAt, supervisionSessions.originalStart),
        ),
      )
      .returning({ id: supervisionSessions.id });
    const ids = cancelled.map((c) => c.id);
    if (ids.length)
      await tx
        .update(sessionParticipants)
        .set({ status: "cancelled", cancelledAt: now, cancellationReason: params.reason })
        .where(
          and(
            sql`${sessionParticipants.sessionId} = any(${sql.param(ids)}::uuid[])`,
            sql`${sessionParticipants.status} <> 'cancelled'`,
          ),
        );
    return ids;
  });
}
