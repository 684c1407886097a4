/**
 * Development goals ("complete a trauma-informed care course by June"): the person's own, with
 * how far along they are and when they were reached. The prevention plan's
 * professional-development section lists them; nobody else reads them.
 */
import type { DbOrTx } from "@tend/db";
import type { GoalRow } from "@tend/db/queries";
import { deleteGoal, findGoal, insertGoal, listGoals, updateGoal } from "@tend/db/queries";

import type { UserActor } from "../actor";
import { DomainError } from "../errors";

const GOAL_GONE = "This goal is no longer in your list.";

function goalOutput(row: GoalRow) {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.dueOn,
    progress: row.progress,
    completedAt: row.completedAt,
  };
}

export async function listOwnGoals(db: DbOrTx, actor: UserActor) {
  return (await listGoals(db, actor.userId)).map(goalOutput);
}

export async function addGoal(
  db: DbOrTx,
  actor: UserActor,
  input: { title: string; dueOn: string | null },
) {
  return goalOutput(await insertGoal(db, { userId: actor.userId, ...input }));
}

/**
 * Changes a goal. Marking it done sets its progress to 100 and records when; reopening it keeps
 * the progress given (below 100).
 */
export async function changeGoal(
  db: DbOrTx,
  actor: UserActor,
  input: { goalId: string; title: string; dueOn: string | null; progress: number; done: boolean },
  now = new Date(),
) {
  const { goalId, done, ...rest } = input;
  const before = await findGoal(db, { userId: actor.userId, goalId });
  if (!before) throw new DomainError("NOT_FOUND", GOAL_GONE);
  const row = await updateGoal(
    db,
    { userId: actor.userId, goalId },
    {
      ...rest,
      progress: done ? 100 : Math.min(rest.progress, 99),
      completedAt: done ? (before.completedAt ?? now) : null,
    },
  );
  if (!row) throw new DomainError("NOT_FOUND", GOAL_GONE);
  return goalOutput(row);
}

export async function removeGoal(db: DbOrTx, actor: UserActor, goalId: string) {
  if (!(await deleteGoal(db, { userId: actor.userId, goalId })))
    throw new DomainError("NOT_FOUND", GOAL_GONE);
  return { id: goalId };
}
