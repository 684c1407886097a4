/** An organisation's own settings: its name, default time zone and report threshold. */
import type { DbOrTx } from "@tend/db";
import type { OrganisationSettings } from "@tend/db/queries";
import {
  getOrganisationSettings as readSettings,
  recordAuditEvent,
  updateOrganisationSettings as writeSettings,
} from "@tend/db/queries";
import { MINIMUM_K, reportThreshold } from "@tend/reports";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

export type { OrganisationSettings };

/** The caller's organisation's settings, with the smallest report threshold allowed. */
export async function getOrganisationSettings(db: DbOrTx, actor: MemberActor) {
  const settings = await readSettings(db, actor.membership.organisationId);
  if (!settings) throw new DomainError("NOT_FOUND", "This organisation no longer exists.");
  return { ...settings, minimumReportThreshold: MINIMUM_K };
}

/**
 * Saves the settings and records which changed, from what to what, in the audit log. The
 * threshold never goes below `MINIMUM_K`: a report figure always stands for at least 5 people.
 */
export async function updateOrganisationSettings(
  db: DbOrTx,
  actor: MemberActor,
  input: OrganisationSettings,
) {
  if (!Number.isInteger(input.reportThreshold) || input.reportThreshold < MINIMUM_K)
    throw new DomainError("INVALID", `The report threshold must be at least ${MINIMUM_K}.`, {
      reportThreshold: [`Use ${MINIMUM_K} or more.`],
    });
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const saved = await writeSettings(tx, {
      organisationId,
      ...input,
      reportThreshold: reportThreshold(input.reportThreshold),
    });
    if (!saved) throw new DomainError("NOT_FOUND", "This organisation no longer exists.");
    const changes = (Object.keys(saved.after) as (keyof OrganisationSettings)[])
      .filter((key) => saved.before[key] !== saved.after[key])
      .map((key) => ({ setting: key, from: saved.before[key], to: saved.after[key] }));
    if (changes.length > 0)
      await recordAuditEvent(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: "organisation.settings_changed",
        subjectType: "organisation",
        subjectId: organisationId,
        data: { changes },
      });
    return { ...saved.after, minimumReportThreshold: MINIMUM_K };
  });
}
