/** The caller's private prevention plan: one section per strategy. Nobody else can read it. */
import type { DbOrTx } from "@tend/db";
import type { StrategyId } from "@tend/instruments";
import {
  addPlanCommitment,
  getPlan,
  markPlanReviewed,
  removePlanCommitment,
  setCommitmentDone,
  setEndOfDayRitual,
  updatePlanCommitment,
} from "@tend/db/queries";
import { formatLocal } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

const GONE = "That commitment is no longer in your plan.";

export async function getOwnPlan(db: DbOrTx, actor: MemberActor) {
  const plan = await getPlan(db, actor.userId);
  const { workingHours, quietHours, timeZone } = actor.person;
  return { ...plan, workingHours, quietHours, timeZone };
}

export function addCommitment(
  db: DbOrTx,
  actor: MemberActor,
  input: { strategy: StrategyId; text: string; frequency: string | null },
) {
  return addPlanCommitment(db, { userId: actor.userId, ...input });
}

export async function updateCommitment(
  db: DbOrTx,
  actor: MemberActor,
  input: { id: string; text: string; frequency: string | null },
) {
  const row = await updatePlanCommitment(db, { userId: actor.userId, ...input });
  if (!row) throw new DomainError("NOT_FOUND", GONE);
  return row;
}

export async function removeCommitment(db: DbOrTx, actor: MemberActor, id: string) {
  const row = await removePlanCommitment(db, { userId: actor.userId, id });
  if (!row) throw new DomainError("NOT_FOUND", GONE);
  return row;
}

export async function updateEndOfDayRitual(
  db: DbOrTx,
  actor: MemberActor,
  input: { endOfDayRitual: string },
) {
  await setEndOfDayRitual(db, { userId: actor.userId, endOfDayRitual: input.endOfDayRitual });
  return input;
}

/** Records that the caller reviewed their plan (offered after each check). */
export async function markReviewed(db: DbOrTx, actor: MemberActor, at = new Date()) {
  await markPlanReviewed(db, actor.userId, at);
  return { reviewedAt: at };
}

/** Marks one of the caller's commitments done today, on their own calendar, or takes it back. */
export async function markCommitmentDone(
  db: DbOrTx,
  actor: MemberActor,
  input: { id: string; done: boolean },
  now = new Date(),
) {
  const row = await setCommitmentDone(db, {
    userId: actor.userId,
    id: input.id,
    day: formatLocal(now, actor.person.timeZone, "yyyy-MM-dd"),
    done: input.done,
  });
  if (!row) throw new DomainError("NOT_FOUND", GONE);
  return row;
}
