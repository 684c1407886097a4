/**
 * The evaluation firewall's one door: a clinician shares one result with one of their own
 * supervisors, sees every share they have made, and can stop any of them. Supervisors read
 * only what is shared with them, and only while the share stands.
 */
import type { DbOrTx } from "@tend/db";
import {
  createResultShare,
  deleteNotificationsAbout,
  getOwnCheckResponse,
  getSelfCheckSettings,
  getSharedResult,
  listOwnSharingEvents,
  listSharesByOwner,
  listSharesForSupervisor,
  listSupervisors,
  recordAuditEvent,
  revokeResultShare,
} from "@tend/db/queries";
import { getInstrument, isInstrumentId } from "@tend/instruments";

import type { MemberActor, UserActor } from "../actor";
import { DomainError } from "../errors";
import { notify } from "../notifications";
import { presentInstrument } from "./present";

const instrumentName = (instrumentId: string) =>
  isInstrumentId(instrumentId) ? getInstrument(instrumentId).shortName : instrumentId;

/** Shares one of the caller's results with one of their current supervisors (explicit consent). */
export function shareResult(
  db: DbOrTx,
  actor: MemberActor,
  input: { responseId: string; supervisorMembershipId: string; note?: string },
) {
  return db.transaction(async (tx) => {
    const response = await getOwnCheckResponse(tx, {
      userId: actor.userId,
      responseId: input.responseId,
    });
    if (!response)
      throw new DomainError("NOT_FOUND", "That result does not exist, or is not yours.");
    if (response.organisationId !== actor.membership.organisationId) {
      throw new DomainError(
        "FORBIDDEN",
        "This result was taken in another organisation: switch to it to share it with a supervisor there.",
      );
    }
    const supervisors = await listSupervisors(tx, actor.membership.membershipId);
    const supervisor = supervisors.find((s) => s.membershipId === input.supervisorMembershipId);
    if (!supervisor) {
      throw new DomainError(
        "FORBIDDEN",
        "You can share a result only with one of your own supervisors.",
      );
    }
    const share = await createResultShare(tx, {
      responseId: response.id,
      ownerUserId: actor.userId,
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: supervisor.membershipId,
      note: input.note,
    });
    if (!share) {
      throw new DomainError("CONFLICT", `This result is already shared with ${supervisor.name}.`);
    }
    await recordAuditEvent(tx, {
      organisationId: actor.membership.organisationId,
      actorUserId: actor.userId,
      action: "self_check.shared",
      subjectType: "result_share",
      subjectId: share.id,
      data: {
        supervisorMembershipId: supervisor.membershipId,
        instrumentId: response.instrumentId,
      },
    });
    await notify(tx, {
      organisationId: actor.membership.organisationId,
      recipients: [supervisor.membershipId],
      kind: "result_shared",
      subjectId: share.id,
      text: `${actor.person.name} shared a ${instrumentName(response.instrumentId)} result with you.`,
      href: `/shared/${share.id}`,
      eventAt: null,
    });
    return { id: share.id, supervisorName: supervisor.name };
  });
}

/**
 * Ends a share the caller made; the supervisor loses access at once. Any signed-in owner may
 * do this, so that someone who has left the organisation can still withdraw their consent.
 */
export function stopSharing(db: DbOrTx, actor: UserActor, shareId: string) {
  return db.transaction(async (tx) => {
    const share = await revokeResultShare(tx, { shareId, ownerUserId: actor.userId });
    if (!share) {
      throw new DomainError("NOT_FOUND", "That share does not exist or has already been stopped.");
    }
    await recordAuditEvent(tx, {
      organisationId: share.organisationId,
      actorUserId: actor.userId,
      action: "self_check.share_revoked",
      subjectType: "result_share",
      subjectId: share.id,
      data: { supervisorMembershipId: share.supervisorMembershipId },
    });
    // The supervisor's notice would lead nowhere now.
    await deleteNotificationsAbout(tx, { kinds: ["result_shared"], subjectId: share.id });
    return { id: share.id };
  });
}

/** A share as its owner sees it: active while it stands, stopped by them, or ended. */
function presentShare(s: Awaited<ReturnType<typeof listSharesByOwner>>[number]) {
  return {
    ...s,
    instrumentName: instrumentName(s.instrumentId),
    status: s.revokedAt
      ? ("stopped" as const)
      : s.stands
        ? ("active" as const)
        : ("ended" as const),
  };
}

/** The caller's shares that stand today, newest first (for the dashboard). */
export async function listActiveShares(db: DbOrTx, actor: UserActor) {
  const shares = await listSharesByOwner(db, actor.userId);
  return shares.map(presentShare).filter((s) => s.status === "active");
}

/**
 * Everything the caller has shared, in every organisation: who sees which result since when
 * (standing shares first), the shares that have ended and why, and the trail of their own
 * sharing decisions.
 */
export async function listMyShares(db: DbOrTx, actor: UserActor) {
  const [shares, events] = await Promise.all([
    listSharesByOwner(db, actor.userId),
    listOwnSharingEvents(db, actor.userId),
  ]);
  const present = shares.map(presentShare);
  return {
    active: present.filter((s) => s.status === "active"),
    past: present.filter((s) => s.status !== "active"),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action === "self_check.shared" ? ("shared" as const) : ("stopped" as const),
      supervisorName: e.supervisorName,
      instrumentName: e.instrumentId ? instrumentName(e.instrumentId) : null,
      organisationName: e.organisationName,
    })),
  };
}

/** Results that supervisees have shared with the caller and not revoked, newest first. */
export async function listSharedWithMe(db: DbOrTx, actor: MemberActor) {
  const rows = await listSharesForSupervisor(db, actor.membership.membershipId);
  return rows.map((r) => ({ ...r, instrumentName: instrumentName(r.instrumentId) }));
}

/** One shared result (scores and bands only, never the answers) while the share stands. */
export async function getSharedWithMe(db: DbOrTx, actor: MemberActor, shareId: string) {
  const shared = await getSharedResult(db, {
    shareId,
    supervisorMembershipId: actor.membership.membershipId,
  });
  const instrumentId = shared?.instrumentId;
  if (!shared || !instrumentId || !isInstrumentId(instrumentId)) {
    throw new DomainError(
      "NOT_FOUND",
      "This result is not shared with you, or its owner has stopped sharing it.",
    );
  }
  const settings = await getSelfCheckSettings(db, actor.membership.organisationId);
  return {
    ...shared,
    instrumentId,
    instrument: presentInstrument(getInstrument(instrumentId), settings?.roleWords ?? undefined, {
      items: false,
    }),
  };
}
