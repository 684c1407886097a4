/**
 * The demo's inboxes, as the events seeded before them would have left them: Dr Priya Shah is
 * told of the ProQOL result Maya Okafor shared with her, and Sam Rivera of his next supervision
 * session and of the LCSW renewal that is short of hours. Dates follow the day you seed.
 */
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { NewNotification } from "../queries";
import type { SeededPeople } from "./identity";
import { insertNotifications } from "../queries";
import { licences, resultShares, sessionParticipants, supervisionSessions } from "../schema";
import { PERSONAS } from "./personas";

export async function seedNotifications(tx: DbOrTx, people: SeededPeople, now: Date) {
  const { organisationId, membershipIds } = people.riverbend;
  const priya = membershipIds.get(PERSONAS.supervisor.name);
  const sam = membershipIds.get(PERSONAS.clinician.name);
  if (!priya || !sam) throw new Error("seed: Dr Priya Shah or Sam Rivera is missing");
  const rows: NewNotification[] = [];

  const [share] = await tx
    .select({ id: resultShares.id, sharedAt: resultShares.sharedAt })
    .from(resultShares)
    .where(eq(resultShares.supervisorMembershipId, priya))
    .orderBy(desc(resultShares.sharedAt))
    .limit(1);
  if (share)
    rows.push({
      organisationId,
      recipientMembershipId: priya,
      kind: "result_shared",
      subjectId: share.id,
      text: "Maya Okafor shared a ProQOL 5 result with you.",
      href: `/shared/${share.id}`,
      eventAt: null,
    });

  const [session] = await tx
    .select({ id: supervisionSessions.id, startsAt: supervisionSessions.startsAt })
    .from(supervisionSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, supervisionSessions.id))
    .where(
      and(
        eq(sessionParticipants.membershipId, sam),
        eq(sessionParticipants.status, "seated"),
        gt(supervisionSessions.startsAt, now),
        isNull(supervisionSessions.cancelledAt),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt))
    .limit(1);
  if (session)
    rows.push({
      organisationId,
      recipientMembershipId: sam,
      kind: "session_booked",
      subjectId: session.id,
      text: "Supervision booked.",
      href: `/supervision/sessions/${session.id}`,
      eventAt: session.startsAt,
    });

  const [lcsw] = await tx
    .select({ id: licences.id })
    .from(licences)
    .where(and(eq(licences.membershipId, sam), eq(licences.type, "LCSW")))
    .limit(1);
  if (lcsw)
    rows.push({
      organisationId,
      recipientMembershipId: sam,
      kind: "ce_deadline",
      subjectId: lcsw.id,
      text: "LCSW, Example State: the renewal cycle ends in 75 days, and some of its CE hours are still missing.",
      href: "/development",
      eventAt: null,
    });

  await insertNotifications(tx, rows);
}
