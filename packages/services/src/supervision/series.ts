/**
 * Recurring supervision. A supervisor creates a series (an RRULE on their wall clock) for a
 * supervisee or a group; its occurrences are stored as sessions up to a horizon, which the
 * worker moves forward (`extendSeries`). One occurrence is moved or cancelled like any session
 * (it keeps its place in the series); "from this date on" ends the series there and starts a
 * new one with the new rule or time.
 */
import type { Db, DbOrTx } from "@tend/db";
import type { SeriesRow } from "@tend/db/queries";
import type { SessionFormat } from "@tend/db/schema";
import {
  endSeriesFrom,
  getSeries,
  insertOccurrences,
  insertSeries,
  listMemberSessions,
  listSeriesToExtend,
  listSupervisees,
} from "@tend/db/queries";
import { endSeriesBefore, parseSeriesRule, seriesOccurrences } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { queueSessionNotices } from "./notices";

/** How far ahead a series' occurrences are stored as sessions. */
export const SERIES_HORIZON_DAYS = 120;
const DAY_MS = 86_400_000;

export interface SeriesInput {
  kind: "individual" | "group";
  /** Individual: the supervisee. */
  participantMembershipId: string | null;
  /** Group: its name. */
  title: string | null;
  seatLimit: number;
  rule: string;
  firstStart: Date;
  durationMinutes: number;
  format: SessionFormat;
}

function checkRule(input: { rule: string; firstStart: Date }, timeZone: string): void {
  try {
    parseSeriesRule({ rule: input.rule, firstStart: input.firstStart, timeZone });
  } catch (error) {
    if (error instanceof RangeError)
      throw new DomainError("INVALID", error.message, { rule: [error.message] });
    throw error;
  }
}

/** Stores the occurrences of a series that start before `until`. */
async function materialise(db: DbOrTx, series: SeriesRow, until: Date) {
  const from =
    series.materialisedUntil > series.firstStart ? series.materialisedUntil : series.firstStart;
  if (until <= from) return { created: [], clashes: [] };
  const occurrences = seriesOccurrences(
    { rule: series.rule, firstStart: series.firstStart, timeZone: series.timeZone },
    { from, to: until },
  );
  return insertOccurrences(
    db,
    series,
    occurrences.map((o) => o.start),
    until,
  );
}

/**
 * Creates a series of the actor's: individual supervision with one of their supervisees, or a
 * group case discussion. Returns the series and the dates that clash with other sessions (left
 * out, for the supervisor to move by hand).
 */
export async function createSeries(
  db: Db,
  actor: MemberActor,
  input: SeriesInput,
  now: Date = new Date(),
): Promise<{ seriesId: string; created: number; clashes: Date[] }> {
  const timeZone = actor.person.timeZone;
  checkRule(input, timeZone);
  if (input.firstStart.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Start the series in the future.", {
      firstStart: ["Choose a time in the future."],
    });
  if (input.kind === "individual") {
    const supervisees = await listSupervisees(db, actor.membership.membershipId);
    if (!supervisees.some((s) => s.membershipId === input.participantMembershipId))
      throw new DomainError("INVALID", "Choose one of your supervisees.", {
        participantMembershipId: ["Choose one of your supervisees."],
      });
  }
  const values = {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
    kind: input.kind,
    title: input.kind === "group" ? input.title : null,
    rule: input.rule.replace(/^RRULE:/iu, ""),
    firstStart: input.firstStart,
    timeZone,
    durationMinutes: input.durationMinutes,
    seatLimit: input.kind === "group" ? input.seatLimit : 1,
    format: input.format,
    participantMembershipId: input.kind === "individual" ? input.participantMembershipId : null,
  };
  return db.transaction(async (tx) => {
    const series = await insertSeries(tx, { ...values, materialisedUntil: input.firstStart });
    const { created, clashes } = await materialise(
      tx,
      series,
      new Date(now.getTime() + SERIES_HORIZON_DAYS * DAY_MS),
    );
    // The supervisee is told of the series, by its first session.
    const [first] = created;
    if (values.participantMembershipId && first) {
      const [session] = (
        await listMemberSessions(tx, {
          organisationId: values.organisationId,
          membershipId: values.participantMembershipId,
          from: first,
          to: new Date(first.getTime() + 1),
        })
      ).filter((s) => s.seriesId === series.id);
      if (session)
        await queueSessionNotices(tx, {
          session: { id: session.id, organisationId: values.organisationId },
          kind: "booked",
          recipients: [values.participantMembershipId],
          actorMembershipId: actor.membership.membershipId,
          startsAt: first,
        });
    }
    return { seriesId: series.id, created: created.length, clashes };
  });
}

/**
 * Changes the rest of a series from one of its occurrences on: the series ends before it (its
 * unchanged occurrences from there are cancelled, moved ones stay) and a new series with the
 * new rule, time or length starts there. The people seated are told.
 */
export async function changeSeriesFrom(
  db: Db,
  actor: MemberActor,
  input: { seriesId: string; from: Date; rule: string; firstStart: Date; durationMinutes: number },
  now: Date = new Date(),
): Promise<{ seriesId: string; created: number; clashes: Date[] }> {
  const series = await getSeries(db, {
    organisationId: actor.membership.organisationId,
    seriesId: input.seriesId,
  });
  if (series?.supervisorMembershipId !== actor.membership.membershipId)
    throw new DomainError("NOT_FOUND", "That series does not exist.");
  if (series.endedAt) throw new DomainError("CONFLICT", "This series has already ended.");
  if (input.from.getTime() <= now.getTime() || input.firstStart.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Change a series from a future date.", {
      from: ["Choose a future occurrence."],
    });
  checkRule(input, series.timeZone);
  const ended = endSeriesBefore(
    { rule: series.rule, firstStart: series.firstStart, timeZone: series.timeZone },
    input.from,
  );
  const cancelledIds = await endSeriesFrom(db, {
    organisationId: series.organisationId,
    seriesId: series.id,
    rule: ended,
    from: input.from,
    reason: "The series was changed from this date on.",
  });
  const next = await createSeries(
    db,
    actor,
    {
      kind: series.kind,
      participantMembershipId: series.participantMembershipId,
      title: series.title,
      seatLimit: series.seatLimit,
      rule: input.rule,
      firstStart: input.firstStart,
      durationMinutes: input.durationMinutes,
      format: series.format,
    },
    now,
  );
  const [firstCancelled] = cancelledIds;
  if (series.participantMembershipId && firstCancelled)
    await queueSessionNotices(db, {
      session: { id: firstCancelled, organisationId: series.organisationId },
      kind: "changed",
      recipients: [series.participantMembershipId],
      reason: "The series was changed from this date on.",
    });
  return next;
}

/**
 * The worker's job: stores the next occurrences of every running series whose stored ones run
 * out within the horizon. Returns how many sessions were created.
 */
export async function extendSeries(db: Db, now: Date = new Date()): Promise<number> {
  const until = new Date(now.getTime() + SERIES_HORIZON_DAYS * DAY_MS);
  let created = 0;
  for (const series of await listSeriesToExtend(db, until)) {
    const outcome = await materialise(db, series, until);
    created += outcome.created.length;
  }
  return created;
}
