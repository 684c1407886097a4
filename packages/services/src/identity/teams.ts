/** Admins shaping their organisation's teams: adding, renaming, archiving and restoring them. */
import type { DbOrTx } from "@tend/db";
import {
  createTeam as insertTeam,
  listTeams,
  recordAuditEvent,
  setTeamArchived,
  updateTeam as writeTeam,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

const TAKEN = (name: string) =>
  new DomainError("CONFLICT", `There already is a team called "${name}" (perhaps archived).`, {
    name: ["Choose another name."],
  });

/** The organisation's archived teams, for restoring. */
export function listArchivedTeams(db: DbOrTx, actor: MemberActor) {
  return listTeams(db, actor.membership.organisationId, "archived");
}

/** Adds a team. Team names are unique within the organisation, archived teams included. */
export async function createTeam(
  db: DbOrTx,
  actor: MemberActor,
  input: { name: string; description: string },
) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const id = await insertTeam(tx, { organisationId, ...input });
    if (!id) throw TAKEN(input.name);
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "team.created",
      subjectType: "team",
      subjectId: id,
      data: { name: input.name },
    });
    return { id, name: input.name };
  });
}

/** Renames a team or changes its description. */
export async function updateTeam(
  db: DbOrTx,
  actor: MemberActor,
  input: { teamId: string; name: string; description: string },
) {
  const organisationId = actor.membership.organisationId;
  try {
    return await db.transaction(async (tx) => {
      const changed = await writeTeam(tx, { organisationId, ...input });
      if (!changed) throw new DomainError("NOT_FOUND", "There is no such team.");
      if (changed.before !== input.name)
        await recordAuditEvent(tx, {
          organisationId,
          actorUserId: actor.userId,
          action: "team.renamed",
          subjectType: "team",
          subjectId: input.teamId,
          data: { from: changed.before, to: input.name },
        });
      return { id: input.teamId, name: input.name };
    });
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === "23505") throw TAKEN(input.name);
    throw err;
  }
}

/**
 * Archives a team (`archived: true`) or restores it. An archived team keeps its members and
 * history, is offered nowhere and is left out of reports; its members count where else they are.
 */
export async function setTeamArchivedState(
  db: DbOrTx,
  actor: MemberActor,
  input: { teamId: string; archived: boolean },
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const name = await setTeamArchived(tx, {
      organisationId,
      teamId: input.teamId,
      at: input.archived ? now : null,
    });
    if (!name)
      throw new DomainError(
        "NOT_FOUND",
        input.archived ? "This team is already archived." : "This team is not archived.",
      );
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: input.archived ? "team.archived" : "team.restored",
      subjectType: "team",
      subjectId: input.teamId,
      data: { name },
    });
    return { id: input.teamId, name };
  });
}
