/**
 * The supervision-hour log: entries from attended sessions and added by hand, the supervisor's
 * cosign queue (approve, or return with a comment), totals per period under the organisation's
 * board rule, and the approved log for a licensing board.
 */
import type { Db, DbOrTx } from "@tend/db";
import type { SessionFormat, SessionKind } from "@tend/db/schema";
import type { BoardRule, Period } from "@tend/supervision";
import {
  countAwaitingSignature,
  decideHourEntry,
  deleteHourEntry,
  deleteNotificationsAbout,
  getBoardRule,
  insertHourEntry,
  listCosignQueue,
  listHourEntries,
  listSupervisors,
  recordAuditEvent,
  setBoardRule,
  updateHourEntry,
} from "@tend/db/queries";
import { dayText, hoursText } from "@tend/development";
import { formatLocal } from "@tend/scheduling";
import { summariseByPeriod, summariseHours } from "@tend/supervision";

import type { MemberActor } from "../actor";
import { hasRole } from "../actor";
import { DomainError } from "../errors";
import { notify } from "../notifications";

function requireClinician(actor: MemberActor): void {
  if (!hasRole(actor, "clinician"))
    throw new DomainError("FORBIDDEN", "Only clinicians keep a supervision-hour log.");
}

/** The actor's log: every entry, and the approved hours per period as the board counts them. */
export async function getMyHourLog(
  db: Db,
  actor: MemberActor,
  input: { period: Period } = { period: "month" },
) {
  requireClinician(actor);
  const organisationId = actor.membership.organisationId;
  const [entries, board] = await Promise.all([
    listHourEntries(db, { organisationId, superviseeMembershipId: actor.membership.membershipId }),
    getBoardRule(db, organisationId),
  ]);
  const approved = entries.filter((e) => e.status === "approved");
  return {
    entries: entries.map((e) => ({
      id: e.id,
      date: e.date,
      kind: e.kind,
      minutes: e.minutes,
      format: e.format,
      topic: e.topic,
      status: e.status,
      returnComment: e.returnComment,
      supervisorMembershipId: e.supervisorMembershipId,
      supervisorName: e.supervisorName,
      signedAt: e.signedAt,
      fromSession: e.sessionId !== null,
    })),
    boardRule: board,
    total: summariseHours(approved, board.rule),
    pendingMinutes: entries
      .filter((e) => e.status !== "approved")
      .reduce((n, e) => n + e.minutes, 0),
    byPeriod: summariseByPeriod(approved, input.period, board.rule).reverse(),
  };
}

export interface HourEntryInput {
  supervisorMembershipId: string;
  kind: SessionKind;
  date: string;
  minutes: number;
  format: SessionFormat;
  topic: string;
}

async function checkEntry(db: Db, actor: MemberActor, input: HourEntryInput, now: Date) {
  requireClinician(actor);
  if (input.date > formatLocal(now, actor.person.timeZone, "yyyy-MM-dd"))
    throw new DomainError("INVALID", "Log supervision that has taken place.", {
      date: ["Choose today or an earlier date."],
    });
  const supervisors = await listSupervisors(db, actor.membership.membershipId);
  if (!supervisors.some((s) => s.membershipId === input.supervisorMembershipId))
    throw new DomainError("INVALID", "Choose one of your supervisors to sign it.", {
      supervisorMembershipId: ["Choose one of your supervisors."],
    });
}

/** Adds supervision that happened outside the app, for the chosen supervisor to sign. */
export async function addHourEntry(
  db: Db,
  actor: MemberActor,
  input: HourEntryInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  await checkEntry(db, actor, input, now);
  return db.transaction(async (tx) => {
    const entry = await insertHourEntry(tx, {
      organisationId: actor.membership.organisationId,
      superviseeMembershipId: actor.membership.membershipId,
      ...input,
    });
    await askToSign(tx, actor, { id: entry.id, ...input });
    return entry;
  });
}

const NO_ENTRY =
  "There is no such entry in your log, or it is signed and locked: it can no longer be changed.";

/** Changes an unsigned entry of the actor's (it goes back to the supervisor as pending). */
export async function editHourEntry(
  db: Db,
  actor: MemberActor,
  input: HourEntryInput & { id: string },
  now: Date = new Date(),
): Promise<void> {
  const { id, ...values } = input;
  requireClinician(actor);
  // The entry is found (or not) before the new values are judged; a refused change rolls back.
  await db.transaction(async (tx) => {
    const changed = await updateHourEntry(tx, {
      organisationId: actor.membership.organisationId,
      superviseeMembershipId: actor.membership.membershipId,
      entryId: id,
      ...values,
    });
    if (!changed) throw new DomainError("NOT_FOUND", NO_ENTRY);
    await checkEntry(db, actor, values, now);
    // Pending again, perhaps for another supervisor: earlier notices about it are withdrawn.
    await deleteNotificationsAbout(tx, {
      kinds: ["hours_to_sign", "hours_returned"],
      subjectId: id,
    });
    await askToSign(tx, actor, { id, ...values });
  });
}

/** Asks the entry's supervisor, in their inbox, to sign it. */
function askToSign(db: DbOrTx, actor: MemberActor, entry: HourEntryInput & { id: string }) {
  return notify(db, {
    organisationId: actor.membership.organisationId,
    recipients: [entry.supervisorMembershipId],
    kind: "hours_to_sign",
    subjectId: entry.id,
    text: `${actor.person.name} asks you to sign ${hoursText(entry.minutes)} of supervision on ${dayText(entry.date)}.`,
    href: "/supervision/cosign",
    eventAt: null,
  });
}

