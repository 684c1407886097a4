/**
 * Authorisation-matrix rows of supervision scheduling, agendas, notes and hours, and the
 * fixtures they act on. In these rows the owner clinician is a session's participant and the
 * owner's supervisor runs it; every other actor is a non-participant.
 */
import { createHash, randomBytes } from "node:crypto";

import type { Db } from "@tend/db";
import {
  insertAgendaItem,
  insertGroupSession,
  insertHourEntry,
  insertIndividualSession,
  insertSchedule,
  insertSessionNote,
  replaceCalendarFeed,
  saveSessionType,
} from "@tend/db/queries";

import type { Actor, Fixture } from "./actors";
import type { MatrixRow, Outcome } from "./outcomes";
import { cliniciansOnly, signedIn, supervisorsOnly } from "./outcomes";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Future hours handed out one at a time, so no two fixtures' sessions ever overlap. */
let futureHours = 0;
const firstFutureHour = Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR;
export const nextFreeHour = () => new Date(firstFutureHour + futureHours++ * HOUR);
let pastHours = 0;
const firstPastHour = Math.floor((Date.now() - 2 * DAY) / HOUR) * HOUR;
const nextPastHour = () => new Date(firstPastHour - pastHours++ * HOUR);

/** Planted in the fixtures: only the session's people may read the agenda; only its supervisor the private note. */
export const PLANTED_AGENDA = "planted-agenda-3c9e: a case about sleep and shift work";
export const PLANTED_PRIVATE_NOTE = "planted-private-note-81d4: consider a referral";

export interface SupervisionFixture {
  scheduleId: string;
  sessionTypeId: string;
  /** Individual supervision of the owner clinician with their supervisor. */
  sessionId: string;
  agendaItemId: string;
  privateNoteId: string;
}

const setups = new WeakMap<Fixture, Promise<SupervisionFixture>>();

function membershipOf(fx: Fixture, actor: Actor) {
  switch (actor) {
    case "anonymous":
      return null;
    case "otherOrgAdmin":
      return fx.other.admin;
    case "otherOrgSupervisor":
      return fx.other.supervisor;
    default:
      return fx.org[actor];
  }
}

async function scheduleFor(db: Db, organisationId: string, supervisorMembershipId: string) {
  const { id: scheduleId } = await insertSchedule(db, {
    organisationId,
    supervisorMembershipId,
    name: "Around the clock",
    timeZone: "UTC",
    // A window over the whole of every day: a slot starts on every hour.
    weekly: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: "00:00", end: "23:59" })),
    overrides: [],
  });
  const type = await saveSessionType(db, {
    organisationId,
    supervisorMembershipId,
    scheduleId,
    kind: "individual",
    name: "Individual supervision",
    durationMinutes: 50,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    maxPerDay: null,
    seatLimit: 1,
    cancellationWindowMinutes: 24 * 60,
    active: true,
  });
  if (!type) throw new Error("session type not created");
  return { scheduleId, sessionTypeId: type.id };
}

/** The supervisor's schedule, a session with the clinician, its agenda and a private note (once per fixture). */
export function supervisionFixture(fx: Fixture): Promise<SupervisionFixture> {
  let setup = setups.get(fx);
  if (!setup) {
    setup = (async () => {
      const { db, org } = fx;
      const offer = await scheduleFor(db, org.organisationId, org.supervisor.membershipId);
      const sessionId = await individualSession(fx, nextFreeHour(), offer.sessionTypeId);
      const item = await insertAgendaItem(db, {
        organisationId: org.organisationId,
        sessionId,
        authorMembershipId: org.clinician.membershipId,
        title: "Sleep and shift work",
        summary: PLANTED_AGENDA,
        helpWanted: "How to pace the sessions",
        identifiersConfirmed: false,
      });
      const note = await insertSessionNote(db, {
        organisationId: org.organisationId,
        sessionId,
        authorMembershipId: org.supervisor.membershipId,
        body: PLANTED_PRIVATE_NOTE,
        visibility: "private",
      });
      return { ...offer, sessionId, agendaItemId: item.id, privateNoteId: note.id };
    })();
    setups.set(fx, setup);
  }
  return setup;
}

