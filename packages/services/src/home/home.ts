/**
 * The portal's home: what a clinician and a supervisor see first. Each block is read through its
 * capability's own functions (so its rules hold here too) and scoped to the caller; a block of a
 * role the caller does not hold is not read at all. Nothing here counts anybody's team.
 */
import type { Db } from "@tend/db";
import type { ProgressStatus } from "@tend/development";
import type { InstrumentId, ScoreResult } from "@tend/instruments";
import {
  listLatestResponses,
  listMemberMeetings,
  listSupervisees,
  listSupervisorSeats,
} from "@tend/db/queries";
import { licenceName } from "@tend/development";
import { compareResults, isInstrumentId } from "@tend/instruments";

import type { MemberActor } from "../actor";
import { hasRole } from "../actor";
import { listOwnLicences } from "../development";
import { meetingOccurrences } from "../groups";
import { listMySupervisors } from "../identity";
import { getOwnPlan } from "../plan";
import { listActiveShares, listInstruments, listSharedWithMe } from "../self-check";
import { getCosignQueue, listMySessions } from "../supervision";

const DAY_MS = 86_400_000;
/** How far ahead the next session and the next group meeting are looked for. */
const LOOK_AHEAD_DAYS = 60;
/** A result shared with a supervisor counts as new for this long. */
const NEW_SHARE_DAYS = 14;
/** At most this many rows per list block; the block links to the whole list. */
const BLOCK_ROWS = 3;
/** A supervisor's week shows this many sessions before "and N more". */
const WEEK_ROWS = 5;

/** One scale of the latest result: its score, band and change since the result before. */
function latestScales(result: ScoreResult, previous: ScoreResult | null) {
  const comparison = compareResults(previous, result);
  return result.subscales.map((s) => {
    const change = comparison.subscales.find((c) => c.subscaleId === s.subscaleId);
    return {
      subscaleId: s.subscaleId,
      name: s.name,
      display: s.scored ? s.display : null,
      band: s.band ?? null,
      marker: s.marker?.label ?? null,
      flagged: s.flagged ?? null,
      higherIsBetter: change?.higherIsBetter ?? true,
      change:
        change?.direction && change.displayDelta !== null
          ? { direction: change.direction, delta: change.displayDelta }
          : null,
    };
  });
}

async function latestResults(db: Db, actor: MemberActor) {
  const rows = await listLatestResponses(db, { userId: actor.userId, perInstrument: 2 });
  const latest = new Map<InstrumentId, { id: string; completedAt: Date; scales: Scales }>();
  for (const id of new Set(rows.map((r) => r.instrumentId))) {
    if (!isInstrumentId(id)) continue;
    const [newest, before] = rows.filter((r) => r.instrumentId === id);
    if (!newest) continue;
    latest.set(id, {
      id: newest.id,
      completedAt: newest.completedAt,
      scales: latestScales(newest.result, before?.result ?? null),
    });
  }
  return latest;
}
type Scales = ReturnType<typeof latestScales>;

