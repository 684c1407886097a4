import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertIndividualSession } from "@tend/db/queries";
import { auditEvents, hourEntries, supervisionNotices } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { Fixture } from "../../testing/actors";
import { callerFor } from "../../testing/actors";
import { nextFreeHour, supervisionFixture } from "../../testing/supervision-rows";

const db = connectTestDb();
let fx: Fixture;
beforeAll(async () => {
  fx = { db, org: await createTestOrganisation(db), other: await createTestOrganisation(db) };
});
afterAll(() => db.close());

const HOUR = 3_600_000;

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** An individual session of the clinician with their supervisor that ran two hours ago. */
async function pastSession(hoursAgo = 2) {
  const startsAt = new Date(Math.floor(Date.now() / HOUR) * HOUR - hoursAgo * HOUR);
  const outcome = await insertIndividualSession(db, {
    organisationId: fx.org.organisationId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
    participantMembershipId: fx.org.clinician.membershipId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 50 * 60_000),
  });
  if (!outcome.ok) throw new Error("overlap");
  return outcome.value.sessionId;
}

describe("booking through the API", () => {
  it("books an offered time, queues mail for both, and answers a taken time with fresh slots", async () => {
    const { sessionTypeId } = await supervisionFixture(fx);
    const startsAt = nextFreeHour();
    const clinician = callerFor(fx, "clinician");
    const booked = await clinician.booking.book({ sessionTypeId, startsAt });
    expect(booked.status).toBe("booked");
    if (booked.status !== "booked") return;
    const notices = await db
      .select()
      .from(supervisionNotices)
      .where(eq(supervisionNotices.sessionId, booked.sessionId));
    expect(notices.map((n) => n.recipientMembershipId).sort()).toEqual(
      [fx.org.clinician.membershipId, fx.org.supervisor.membershipId].sort(),
    );

    const again = await clinician.booking.book({ sessionTypeId, startsAt });
    expect(again.status).toBe("taken");
    if (again.status !== "taken") return;
    expect(again.message).toMatch(/just taken/);
    expect(again.slots.length).toBeGreaterThan(0);
    expect(again.slots.some((s) => s.start.getTime() === startsAt.getTime())).toBe(false);
  });

  it("lets a participant cancel before the window, and refuses inside it; the supervisor may", async () => {
    const { sessionTypeId } = await supervisionFixture(fx);
    const clinician = callerFor(fx, "clinician");
    const later = await clinician.booking.book({ sessionTypeId, startsAt: nextFreeHour() });
    if (later.status !== "booked") throw new Error("not booked");
    expect(
      await clinician.session.cancel({ sessionId: later.sessionId, reason: "On leave" }),
    ).toEqual({ cancelled: "session" });
    const detail = await callerFor(fx, "supervisor").session.get({ sessionId: later.sessionId });
    expect(detail.session).toMatchObject({ cancelled: true, cancellationReason: "On leave" });

    // A session an hour from now is inside the 24-hour window.
    const soon = new Date(Math.ceil(Date.now() / HOUR) * HOUR + HOUR);
    const outcome = await insertIndividualSession(db, {
      organisationId: fx.org.organisationId,
      supervisorMembershipId: fx.org.supervisor.membershipId,
      participantMembershipId: fx.org.clinician.membershipId,
      sessionTypeId,
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 50 * 60_000),
    });
    if (!outcome.ok) throw new Error("overlap");
    const refused = await failure(
      clinician.session.cancel({ sessionId: outcome.value.sessionId, reason: "Too busy" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/up to 24 hours before .* contact supervisor/);
    await callerFor(fx, "supervisor").session.cancel({
      sessionId: outcome.value.sessionId,
      reason: "Unwell",
    });
  });

  it("moves a session to another offered time and raises its calendar sequence", async () => {
    const { sessionTypeId } = await supervisionFixture(fx);
    const clinician = callerFor(fx, "clinician");
    const booked = await clinician.booking.book({ sessionTypeId, startsAt: nextFreeHour() });
    if (booked.status !== "booked") throw new Error("not booked");
    const to = nextFreeHour();
    await clinician.session.reschedule({ sessionId: booked.sessionId, startsAt: to });
    const file = await clinician.calendar.sessionFile({ sessionId: booked.sessionId });
    expect(file.ics).toContain("SEQUENCE:1");
    expect(file.ics).toContain(`DTSTART:${to.toISOString().replace(/[-:]|\.\d{3}/g, "")}`);
  });
});

describe("agendas and notes", () => {
  it("warns about likely client identifiers and saves only once the author confirms", async () => {
    const { sessionId } = await supervisionFixture(fx);
    const clinician = callerFor(fx, "clinician");
    const item = {
      sessionId,
      title: "Grief work with Mrs Patel",
      summary: "Born 12/03/1961, call 07700 900123.",
      helpWanted: "Pacing",
    };
    const warned = await clinician.session.addAgendaItem(item);
    expect(warned.status).toBe("needs-confirmation");
    if (warned.status !== "needs-confirmation") return;
    expect(warned.identifiers.map((i) => [i.field, i.text])).toEqual(
      expect.arrayContaining([
        ["title", "Mrs Patel"],
        ["summary", expect.stringContaining("12/03/1961")],
        ["summary", "07700 900123"],
      ]),
    );
    let detail = await clinician.session.get({ sessionId });
    expect(detail.agenda.some((a) => a.title === item.title)).toBe(false);

    const saved = await clinician.session.addAgendaItem({ ...item, confirmed: true });
    expect(saved.status).toBe("saved");
    detail = await callerFor(fx, "supervisor").session.get({ sessionId });
    expect(detail.agenda.find((a) => a.title === item.title)).toMatchObject({ mine: false });
  });

  it("shows participants the shared notes only", async () => {
    const { sessionId } = await supervisionFixture(fx);
    const supervisor = callerFor(fx, "supervisor");
    await supervisor.session.addNote({
      sessionId,
      body: "Shared: try the pacing plan",
      visibility: "shared",
    });
    await supervisor.session.addNote({
      sessionId,
      body: "Private: check in next week",
      visibility: "private",
    });
    const seen = (await callerFor(fx, "clinician").session.get({ sessionId })).notes.map(
      (n) => n.body,
    );
    expect(seen).toContain("Shared: try the pacing plan");
    expect(seen).not.toContain("Private: check in next week");
    const own = (await supervisor.session.get({ sessionId })).notes.map((n) => n.body);
    expect(own).toEqual(
      expect.arrayContaining(["Shared: try the pacing plan", "Private: check in next week"]),
    );
  });

  it("keeps the waitlist out of the case discussion", async () => {
    const supervisor = callerFor(fx, "supervisor");
    const { sessionId } = await supervisor.session.createGroup({
      title: "Small group",
      startsAt: nextFreeHour(),
      durationMinutes: 45,
      seatLimit: 2,
      format: "video",
    });
    await callerFor(fx, "clinician").booking.join({ sessionId });
    await callerFor(fx, "supervisingClinician").booking.join({ sessionId });
    expect(await callerFor(fx, "otherClinician").booking.join({ sessionId })).toEqual({
      status: "waitlisted",
      position: 1,
    });
    await callerFor(fx, "clinician").session.addAgendaItem({
      sessionId,
      title: "A hard week",
      summary: "",
      helpWanted: "",
    });
    const waiting = await callerFor(fx, "otherClinician").session.get({ sessionId });
    expect(waiting.role).toBe("waitlisted");
    expect(waiting.agenda).toEqual([]);
    expect(
      (
        await failure(
          callerFor(fx, "otherClinician").session.addAgendaItem({
            sessionId,
            title: "Mine too",
            summary: "",
            helpWanted: "",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});

describe("attendance and the hour log", () => {
  it("turns attendance into a pending entry, signs it with an audit event, and locks it", async () => {
    const sessionId = await pastSession();
    const supervisor = callerFor(fx, "supervisor");
    const clinician = callerFor(fx, "clinician");
    expect(
      await supervisor.session.markAttendance({
        sessionId,
        marks: [{ membershipId: fx.org.clinician.membershipId, attendance: "attended" }],
      }),
    ).toEqual({ entriesCreated: 1 });
    const queued = (await supervisor.hours.queue()).filter((e) => e.fromSession);
    expect(queued).toHaveLength(1);
    const [entry] = queued;
    if (!entry) return;
    expect(entry).toMatchObject({ kind: "individual", minutes: 50 });

    const { signedAt } = await supervisor.hours.approve({ id: entry.id });
    const log = await clinician.hours.log({ period: "month" });
    const signed = log.entries.find((e) => e.id === entry.id);
    expect(signed).toMatchObject({ status: "approved", signedAt });
    expect(signed?.supervisorName).toMatch(/^supervisor /);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "supervision_hours.signed"),
          eq(auditEvents.subjectId, entry.id),
        ),
      );
    expect(event?.actorUserId).toBe(fx.org.supervisor.userId);

    // Locked: not through the API...
    const edit = await failure(
      clinician.hours.edit({
        id: entry.id,
        supervisorMembershipId: fx.org.supervisor.membershipId,
        kind: "individual",
        date: "2026-01-01",
        minutes: 500,
        format: "video",
        topic: "",
      }),
    );
    expect(edit.code).toBe("NOT_FOUND");
    expect((await failure(clinician.hours.remove({ id: entry.id }))).code).toBe("NOT_FOUND");
    expect(
      (await failure(supervisor.hours.return({ id: entry.id, comment: "Too late" }))).code,
    ).toBe("NOT_FOUND");
    // ...nor by any SQL at all.
    await expect(
      db.update(hourEntries).set({ minutes: 500 }).where(eq(hourEntries.id, entry.id)),
    ).rejects.toThrow();
    await expect(db.delete(hourEntries).where(eq(hourEntries.id, entry.id))).rejects.toThrow();
    // Marking the person absent afterwards leaves the signed entry alone.
    await supervisor.session.markAttendance({
      sessionId,
      marks: [{ membershipId: fx.org.clinician.membershipId, attendance: "absent" }],
    });
    const [still] = await db.select().from(hourEntries).where(eq(hourEntries.id, entry.id));
    expect(still?.minutes).toBe(50);
  });

  it("returns an entry with a comment; the supervisee corrects it and it is pending again", async () => {
    const clinician = callerFor(fx, "clinician");
    const supervisor = callerFor(fx, "supervisor");
    const values = {
      supervisorMembershipId: fx.org.supervisor.membershipId,
      kind: "group" as const,
      date: "2026-09-14",
      minutes: 90,
      format: "in-person" as const,
      topic: "Case discussion at the team day",
    };
    const { id } = await clinician.hours.add(values);
    await supervisor.hours.return({ id, comment: "It was 60 minutes." });
    let log = await clinician.hours.log({ period: "month" });
    expect(log.entries.find((e) => e.id === id)).toMatchObject({
      status: "returned",
      returnComment: "It was 60 minutes.",
    });
    await clinician.hours.edit({ id, ...values, minutes: 60 });
    log = await clinician.hours.log({ period: "month" });
    expect(log.entries.find((e) => e.id === id)).toMatchObject({ status: "pending", minutes: 60 });
    // A date in the future is refused, with the field named.
    const future = await failure(clinician.hours.add({ ...values, date: "2999-01-01" }));
    expect(future.code).toBe("BAD_REQUEST");
  });

  it("counts approved hours under the organisation's board rule", async () => {
    const org = await createTestOrganisation(db, "Board");
    const local: Fixture = { db, org, other: fx.other };
    const clinician = callerFor(local, "clinician");
    const supervisor = callerFor(local, "supervisor");
    await callerFor(local, "admin").hours.setRule({
      name: "Group hours count half",
      rule: { groupWeight: 0.5 },
    });
    for (const [kind, minutes] of [
      ["individual", 60],
      ["group", 120],
    ] as const) {
      const { id } = await clinician.hours.add({
        supervisorMembershipId: org.supervisor.membershipId,
        kind,
        date: "2026-10-05",
        minutes,
        format: "video",
        topic: "",
      });
      await supervisor.hours.approve({ id });
    }
    const log = await clinician.hours.log({ period: "month" });
    expect(log.total).toMatchObject({
      individualMinutes: 60,
      groupMinutes: 120,
      countedMinutes: 120,
    });
    expect(log.byPeriod[0]?.period).toBe("2026-10");
    const approved = await clinician.hours.approvedLog({});
    expect(approved.rows).toHaveLength(2);
    expect(approved.boardRule.name).toBe("Group hours count half");
  });
});

describe("recurring series", () => {
  it("stores occurrences, moves one without touching the rest, and changes the rest from a date on", async () => {
    const org = await createTestOrganisation(db, "Series");
    const local: Fixture = { db, org, other: fx.other };
    const supervisor = callerFor(local, "supervisor");
    const first = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / HOUR) * HOUR);
    const created = await supervisor.series.create({
      kind: "individual",
      participantMembershipId: org.clinician.membershipId,
      title: null,
      seatLimit: 1,
      rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=6",
      firstStart: first,
      durationMinutes: 50,
      format: "video",
    });
    expect(created).toMatchObject({ created: 6, clashes: [] });
    const range = { from: new Date(Date.now()), to: new Date(Date.now() + 100 * 86_400_000) };
    const sessions = await callerFor(local, "clinician").session.listMine(range);
    expect(sessions).toHaveLength(6);
    expect(sessions.every((s) => s.inSeries && s.role === "seated")).toBe(true);

    // Move the second occurrence by a day: only it changes.
    const [, second, third] = sessions;
    if (!second || !third) return;
    await supervisor.session.reschedule({
      sessionId: second.id,
      startsAt: new Date(second.startsAt.getTime() + 86_400_000),
    });
    // From the third on: every other Thursday an hour later, three times.
    const changed = await supervisor.series.changeFrom({
      seriesId: third.seriesId ?? "",
      from: third.startsAt,
      rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=3",
      firstStart: new Date(third.startsAt.getTime() + HOUR),
      durationMinutes: 50,
    });
    expect(changed.created).toBe(3);
    const after = await callerFor(local, "clinician").session.listMine(range);
    const live = after.filter((s) => !s.cancelled);
    expect(live).toHaveLength(5);
    expect(live[0]?.startsAt).toEqual(sessions[0]?.startsAt);
    expect(live[1]).toMatchObject({ moved: true });
    expect(live.slice(2).map((s) => s.startsAt.getTime() - HOUR)).toEqual(
      sessions.slice(2, 5).map((s) => s.startsAt.getTime()),
    );
    expect(after.filter((s) => s.cancelled)).toHaveLength(4);
  });
});

describe("calendar feed", () => {
  it("opens with its token, stops when regenerated, and ends when turned off", async () => {
    const clinician = callerFor(fx, "clinician");
    const anonymous = callerFor(fx, "anonymous");
    expect(await clinician.calendar.feedStatus()).toEqual({ active: false });
    const { token } = await clinician.calendar.regenerateFeed();
    const feed = await anonymous.calendar.feed({ token });
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toContain("BEGIN:VEVENT");
    expect(feed).not.toMatch(/planted-agenda/);
    const { token: next } = await clinician.calendar.regenerateFeed();
    expect((await failure(anonymous.calendar.feed({ token }))).code).toBe("NOT_FOUND");
    await anonymous.calendar.feed({ token: next });
    await clinician.calendar.revokeFeed();
    expect((await failure(anonymous.calendar.feed({ token: next }))).code).toBe("NOT_FOUND");
    expect(await clinician.calendar.feedStatus()).toEqual({ active: false });
  });
});