/** A new individual session of the clinician with their supervisor at `startsAt`. */
async function individualSession(fx: Fixture, startsAt: Date, sessionTypeId?: string) {
  const outcome = await insertIndividualSession(fx.db, {
    organisationId: fx.org.organisationId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
    participantMembershipId: fx.org.clinician.membershipId,
    sessionTypeId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 50 * 60_000),
  });
  if (!outcome.ok) throw new Error("fixture session overlaps");
  return outcome.value.sessionId;
}

const freshSession = async (fx: Fixture) =>
  individualSession(fx, nextFreeHour(), (await supervisionFixture(fx)).sessionTypeId);

async function freshGroup(fx: Fixture) {
  const startsAt = nextFreeHour();
  nextFreeHour(); // 90 minutes take two of the hours.
  const outcome = await insertGroupSession(fx.db, {
    organisationId: fx.org.organisationId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
    title: "Case discussion",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    seatLimit: 6,
  });
  if (!outcome.ok) throw new Error("fixture group overlaps");
  return outcome.value.sessionId;
}

/** A new private note of the supervisor's on the fixture session. */
async function freshNote(fx: Fixture) {
  return insertSessionNote(fx.db, {
    organisationId: fx.org.organisationId,
    sessionId: (await supervisionFixture(fx)).sessionId,
    authorMembershipId: fx.org.supervisor.membershipId,
    body: "A draft note",
    visibility: "private",
  });
}

async function freshPendingEntry(fx: Fixture) {
  return insertHourEntry(fx.db, {
    organisationId: fx.org.organisationId,
    superviseeMembershipId: fx.org.clinician.membershipId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
    kind: "individual",
    date: "2026-10-01",
    minutes: 50,
    format: "video",
    topic: "Boundaries",
  });
}

/** The session's people (the participant clinician and its supervisor); to anyone else it does not exist. */
const sessionPeople: Record<Actor, Outcome> = {
  ...signedIn,
  otherClinician: "NOT_FOUND",
  otherSupervisor: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgAdmin: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};
/** The session's supervisor: other supervisors are told it does not exist, other roles may not. */
const sessionSupervisor: Record<Actor, Outcome> = {
  ...supervisorsOnly,
  otherSupervisor: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};
/** The clinician's own supervisor-to-be: others with the clinician role have none to book. */
const ownSupervisee: Record<Actor, Outcome> = {
  ...cliniciansOnly,
  otherClinician: "FORBIDDEN",
  supervisingClinician: "FORBIDDEN",
};
/** The owner's own entries: other clinicians are told they do not exist. */
const ownEntry: Record<Actor, Outcome> = {
  ...cliniciansOnly,
  otherClinician: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
};

const groupRule = "FREQ=WEEKLY;COUNT=2";

/** Gives `actor` (when they are a member) a calendar feed, and returns its token. */
async function feedFor(fx: Fixture, actor: Actor): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const member = membershipOf(fx, actor);
  if (member)
    await replaceCalendarFeed(fx.db, {
      organisationId:
        actor === "otherOrgAdmin" || actor === "otherOrgSupervisor"
          ? fx.other.organisationId
          : fx.org.organisationId,
      membershipId: member.membershipId,
      tokenHash: createHash("sha256").update(token).digest("hex"),
    });
  return token;
}