/** A clinician's home: their checks, plan, shares, next session and meeting, CE deadlines. */
async function clinicianHome(db: Db, actor: MemberActor, now: Date) {
  const ahead = { from: now, to: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS) };
  const [checks, latest, plan, shares, sessions, meetings, licences, supervisors] =
    await Promise.all([
      listInstruments(db, actor, now),
      latestResults(db, actor),
      getOwnPlan(db, actor),
      listActiveShares(db, actor),
      listMySessions(db, actor, ahead),
      listMemberMeetings(db, actor.membership.membershipId),
      listOwnLicences(db, actor, now),
      listMySupervisors(db, actor),
    ]);

  const lastCheck = Math.max(0, ...checks.map((c) => c.lastCompletedAt?.getTime() ?? 0));
  // A place held comes before a place on a waiting list.
  const session =
    sessions.find((s) => !s.cancelled && s.role === "seated") ??
    sessions.find((s) => !s.cancelled && s.role === "waitlisted");
  const meeting = meetings
    .filter((m) => m.cancelledAt === null)
    .flatMap((m) =>
      meetingOccurrences(m, ahead)
        .filter((o) => !o.cancelled && o.start.getTime() >= now.getTime())
        .map((o) => ({
          groupId: m.groupId,
          groupName: m.groupName,
          title: m.title,
          start: o.start,
        })),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  const deadlines = licences
    .flatMap((l) =>
      l.progress && l.status !== "pursuing"
        ? [
            {
              licenceId: l.id,
              name: licenceName(l),
              cycleEnd: l.progress.cycle.end,
              daysLeft: l.progress.daysLeft,
              missingMinutes: l.progress.missing,
              status: l.progress.status satisfies ProgressStatus,
            },
          ]
        : [],
    )
    .filter((d) => d.status !== "complete")
    .sort((a, b) => a.daysLeft - b.daysLeft);

  return {
    checks: checks.map((c) => ({
      id: c.id,
      shortName: c.shortName,
      estimatedMinutes: c.estimatedMinutes,
      due: c.due && !c.cadence.paused,
      paused: c.cadence.paused,
      nextDueAt: c.nextDueAt,
      latest: latest.get(c.id) ?? null,
    })),
    plan: {
      commitments: plan.commitments.length,
      ritual: plan.endOfDayRitual.trim(),
      reviewedAt: plan.reviewedAt,
      /** A check taken since the last review (or never reviewed) makes it time to look again. */
      reviewDue:
        (plan.commitments.length > 0 || plan.endOfDayRitual.trim() !== "") &&
        lastCheck > 0 &&
        (plan.reviewedAt === null || plan.reviewedAt.getTime() < lastCheck),
      toReview: plan.commitments.slice(0, BLOCK_ROWS).map((c) => ({
        id: c.id,
        strategy: c.strategy,
        text: c.text,
      })),
    },
    shares: {
      count: shares.length,
      latest: shares.slice(0, BLOCK_ROWS).map((s) => ({
        id: s.id,
        responseId: s.responseId,
        instrumentName: s.instrumentName,
        supervisorName: s.supervisorName,
        sharedAt: s.sharedAt,
      })),
    },
    supervisors: supervisors.map((s) => s.name),
    nextSession: session
      ? {
          id: session.id,
          kind: session.kind,
          title: session.title,
          startsAt: session.startsAt,
          supervisorName: session.supervisorName,
          waitlisted: session.role === "waitlisted",
        }
      : null,
    nextMeeting: meeting ?? null,
    ce: {
      licences: licences.length,
      /** Licences whose current cycle is measured against requirements. */
      tracked: licences.filter((l) => l.progress && l.status !== "pursuing").length,
      deadlines: deadlines.slice(0, BLOCK_ROWS),
    },
  };
}

/** A supervisor's home: results newly shared with them, this week's sessions, hours to sign. */
async function supervisorHome(db: Db, actor: MemberActor, now: Date) {
  const week = { from: now, to: new Date(now.getTime() + 7 * DAY_MS) };
  const [shared, sessions, seats, supervisees, queue] = await Promise.all([
    listSharedWithMe(db, actor),
    listMySessions(db, actor, week),
    listSupervisorSeats(db, {
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: actor.membership.membershipId,
      ...week,
    }),
    listSupervisees(db, actor.membership.membershipId),
    getCosignQueue(db, actor),
  ]);
  // Who an individual session is with: the supervisee seated in it.
  const names = new Map(supervisees.map((s) => [s.membershipId, s.name]));
  const withWhom = (sessionId: string) => {
    const seat = seats.find((s) => s.sessionId === sessionId);
    return seat ? (names.get(seat.membershipId) ?? null) : null;
  };
  const since = now.getTime() - NEW_SHARE_DAYS * DAY_MS;
  const fresh = shared.filter((s) => s.sharedAt.getTime() >= since);
  const leading = sessions.filter((s) => !s.cancelled && s.role === "supervisor");
  return {
    newlyShared: {
      count: fresh.length,
      latest: fresh.slice(0, BLOCK_ROWS).map((s) => ({
        id: s.id,
        ownerName: s.ownerName,
        instrumentName: s.instrumentName,
        sharedAt: s.sharedAt,
      })),
    },
    sessionsThisWeek: {
      count: leading.length,
      next: leading.slice(0, WEEK_ROWS).map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        startsAt: s.startsAt,
        seated: s.seated,
        participantName: s.kind === "individual" ? withWhom(s.id) : null,
      })),
    },
    hoursToSign: {
      entries: queue.length,
      minutes: queue.reduce((sum, e) => sum + e.minutes, 0),
    },
  };
}

/** The caller's home in their active organisation: a block per role they hold there. */
export async function readHome(db: Db, actor: MemberActor, now: Date = new Date()) {
  const [clinician, supervisor] = await Promise.all([
    hasRole(actor, "clinician") ? clinicianHome(db, actor, now) : null,
    hasRole(actor, "supervisor") ? supervisorHome(db, actor, now) : null,
  ]);
  return { clinician, supervisor };
}

export type Home = Awaited<ReturnType<typeof readHome>>;
