/**
 * The workshop catalog: admins publish learning opportunities for their organisation, clinicians
 * enrol, and marking one complete logs it as a CE entry filled in from the workshop, which the
 * clinician then checks and gives a certificate.
 */
import type { DbOrTx } from "@tend/db";
import type { CatalogRow, WorkshopFields, WorkshopRow } from "@tend/db/queries";
import {
  completeEnrolment,
  deleteOpenEnrolment,
  findWorkshop,
  insertEnrolment,
  insertEntry,
  insertWorkshop,
  listCatalog,
  listLicences,
  listOrganisationWorkshops,
  lockEnrolment,
  recordAuditEvent,
  updateWorkshop,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { todayFor } from "./licences";

const WORKSHOP_GONE = "This workshop is no longer in the catalog.";

export type WorkshopInput = WorkshopFields;

function workshopOutput(row: WorkshopRow) {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    description: row.description,
    startsOn: row.startsOn,
    minutes: row.minutes,
    format: row.format,
    categories: row.categories,
    link: row.link,
    archived: row.archivedAt !== null,
  };
}

const trimmed = (input: WorkshopInput): WorkshopInput => ({
  ...input,
  title: input.title.trim(),
  provider: input.provider.trim(),
  description: input.description.trim(),
  link: input.link.trim(),
});

// Admins ----------------------------------------------------------------------------------------

/** Every workshop the organisation published, archived ones last, with enrolment numbers. */
export async function listPublishedWorkshops(db: DbOrTx, actor: MemberActor) {
  const rows = await listOrganisationWorkshops(db, actor.membership.organisationId);
  return rows.map((r) => ({
    ...workshopOutput(r),
    enrolled: r.enrolled,
    completed: r.completed,
  }));
}

/** What admins did to the catalog, for the audit log. */
function audit(
  db: DbOrTx,
  actor: MemberActor,
  action: "workshop.published" | "workshop.changed" | "workshop.archived" | "workshop.restored",
  row: WorkshopRow,
) {
  return recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: "workshop",
    subjectId: row.id,
    data: { title: row.title },
  });
}

export async function publishWorkshop(db: DbOrTx, actor: MemberActor, input: WorkshopInput) {
  return db.transaction(async (tx) => {
    const row = await insertWorkshop(tx, actor.membership.organisationId, trimmed(input));
    await audit(tx, actor, "workshop.published", row);
    return workshopOutput(row);
  });
}

/** Changes a workshop; entries already logged from it keep what they were logged with. */
export async function changeWorkshop(
  db: DbOrTx,
  actor: MemberActor,
  input: WorkshopInput & { workshopId: string },
) {
  const { workshopId, ...fields } = input;
  return db.transaction(async (tx) => {
    const row = await updateWorkshop(
      tx,
      { organisationId: actor.membership.organisationId, workshopId },
      trimmed(fields),
    );
    if (!row) throw new DomainError("NOT_FOUND", WORKSHOP_GONE);
    await audit(tx, actor, "workshop.changed", row);
    return workshopOutput(row);
  });
}

/**
 * Takes a workshop out of the catalog (or puts it back). Those enrolled still see it and can
 * mark it complete; nobody new can enrol.
 */
export async function archiveWorkshop(
  db: DbOrTx,
  actor: MemberActor,
  input: { workshopId: string; archived: boolean },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await updateWorkshop(
      tx,
      { organisationId: actor.membership.organisationId, workshopId: input.workshopId },
      { archivedAt: input.archived ? now : null },
    );
    if (!row) throw new DomainError("NOT_FOUND", WORKSHOP_GONE);
    await audit(tx, actor, input.archived ? "workshop.archived" : "workshop.restored", row);
    return workshopOutput(row);
  });
}

// Clinicians ------------------------------------------------------------------------------------

function catalogOutput(row: CatalogRow, today: string) {
  return {
    ...workshopOutput(row),
    enrolled: row.enrolledAt !== null,
    completedAt: row.completedAt,
    entryId: row.entryId,
    /** A dated workshop can be marked complete from its day on; a self-paced one at any time. */
    completable: row.startsOn === null || row.startsOn <= today,
  };
}

/** The catalog with the caller's enrolments: published workshops, and archived ones they joined. */
export async function listOwnCatalog(db: DbOrTx, actor: MemberActor, now = new Date()) {
  const rows = await listCatalog(db, {
    organisationId: actor.membership.organisationId,
    membershipId: actor.membership.membershipId,
  });
  const today = todayFor(actor, now);
  return rows.map((r) => catalogOutput(r, today));
}

const ownEnrolment = (actor: MemberActor, workshopId: string) => ({
  workshopId,
  membershipId: actor.membership.membershipId,
});

/** Enrols the caller in a published workshop; enrolling twice changes nothing. */
export async function enrol(db: DbOrTx, actor: MemberActor, workshopId: string) {
  const organisationId = actor.membership.organisationId;
  // The workshop is held while enrolling: it is not archived in between.
  await db.transaction(async (tx) => {
    const workshop = await findWorkshop(tx, { organisationId, workshopId, share: true });
    if (!workshop) throw new DomainError("NOT_FOUND", WORKSHOP_GONE);
    if (workshop.archivedAt)
      throw new DomainError("CONFLICT", "This workshop has been taken out of the catalog.");
    await insertEnrolment(tx, { organisationId, ...ownEnrolment(actor, workshopId) });
  });
  return { workshopId };
}

/** Ends the caller's enrolment; one already completed stays, as its CE entry does. */
export async function leaveWorkshop(db: DbOrTx, actor: MemberActor, workshopId: string) {
  const left = await deleteOpenEnrolment(db, ownEnrolment(actor, workshopId));
  if (!left)
    throw new DomainError(
      "NOT_FOUND",
      "You are not enrolled in this workshop, or you have completed it.",
    );
  return { workshopId };
}

/**
 * Marks the caller's enrolment complete and logs a CE entry filled in from the workshop: its
 * title, provider, hours, format and subjects, dated the day it took place (today for a
 * self-paced one), counting toward the licences the caller holds. Completing twice logs once.
 */
export async function completeWorkshop(
  db: DbOrTx,
  actor: MemberActor,
  workshopId: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  const membershipId = actor.membership.membershipId;
  const today = todayFor(actor, now);
  return db.transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, ownEnrolment(actor, workshopId));
    const workshop = enrolment && (await findWorkshop(tx, { organisationId, workshopId }));
    if (!enrolment || !workshop)
      throw new DomainError("NOT_FOUND", "Enrol in this workshop before marking it complete.");
    if (enrolment.completedAt) {
      if (enrolment.entryId) return { workshopId, entryId: enrolment.entryId };
      throw new DomainError("CONFLICT", "You marked this workshop complete already.");
    }
    if (workshop.startsOn !== null && workshop.startsOn > today)
      throw new DomainError("INVALID", "Mark this workshop complete once it has taken place.");
    const held = (await listLicences(tx, membershipId)).filter((l) => l.status === "active");
    const entry = await insertEntry(
      tx,
      { organisationId, membershipId },
      {
        title: workshop.title,
        provider: workshop.provider,
        date: workshop.startsOn ?? today,
        minutes: workshop.minutes,
        format: workshop.format,
        categories: workshop.categories,
        licenceIds: held.map((l) => l.id),
        workshopId,
      },
    );
    await completeEnrolment(tx, ownEnrolment(actor, workshopId), {
      completedAt: now,
      entryId: entry.id,
    });
    return { workshopId, entryId: entry.id };
  });
}