export const SUPERVISION_ROWS: Record<string, MatrixRow> = {
  "availability.mine": { type: "query", expect: supervisorsOnly },
  "availability.saveSchedule": {
    type: "mutation",
    input: () => ({
      name: "Weekdays",
      timeZone: "Europe/London",
      weekly: [{ weekday: 1, start: "09:00", end: "17:00" }],
      overrides: [{ date: "2026-12-25", windows: [] }],
    }),
    invalidInput: {
      name: "",
      timeZone: "Mars/Olympus_Mons",
      weekly: [{ weekday: 9, start: "9am", end: "25:00" }],
    },
    expect: supervisorsOnly,
  },
  "availability.saveSessionType": {
    type: "mutation",
    input: async (fx, actor) => {
      const member = membershipOf(fx, actor);
      const organisationId =
        actor === "otherOrgSupervisor" || actor === "otherOrgAdmin"
          ? fx.other.organisationId
          : fx.org.organisationId;
      const scheduleId = member?.roles.includes("supervisor")
        ? (await scheduleFor(fx.db, organisationId, member.membershipId)).scheduleId
        : (await supervisionFixture(fx)).scheduleId;
      return {
        scheduleId,
        kind: "group",
        name: "Case discussion",
        durationMinutes: 90,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 15,
        minimumNoticeMinutes: 120,
        maxPerDay: 1,
        seatLimit: 6,
        cancellationWindowMinutes: 720,
        active: true,
      };
    },
    invalidInput: { scheduleId: "x", kind: "triad", name: "", durationMinutes: 2, seatLimit: 99 },
    expect: supervisorsOnly,
  },
  "booking.options": { type: "query", expect: cliniciansOnly },
  "booking.slots": {
    type: "query",
    input: async (fx) => {
      const from = nextFreeHour();
      return {
        sessionTypeId: (await supervisionFixture(fx)).sessionTypeId,
        from,
        to: new Date(from.getTime() + 7 * DAY),
      };
    },
    invalidInput: { sessionTypeId: "abc", from: "soon", to: "later" },
    expect: ownSupervisee,
  },
  "booking.book": {
    type: "mutation",
    input: async (fx) => ({
      sessionTypeId: (await supervisionFixture(fx)).sessionTypeId,
      startsAt: nextFreeHour(),
    }),
    invalidInput: { sessionTypeId: "abc", startsAt: "whenever" },
    expect: ownSupervisee,
  },
  "booking.join": {
    type: "mutation",
    input: async (fx) => ({ sessionId: await freshGroup(fx) }),
    invalidInput: { sessionId: 5 },
    expect: {
      ...cliniciansOnly,
      // Another organisation's clinicians cannot see the group (a supervisor there has no clinician role).
      otherOrgSupervisor: "FORBIDDEN",
    },
  },
  "session.listMine": {
    type: "query",
    // One reading of the clock: two would make the range longer than 120 days by a millisecond.
    input: () => {
      const now = Date.now();
      return { from: new Date(now - 30 * DAY), to: new Date(now + 90 * DAY) };
    },
    invalidInput: { from: "yesterday", to: 12 },
    expect: signedIn,
  },
  "session.get": {
    type: "query",
    input: async (fx) => ({ sessionId: (await supervisionFixture(fx)).sessionId }),
    invalidInput: { sessionId: "nope" },
    expect: sessionPeople,
  },
  "session.cancel": {
    type: "mutation",
    input: async (fx) => ({ sessionId: await freshSession(fx), reason: "Unwell today" }),
    invalidInput: { sessionId: "x", reason: "" },
    expect: sessionPeople,
  },
  "session.reschedule": {
    type: "mutation",
    input: async (fx) => ({ sessionId: await freshSession(fx), startsAt: nextFreeHour() }),
    invalidInput: { sessionId: "x", startsAt: "tomorrow-ish" },
    expect: sessionPeople,
  },
  "session.superviseeOverview": { type: "query", expect: supervisorsOnly },
  "session.createGroup": {
    type: "mutation",
    input: () => ({
      title: "Thursday case discussion",
      startsAt: nextFreeHour(),
      durationMinutes: 45,
      seatLimit: 6,
      format: "video",
    }),
    invalidInput: { title: "", startsAt: "soon", durationMinutes: 5, seatLimit: 1, format: "fax" },
    expect: supervisorsOnly,
  },
  "session.markAttendance": {
    type: "mutation",
    input: async (fx) => ({
      sessionId: await individualSession(fx, nextPastHour()),
      marks: [{ membershipId: fx.org.clinician.membershipId, attendance: "attended" }],
    }),
    invalidInput: { sessionId: "x", marks: [] },
    expect: sessionSupervisor,
  },
  "session.addAgendaItem": {
    type: "mutation",
    input: async (fx) => ({
      sessionId: (await supervisionFixture(fx)).sessionId,
      title: "Pacing a long piece of work",
      summary: "A client with a long history of loss; I feel flat after sessions.",
      helpWanted: "How to notice it earlier",
      confirmed: false,
    }),
    invalidInput: { sessionId: "x", title: "", summary: 3 },
    expect: sessionPeople,
  },
  "session.removeAgendaItem": {
    type: "mutation",
    input: async (fx) => {
      const item = await insertAgendaItem(fx.db, {
        organisationId: fx.org.organisationId,
        sessionId: (await supervisionFixture(fx)).sessionId,
        authorMembershipId: fx.org.clinician.membershipId,
        title: "Another case",
        summary: "",
        helpWanted: "",
        identifiersConfirmed: false,
      });
      return { itemId: item.id };
    },
    invalidInput: { itemId: "1" },
    expect: sessionPeople,
  },
  "session.addNote": {
    type: "mutation",
    input: async (fx) => ({
      sessionId: (await supervisionFixture(fx)).sessionId,
      body: "We agreed to look at pacing next time.",
      visibility: "shared",
    }),
    invalidInput: { sessionId: "x", body: "", visibility: "public" },
    expect: sessionSupervisor,
  },
  "session.editNote": {
    type: "mutation",
    input: async (fx) => ({
      noteId: (await freshNote(fx)).id,
      body: "Agreed next steps",
      visibility: "shared",
    }),
    invalidInput: { noteId: "x", body: "", visibility: "everyone" },
    expect: sessionSupervisor,
  },
  "session.removeNote": {
    type: "mutation",
    input: async (fx) => ({ noteId: (await freshNote(fx)).id }),
    invalidInput: { noteId: 1 },
    expect: sessionSupervisor,
  },
  "series.create": {
    type: "mutation",
    input: () => ({
      kind: "group",
      participantMembershipId: null,
      title: "Fortnightly case discussion",
      seatLimit: 6,
      rule: groupRule,
      firstStart: new Date(nextFreeHour().getTime() + 200 * DAY),
      durationMinutes: 60,
      format: "video",
    }),
    invalidInput: { kind: "group", title: "", rule: "every day", durationMinutes: 1 },
    expect: supervisorsOnly,
  },
  "series.changeFrom": {
    type: "mutation",
    input: async (fx) => {
      const { seriesId, firstStart } = await freshSeries(fx);
      return {
        seriesId,
        from: new Date(firstStart.getTime() + 7 * DAY),
        rule: groupRule,
        firstStart: new Date(firstStart.getTime() + 7 * DAY + 2 * HOUR),
        durationMinutes: 60,
      };
    },
    invalidInput: { seriesId: "x", from: "later", rule: "", durationMinutes: 0 },
    expect: sessionSupervisor,
  },
  "hours.log": {
    type: "query",
    input: () => ({ period: "month" }),
    invalidInput: { period: "fortnight" },
    expect: cliniciansOnly,
  },
  "hours.add": {
    type: "mutation",
    input: (fx, actor) => ({
      supervisorMembershipId:
        actor === "otherClinician"
          ? fx.org.otherSupervisor.membershipId
          : fx.org.supervisor.membershipId,
      kind: "group",
      date: "2026-09-14",
      minutes: 90,
      format: "in-person",
      topic: "Case discussion outside the app",
    }),
    invalidInput: { supervisorMembershipId: "x", kind: "triad", date: "14/09/2026", minutes: 0 },
    // The supervising clinician has no supervisor of their own to sign it.
    expect: { ...cliniciansOnly, supervisingClinician: "BAD_REQUEST" },
  },
  "hours.edit": {
    type: "mutation",
    input: async (fx) => ({
      id: (await freshPendingEntry(fx)).id,
      supervisorMembershipId: fx.org.supervisor.membershipId,
      kind: "individual",
      date: "2026-10-02",
      minutes: 60,
      format: "video",
      topic: "Boundaries, continued",
    }),
    invalidInput: { id: "x", minutes: 9999, date: "soon" },
    expect: ownEntry,
  },
  "hours.remove": {
    type: "mutation",
    input: async (fx) => ({ id: (await freshPendingEntry(fx)).id }),
    invalidInput: { id: "x" },
    expect: ownEntry,
  },
  "hours.approvedLog": {
    type: "query",
    input: () => ({ from: "2026-01-01" }),
    invalidInput: { from: "January" },
    expect: cliniciansOnly,
  },
  "hours.queue": { type: "query", expect: supervisorsOnly },
  "hours.approve": {
    type: "mutation",
    input: async (fx) => ({ id: (await freshPendingEntry(fx)).id }),
    invalidInput: { id: "x" },
    expect: sessionSupervisor,
  },
  "hours.return": {
    type: "mutation",
    input: async (fx) => ({
      id: (await freshPendingEntry(fx)).id,
      comment: "Please add the topic.",
    }),
    invalidInput: { id: "x", comment: "" },
    expect: sessionSupervisor,
  },
  "hours.rule": { type: "query", expect: signedIn },
  "calendar.sessionFile": {
    type: "query",
    input: async (fx) => ({ sessionId: (await supervisionFixture(fx)).sessionId }),
    invalidInput: { sessionId: "none" },
    expect: sessionPeople,
  },
  "calendar.feedStatus": { type: "query", expect: signedIn },
  "calendar.regenerateFeed": { type: "mutation", expect: signedIn },
  "calendar.revokeFeed": {
    type: "mutation",
    // No input: the caller's own feed is set up first, so turning it off succeeds.
    input: async (fx, actor) => {
      await feedFor(fx, actor);
      return undefined;
    },
    expect: signedIn,
  },
  // The token is the key: whoever holds the owner clinician's token reads their feed.
  "calendar.feed": {
    type: "query",
    input: async (fx) => ({ token: await feedFor(fx, "clinician") }),
    invalidInput: { token: "short" },
    expect: {
      ...signedIn,
      anonymous: "allow",
    },
  },
  "hours.setRule": {
    type: "mutation",
    input: () => ({ name: "State board", rule: { groupWeight: 0.5, groupMaxShare: 0.5 } }),
    invalidInput: { name: 3, rule: { groupWeight: 2 } },
    expect: {
      ...signedIn,
      clinician: "FORBIDDEN",
      otherClinician: "FORBIDDEN",
      supervisor: "FORBIDDEN",
      otherSupervisor: "FORBIDDEN",
      supervisingClinician: "FORBIDDEN",
      otherOrgSupervisor: "FORBIDDEN",
    },
  },
};

/** A group series of the supervisor's, two weeks long, far ahead. */
async function freshSeries(fx: Fixture) {
  const { insertSeries } = await import("@tend/db/queries");
  const firstStart = new Date(nextFreeHour().getTime() + 250 * DAY);
  const { id } = await insertSeries(fx.db, {
    organisationId: fx.org.organisationId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
    kind: "group",
    title: "Case discussion",
    rule: groupRule,
    firstStart,
    timeZone: "UTC",
    durationMinutes: 60,
    seatLimit: 6,
    format: "video",
    participantMembershipId: null,
    materialisedUntil: firstStart,
  });
  return { seriesId: id, firstStart };
}
