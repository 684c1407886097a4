import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { insertIndividualSession } from "@tend/db/queries";
import { supervisionRelationships, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument } from "@tend/instruments";

import type { MemberActor } from "../actor";
import { endSupervisionRelationship } from "../identity";
import { shareResult, stopSharing, submitCheck } from "../self-check";
import {
  addHourEntry,
  approveHourEntry,
  queueSessionNotices,
  removeHourEntry,
  returnHourEntry,
} from "../supervision";
import { actorOf, domainFailure } from "../testing";
import {
  listInbox,
  readAllNotifications,
  readNotification,
  unreadNotifications,
} from "./notifications";

const db = connectTestDb();
let org: TestOrganisation;

const pulse = Object.fromEntries(getInstrument("pulse").items.map((item) => [item.id, 3]));

/** The clinician takes a pulse and shares it with their supervisor. */
async function shareAPulse(clinician: MemberActor) {
  const { id } = await submitCheck(db, clinician, { instrumentId: "pulse", answers: pulse });
  return shareResult(db, clinician, {
    responseId: id,
    supervisorMembershipId: org.supervisor.membershipId,
  });
}
/** 14:00 in London on a weekday, outside the default quiet hours. */
const AFTERNOON = new Date("2026-11-25T14:00:00Z");
/** 23:00 in London: inside them. */
const NIGHT = new Date("2026-11-25T23:00:00Z");

beforeAll(async () => {
  org = await createTestOrganisation(db, "Inbox");
  for (const member of [org.clinician, org.supervisor, org.otherSupervisor])
    await db
      .update(users)
      .set({ timeZone: "Europe/London", quietHours: { start: "21:00", end: "07:30" } })
      .where(eq(users.id, member.userId));
});
afterAll(async () => {
  await db.close();
});

