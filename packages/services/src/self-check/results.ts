/**
 * Self-checks: taking a check, reading one's own results and history, and the reminder
 * cadence. Every function acts for the clinician who owns the data; nobody else's rows are
 * ever read here (the evaluation firewall).
 */
import type { DbOrTx } from "@tend/db";
import type { InstrumentId, ScoreResult } from "@tend/instruments";
import {
  getOwnCheckResponse,
  getPlan,
  getPreviousCheckResponse,
  getSelfCheckSettings,
  insertCheckResponse,
  listOwnCheckResponses,
  listOwnResults,
  listSharesOfResponse,
  listSupervisors,
  selfCheckStatus,
  upsertCheckCadence,
} from "@tend/db/queries";
import {
  compareResults,
  getInstrument,
  IncompleteAnswersError,
  INSTRUMENTS,
  InvalidAnswersError,
  isInstrumentId,
  largeChanges,
  needsSupportResources,
  nextSteps,
  scoreResponses,
} from "@tend/instruments";
import { nextDueAt } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { effectiveCadence } from "./cadence";
import { presentInstrument, supportResourcesText } from "./present";

const NOT_YOURS = "That result does not exist, or is not yours.";

/** The self-checks with the caller's cadence, last completion and whether each is due. */
export async function listInstruments(db: DbOrTx, actor: MemberActor, now = new Date()) {
  const { cadences, lastCompletions: completions } = await selfCheckStatus(db, actor.userId);
  return INSTRUMENTS.map((instrument) => {
    const cadence = effectiveCadence(instrument.id, cadences);
    const lastCompletedAt = completions.get(instrument.id) ?? null;
    const dueAt = nextDueAt(
      lastCompletedAt,
      cadence,
      actor.person.timeZone,
      actor.person.createdAt,
      now,
    );
    return {
      id: instrument.id,
      name: instrument.name,
      shortName: instrument.shortName,
      description: instrument.description,
      validated: instrument.validated,
      estimatedMinutes: instrument.estimatedMinutes,
      itemCount: instrument.items.length,
      cadence,
      lastCompletedAt,
      nextDueAt: dueAt,
      due: dueAt !== null && dueAt <= now,
    };
  });
}

/** One instrument to take, in the organisation's words for ProQOL's bracketed terms. */
export async function getInstrumentToTake(
  db: DbOrTx,
  actor: MemberActor,
  instrumentId: InstrumentId,
) {
  const settings = await getSelfCheckSettings(db, actor.membership.organisationId);
  return presentInstrument(getInstrument(instrumentId), settings?.roleWords ?? undefined);
}

/** Scores and stores a completed check. Incomplete or invalid answers are refused, naming the items. */
export async function submitCheck(
  db: DbOrTx,
  actor: MemberActor,
  input: { instrumentId: InstrumentId; answers: Record<string, number> },
) {
  let result: ScoreResult;
  try {
    result = scoreResponses(input.instrumentId, input.answers);
  } catch (error) {
    if (error instanceof IncompleteAnswersError || error instanceof InvalidAnswersError) {
      throw new DomainError("INVALID", error.message, { answers: [error.message] });
    }
    throw error;
  }
  if (result.subscales.every((s) => !s.scored)) {
    const message = "Answer enough questions for at least one scale to be scored.";
    throw new DomainError("INVALID", message, { answers: [message] });
  }
  const row = await insertCheckResponse(db, {
    userId: actor.userId,
    organisationId: actor.membership.organisationId,
    instrumentId: input.instrumentId,
    instrumentVersion: result.instrumentVersion,
    answers: input.answers,
    result,
  });
  return { id: row.id };
}

/** One of the caller's own results: scores, change since the previous one, next steps, support. */
export async function getOwnResult(db: DbOrTx, actor: MemberActor, responseId: string) {
  const response = await getOwnCheckResponse(db, { userId: actor.userId, responseId });
  if (!response) throw new DomainError("NOT_FOUND", NOT_YOURS);
  if (!isInstrumentId(response.instrumentId)) {
    throw new DomainError("NOT_FOUND", "This result belongs to a check Tend no longer offers.");
  }
  const instrument = getInstrument(response.instrumentId);
  const [previous, shares, supervisors, settings, plan] = await Promise.all([
    getPreviousCheckResponse(db, {
      userId: actor.userId,
      instrumentId: response.instrumentId,
      before: response.completedAt,
      excludeId: response.id,
    }),
    listSharesOfResponse(db, { responseId: response.id, ownerUserId: actor.userId }),
    listSupervisors(db, actor.membership.membershipId),
    getSelfCheckSettings(db, actor.membership.organisationId),
    getPlan(db, actor.userId),
  ]);
  const result = response.result;
  return {
    id: response.id,
    completedAt: response.completedAt,
    instrument: presentInstrument(instrument, settings?.roleWords ?? undefined, { items: false }),
    result,
    previous: previous ? { id: previous.id, completedAt: previous.completedAt } : null,
    comparison: compareResults(previous?.result ?? null, result),
    largeChanges: largeChanges(previous?.result ?? null, result),
    // Suggestions that fit: nothing their plan already holds, and a share already made counts.
    nextSteps: nextSteps(result, {
      hasEndOfDayRitual: plan.endOfDayRitual.trim() !== "",
      planStrategies: [...new Set(plan.commitments.map((c) => c.strategy))],
      shared: shares.some((s) => s.stands),
    }),
    supportResources: needsSupportResources(result)
      ? supportResourcesText(settings?.supportResources)
      : null,
    shares,
    supervisors: supervisors.map((s) => ({ membershipId: s.membershipId, name: s.name })),
  };
}

/** The caller's results for one instrument over time, oldest first, with the bands to shade. */
export async function getHistory(db: DbOrTx, actor: MemberActor, instrumentId: InstrumentId) {
  const rows = await listOwnCheckResponses(db, { userId: actor.userId, instrumentId });
  return {
    instrument: presentInstrument(getInstrument(instrumentId), undefined, { items: false }),
    points: rows.map((r) => ({ id: r.id, completedAt: r.completedAt, result: r.result })),
  };
}

/** The caller's results for one instrument, newest first, each with whether it is shared. */
export async function listResults(db: DbOrTx, actor: MemberActor, instrumentId: InstrumentId) {
  const rows = await listOwnResults(db, { userId: actor.userId, instrumentId });
  return {
    instrument: presentInstrument(getInstrument(instrumentId), undefined, { items: false }),
    results: rows.map((r) => ({
      id: r.id,
      completedAt: r.completedAt,
      result: r.result,
      activeShares: r.activeShares,
    })),
  };
}

/** Changes or pauses how often the caller is reminded of one check. */
export async function updateCadence(
  db: DbOrTx,
  actor: MemberActor,
  input: { instrumentId: InstrumentId; everyDays: number; paused: boolean },
) {
  await upsertCheckCadence(db, { userId: actor.userId, ...input });
  return input;
}