export async function removeHourEntry(db: Db, actor: MemberActor, id: string): Promise<void> {
  requireClinician(actor);
  await db.transaction(async (tx) => {
    const removed = await deleteHourEntry(tx, {
      organisationId: actor.membership.organisationId,
      superviseeMembershipId: actor.membership.membershipId,
      entryId: id,
    });
    if (!removed) throw new DomainError("NOT_FOUND", NO_ENTRY);
    await deleteNotificationsAbout(tx, {
      kinds: ["hours_to_sign", "hours_returned"],
      subjectId: id,
    });
  });
}

/** The entries awaiting the actor's signature, oldest first. */
export async function getCosignQueue(db: Db, actor: MemberActor) {
  const rows = await listCosignQueue(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
  });
  return rows.map((e) => ({
    id: e.id,
    superviseeName: e.superviseeName,
    date: e.date,
    kind: e.kind,
    minutes: e.minutes,
    format: e.format,
    topic: e.topic,
    fromSession: e.sessionId !== null,
  }));
}

/** Per supervisee, entries awaiting the actor's signature (for the supervisees page). */
export function countHoursAwaitingSignature(
  db: Db,
  actor: MemberActor,
  superviseeMembershipIds: string[],
) {
  return countAwaitingSignature(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
    superviseeMembershipIds,
  });
}

/**
 * Signs an entry addressed to the actor. From then on the database refuses any change to it;
 * the signature is an audit event.
 */
export async function approveHourEntry(
  db: Db,
  actor: MemberActor,
  id: string,
  now: Date = new Date(),
): Promise<{ signedAt: Date }> {
  return db.transaction(async (tx) => {
    const entry = await decideHourEntry(tx, {
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: actor.membership.membershipId,
      entryId: id,
      decision: { status: "approved", at: now },
    });
    if (!entry) throw new DomainError("NOT_FOUND", "That entry is not waiting for your signature.");
    await deleteNotificationsAbout(tx, { kinds: ["hours_to_sign"], subjectId: entry.id });
    await recordAuditEvent(tx, {
      organisationId: actor.membership.organisationId,
      actorUserId: actor.userId,
      action: "supervision_hours.signed",
      subjectType: "hour_entry",
      subjectId: entry.id,
      data: {
        superviseeMembershipId: entry.superviseeMembershipId,
        kind: entry.kind,
        date: entry.date,
        minutes: entry.minutes,
      },
    });
    return { signedAt: now };
  });
}

/** Returns an entry to its supervisee with a comment (what to correct). */
export async function returnHourEntry(
  db: Db,
  actor: MemberActor,
  input: { id: string; comment: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await decideHourEntry(tx, {
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: actor.membership.membershipId,
      entryId: input.id,
      decision: { status: "returned", comment: input.comment },
    });
    if (!entry) throw new DomainError("NOT_FOUND", "That entry is not waiting for your signature.");
    await deleteNotificationsAbout(tx, { kinds: ["hours_to_sign"], subjectId: entry.id });
    await notify(tx, {
      organisationId: actor.membership.organisationId,
      recipients: [entry.superviseeMembershipId],
      kind: "hours_returned",
      subjectId: entry.id,
      text: `${actor.person.name} returned your ${hoursText(entry.minutes)} on ${dayText(entry.date)}: ${input.comment}`,
      href: "/supervision/hours",
      eventAt: null,
    });
  });
}

/** The approved log for a licensing board: rows, totals and who the supervisee is. */
export async function getApprovedLog(
  db: Db,
  actor: MemberActor,
  range: { from?: string; to?: string },
) {
  requireClinician(actor);
  const organisationId = actor.membership.organisationId;
  const [entries, board] = await Promise.all([
    listHourEntries(db, {
      organisationId,
      superviseeMembershipId: actor.membership.membershipId,
      approvedOnly: true,
      ...range,
    }),
    getBoardRule(db, organisationId),
  ]);
  const rows = entries.reverse();
  return {
    supervisee: { name: actor.person.name, organisation: actor.membership.organisationName },
    timeZone: actor.person.timeZone,
    rows: rows.map((e) => ({
      id: e.id,
      date: e.date,
      kind: e.kind,
      minutes: e.minutes,
      format: e.format,
      topic: e.topic,
      supervisor: e.supervisorName,
      signedBy: e.supervisorName,
      signedAt: e.signedAt ?? new Date(0),
    })),
    boardRule: board,
    total: summariseHours(rows, board.rule),
  };
}

/** The organisation's board rule (admins set it; everyone's totals follow it). */
export function getHourRule(db: Db, actor: MemberActor) {
  return getBoardRule(db, actor.membership.organisationId);
}

export async function setHourRule(
  db: Db,
  actor: MemberActor,
  input: { name: string; rule: BoardRule },
): Promise<void> {
  try {
    summariseHours([], input.rule);
  } catch (error) {
    if (error instanceof RangeError) throw new DomainError("INVALID", error.message);
    throw error;
  }
  await setBoardRule(db, { organisationId: actor.membership.organisationId, ...input });
  await recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action: "supervision_hours.rule_changed",
    data: { name: input.name, rule: input.rule },
  });
}