describe("the in-app inbox", () => {
  it("tells the supervisor of a shared result, not the one who shared it, and withdraws it when sharing stops", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    const share = await shareAPulse(clinician);

    const inbox = await listInbox(db, supervisor, AFTERNOON);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      kind: "result_shared",
      text: `${clinician.person.name} shared a Pulse result with you.`,
      href: `/shared/${share.id}`,
      readAt: null,
    });
    expect((await listInbox(db, clinician, AFTERNOON)).items).toEqual([]);
    expect((await listInbox(db, await actorOf(db, org.otherSupervisor), AFTERNOON)).items).toEqual(
      [],
    );

    await stopSharing(db, clinician, share.id);
    expect((await listInbox(db, supervisor, AFTERNOON)).items).toEqual([]);
  });

  it("is marked read per item by its recipient only, and the bell counts what is unread", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    for (let i = 0; i < 2; i++) {
      await shareAPulse(clinician);
    }
    expect(await unreadNotifications(db, supervisor, AFTERNOON)).toEqual({
      unread: 2,
      quietUntil: null,
    });
    const [first] = (await listInbox(db, supervisor, AFTERNOON)).items;
    if (!first) throw new Error("no notice");

    expect(await domainFailure(readNotification(db, clinician, first.id))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await readNotification(db, supervisor, first.id, AFTERNOON)).toMatchObject({
      href: first.href,
    });
    const inbox = await listInbox(db, supervisor, AFTERNOON);
    expect(inbox.unread).toBe(1);
    expect(inbox.items.find((n) => n.id === first.id)?.readAt).toEqual(AFTERNOON);

    expect(await readAllNotifications(db, supervisor, AFTERNOON)).toEqual({ marked: 1 });
    expect((await unreadNotifications(db, supervisor, AFTERNOON)).unread).toBe(0);
  });

  it("holds the bell's count in the reader's quiet hours, and the inbox says until when", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    await shareAPulse(clinician);
    const morning = new Date("2026-11-26T07:30:00Z");
    expect(await unreadNotifications(db, supervisor, NIGHT)).toEqual({
      unread: 0,
      quietUntil: morning,
    });
    const inbox = await listInbox(db, supervisor, NIGHT);
    expect(inbox).toMatchObject({ unread: 1, quietUntil: morning });
    expect((await unreadNotifications(db, supervisor, AFTERNOON)).unread).toBe(1);
    await readAllNotifications(db, supervisor, AFTERNOON);
  });

  it("asks the supervisor to sign hours, and tells the clinician when they come back", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    const entry = await addHourEntry(
      db,
      clinician,
      {
        supervisorMembershipId: org.supervisor.membershipId,
        kind: "individual",
        date: "2026-11-20",
        minutes: 90,
        format: "in-person",
        topic: "",
      },
      AFTERNOON,
    );
    const [toSign] = (await listInbox(db, supervisor, AFTERNOON)).items;
    expect(toSign).toMatchObject({
      kind: "hours_to_sign",
      text: `${clinician.person.name} asks you to sign 1.5 hours of supervision on 20 Nov 2026.`,
      href: "/supervision/cosign",
    });

    await returnHourEntry(db, supervisor, { id: entry.id, comment: "It was 60 minutes." });
    expect(
      (await listInbox(db, supervisor, AFTERNOON)).items.filter((n) => n.kind === "hours_to_sign"),
    ).toEqual([]);
    const [returned] = (await listInbox(db, clinician, AFTERNOON)).items;
    expect(returned).toMatchObject({
      kind: "hours_returned",
      text: `${supervisor.person.name} returned your 1.5 hours on 20 Nov 2026: It was 60 minutes.`,
    });
  });

  it("withdraws the request to sign once the entry is signed or removed", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    const entry = (minutes: number) =>
      addHourEntry(
        db,
        clinician,
        {
          supervisorMembershipId: org.supervisor.membershipId,
          kind: "individual",
          date: "2026-11-21",
          minutes,
          format: "video",
          topic: "",
        },
        AFTERNOON,
      );
    const toSign = async () =>
      (await listInbox(db, supervisor, AFTERNOON)).items.filter((n) => n.kind === "hours_to_sign");
    const signed = await entry(50);
    const removed = await entry(60);
    expect(await toSign()).toHaveLength(2);
    await approveHourEntry(db, supervisor, signed.id, AFTERNOON);
    await removeHourEntry(db, clinician, removed.id);
    expect(await toSign()).toEqual([]);
  });

  it("stops showing a shared result's notice once supervision ends, as access does", async () => {
    const clinician = await actorOf(db, org.clinician);
    const supervisor = await actorOf(db, org.supervisor);
    await shareAPulse(clinician);
    const shared = async () =>
      (await listInbox(db, supervisor, AFTERNOON)).items.filter((n) => n.kind === "result_shared");
    // This one unread, and the earlier ones of the journey read.
    expect((await shared()).filter((n) => n.readAt === null)).toHaveLength(1);
    expect((await unreadNotifications(db, supervisor, AFTERNOON)).unread).toBeGreaterThan(0);

    const [link] = await db
      .select({ id: supervisionRelationships.id })
      .from(supervisionRelationships)
      .where(eq(supervisionRelationships.superviseeMembershipId, org.clinician.membershipId));
    if (!link) throw new Error("no supervision");
    await endSupervisionRelationship(db, await actorOf(db, org.admin), link.id);
    expect(await shared()).toEqual([]);
    expect((await unreadNotifications(db, supervisor, AFTERNOON)).unread).toBe(0);
  });

  it("tells everyone of a session change but the person who made it, with the session's time", async () => {
    const startsAt = new Date("2026-12-01T10:00:00Z");
    const before = (await listInbox(db, await actorOf(db, org.clinician), AFTERNOON)).items.length;
    const outcome = await insertIndividualSession(db, {
      organisationId: org.organisationId,
      supervisorMembershipId: org.supervisor.membershipId,
      participantMembershipId: org.clinician.membershipId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 50 * 60_000),
    });
    if (!outcome.ok) throw new Error("overlap");
    const { sessionId } = outcome.value;
    await queueSessionNotices(db, {
      session: { id: sessionId, organisationId: org.organisationId },
      kind: "booked",
      recipients: [org.clinician.membershipId, org.supervisor.membershipId],
      actorMembershipId: org.clinician.membershipId,
      startsAt,
    });
    const supervisorInbox = (await listInbox(db, await actorOf(db, org.supervisor), AFTERNOON))
      .items;
    expect(supervisorInbox.find((n) => n.kind === "session_booked")).toMatchObject({
      text: "Supervision booked.",
      href: `/supervision/sessions/${sessionId}`,
      eventAt: startsAt,
    });
    expect((await listInbox(db, await actorOf(db, org.clinician), AFTERNOON)).items).toHaveLength(
      before,
    );
  });
});
