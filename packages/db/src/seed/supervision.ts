/**
 * Supervision demo data, all of it relative to `now` (the seed runs on any day) and otherwise
 * the same on every seed:
 * - every supervisor's availability on their own clock (a weekly schedule, a day off next week
 *   and a date of extra hours) with two session types, individual and group;
 * - for every supervisee, individual sessions every other week over the last three months,
 *   attendance recorded, most hours signed, the latest one or two waiting, an absence here and
 *   there, hand-added group hours, and one entry of Sam's returned with a comment;
 * - one or two upcoming sessions per supervisee at times the supervisor's schedule offers;
 * - Dr Priya Shah's fortnightly series with Maya Okafor, its second occurrence moved by a day;
 * - a full "Thursday case discussion" with a waitlist, and a group with free seats for Sam;
 * - an agenda item on Sam's next session, a shared and a private note on Sam's last one;
 * - Riverbend's board rule.
 * Bookings go through the app's queries, so the data obeys the app's rules; the past is planned
 * the same way and written in bulk (see `planHistory`). It queues no notices (no e-mail about
 * demo data).
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";

import type { ClockWindow, Interval, SessionRules, WeeklyWindow } from "@tend/scheduling";
import { availableSlots, formatLocal, seriesOccurrences } from "@tend/scheduling";

import type { DbOrTx } from "../client";
import type { SessionTypeValues } from "../queries/supervision";
import type { SeededPeople } from "./identity";
import { listSupervisees } from "../queries/organisation";
import {
  insertAgendaItem,
  insertGroupSession,
  insertIndividualSession,
  insertOccurrences,
  insertSchedule,
  insertSeries,
  insertSessionNote,
  listMemberSessions,
  moveSessionRow,
  saveSessionType,
  setBoardRule,
  takeSeat,
} from "../queries/supervision";
import {
  auditEvents,
  hourEntries,
  sessionParticipants,
  supervisionSessions,
  users,
} from "../schema";
import { riverbendEmail } from "./identity";
import { PERSONAS } from "./personas";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How far ahead a series' occurrences are stored (the app's SERIES_HORIZON_DAYS). */
const SERIES_HORIZON_DAYS = 120;

const [MON, TUE, WED, THU, FRI, SAT] = [1, 2, 3, 4, 5, 6] as const;

type TypeValues = Omit<SessionTypeValues, "scheduleId">;

const DEMO_INDIVIDUAL_TYPE: TypeValues = {
  kind: "individual",
  name: "Individual supervision",
  durationMinutes: 50,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 12 * 60,
  maxPerDay: 5,
  seatLimit: 1,
  cancellationWindowMinutes: 24 * 60,
  active: true,
};

const DEMO_GROUP_TYPE: TypeValues = {
  kind: "group",
  name: "Group case discussion",
  durationMinutes: 90,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 24 * 60,
  maxPerDay: null,
  seatLimit: 6,
  cancellationWindowMinutes: 24 * 60,
  active: true,
};

const rulesOf = (type: TypeValues): SessionRules => ({
  durationMinutes: type.durationMinutes,
  bufferBeforeMinutes: type.bufferBeforeMinutes,
  bufferAfterMinutes: type.bufferAfterMinutes,
  minimumNoticeMinutes: type.minimumNoticeMinutes,
  maxPerDay: type.maxPerDay ?? undefined,
});

const weekly = (days: number[], windows: ClockWindow[]): WeeklyWindow[] =>
  days.flatMap((weekday) => windows.map((w) => ({ weekday, ...w })));

/** Mon–Thu 09:00–12:30 and 13:30–17:00, Fri 09:00–13:00. */
const OFFICE_HOURS: WeeklyWindow[] = [
  ...weekly(
    [MON, TUE, WED, THU],
    [
      { start: "09:00", end: "12:30" },
      { start: "13:30", end: "17:00" },
    ],
  ),
  ...weekly([FRI], [{ start: "09:00", end: "13:00" }]),
];

interface AvailabilityPlan {
  name: string;
  weekly: WeeklyWindow[];
  /** A weekday of next week taken off. */
  dayOff: number;
  /** A date of next week with other (extra) hours. */
  extra: { weekday: number; windows: ClockWindow[] };
}

const DEFAULT_PLAN: AvailabilityPlan = {
  name: "Supervision hours",
  weekly: OFFICE_HOURS,
  dayOff: FRI,
  extra: { weekday: SAT, windows: [{ start: "09:00", end: "12:00" }] },
};

/** Each demo supervisor's availability, by e-mail. */
const PLANS: Record<string, AvailabilityPlan> = {
  [PERSONAS.supervisor.email]: { ...DEFAULT_PLAN, dayOff: MON },
  [riverbendEmail("Michael Adeyemi")]: {
    ...DEFAULT_PLAN,
    dayOff: WED,
    // A longer Friday, to make up for the Wednesday.
    extra: {
      weekday: FRI,
      windows: [
        { start: "09:00", end: "13:00" },
        { start: "14:00", end: "17:00" },
      ],
    },
  },
  [riverbendEmail("Dr Helen Park")]: {
    ...DEFAULT_PLAN,
    dayOff: TUE,
    extra: { weekday: SAT, windows: [{ start: "10:00", end: "13:00" }] },
  },
  // The crisis team works shifts: an evening window on Tuesdays and Wednesdays.
  [riverbendEmail("Rosa Delgado")]: {
    ...DEFAULT_PLAN,
    weekly: [...OFFICE_HOURS, ...weekly([TUE, WED], [{ start: "17:30", end: "20:30" }])],
    dayOff: THU,
  },
  // Jordan supervises for Harbour on Tuesday and Thursday mornings (London's afternoons).
  [PERSONAS.twoOrganisations.email]: {
    name: "Harbour supervision",
    weekly: weekly([TUE, THU], [{ start: "08:00", end: "12:00" }]),
    dayOff: THU,
    extra: { weekday: WED, windows: [{ start: "08:00", end: "11:00" }] },
  },
};

/** Hour-entry topics a supervisee writes: about their practice, never about a client. */
const TOPICS = [
  "Caseload planning",
  "Risk assessment and safety planning",
  "Boundaries and self-care",
  "Ending therapy well",
  "Working with interpreters",
  "Documentation and record keeping",
  "Ethics: gifts and dual relationships",
  "Using outcome measures",
  "Supervision goals review",
  "Pacing heavy caseloads",
];
const HAND_ADDED_TOPICS = [
  "Team case consultation",
  "Peer consultation group",
  "Reflective practice group",
];

// Calendar dates ("YYYY-MM-DD") on a wall clock, and arithmetic on them.
const localDay = (instant: Date, timeZone: string) => formatLocal(instant, timeZone, "yyyy-MM-dd");
const localTime = (instant: Date, timeZone: string) => formatLocal(instant, timeZone, "HH:mm");
const midnightUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const addDays = (day: string, n: number) =>
  new Date(midnightUtc(day) + n * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (day: string) => new Date(midnightUtc(day)).getUTCDay();
const mondayOf = (day: string) => addDays(day, -((weekdayOf(day) + 6) % 7));
/** The date of `weekday` in the week (Monday to Sunday) after the one holding `day`. */
const nextWeeks = (day: string, weekday: number) => addDays(mondayOf(day), 7 + ((weekday + 6) % 7));

interface Person {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
}

interface Supervisor extends Person {
  organisationId: string;
  timeZone: string;
  schedule: {
    timeZone: string;
    weekly: WeeklyWindow[];
    overrides: { date: string; windows: ClockWindow[] }[];
  };
  individualTypeId: string;
  supervisees: Person[];
}

/**
 * Who is busy when, as the seed books: a supervisor's sessions (for their schedule's slots) and
 * each person's time (their seats and the sessions they run, across organisations), so that
 * nothing seeded overlaps and every booking is at a time the app would have offered.
 */
class Diary {
  private readonly runs = new Map<string, Interval[]>();
  private readonly busy = new Map<string, Interval[]>();

  sessionsOf(supervisorMembershipId: string): Interval[] {
    return this.runs.get(supervisorMembershipId) ?? [];
  }

  busyOf(userIds: string[]): Interval[] {
    return userIds.flatMap((id) => this.busy.get(id) ?? []);
  }

  reserve(userId: string, interval: Interval): void {
    this.busy.set(userId, [...(this.busy.get(userId) ?? []), interval]);
  }

  add(supervisor: Supervisor, participantUserIds: string[], interval: Interval): void {
    this.runs.set(supervisor.membershipId, [...this.sessionsOf(supervisor.membershipId), interval]);
    for (const id of [supervisor.userId, ...participantUserIds]) this.reserve(id, interval);
  }

  /**
   * The slots `supervisor`'s schedule offers for `type` on a date of their wall clock, around
   * their sessions and the time of `people`. `now` null: a date in the past, as if booked then.
   */
  slotsOn(
    supervisor: Supervisor,
    type: TypeValues,
    day: string,
    people: Person[],
    now: Date | null,
  ): Interval[] {
    // Every zone's day lies within these bounds of the day in UTC.
    const from = new Date(midnightUtc(day) - 15 * HOUR_MS);
    return availableSlots({
      schedule: supervisor.schedule,
      rules: rulesOf(type),
      from,
      to: new Date(midnightUtc(day) + 39 * HOUR_MS),
      now: now ?? from,
      sessions: this.sessionsOf(supervisor.membershipId),
      blocked: this.busyOf([supervisor.userId, ...people.map((p) => p.userId)]),
    }).filter((s) => localDay(s.start, supervisor.timeZone) === day);
  }

  /** The `choice`-th offered slot (modulo) on the first date from `first` (before `until`) with any. */
  findSlot(
    supervisor: Supervisor,
    type: TypeValues,
    people: Person[],
    dates: { first: string; until: string },
    now: Date | null,
    choice: number,
    keep: (slot: Interval) => boolean = () => true,
  ): Interval {
    for (let day = dates.first; day < dates.until; day = addDays(day, 1)) {
      const slots = this.slotsOn(supervisor, type, day, people, now).filter(keep);
      const slot = slots[choice % Math.max(1, slots.length)];
      if (slot) return slot;
    }
    throw new Error(
      `seed: ${supervisor.name} offers no ${type.name} time from ${dates.first} to ${dates.until}`,
    );
  }
}

type SupervisorFacts = Omit<Supervisor, "schedule" | "individualTypeId">;

/** The demo's supervisors in both organisations, with their time zone and current supervisees. */
async function loadSupervisors(db: DbOrTx, people: SeededPeople): Promise<SupervisorFacts[]> {
  const found: SupervisorFacts[] = [];
  for (const org of [people.riverbend, people.harbour])
    for (const p of org.people.filter((q) => q.roles.includes("supervisor"))) {
      const membershipId = org.membershipIds.get(p.name);
      const userId = people.userIds.get(p.email);
      if (!membershipId || !userId) throw new Error(`seed: ${p.name} is missing`);
      const [user] = await db
        .select({ timeZone: users.timeZone })
        .from(users)
        .where(eq(users.id, userId));
      if (!user) throw new Error(`seed: ${p.email} has no user`);
      found.push({
        name: p.name,
        email: p.email,
        membershipId,
        userId,
        organisationId: org.organisationId,
        timeZone: user.timeZone,
        supervisees: await listSupervisees(db, membershipId),
      });
    }
  return found;
}

/** A supervisor's schedule on their own clock, with next week's day off and extra hours, and their two session types. */
async function offerAvailability(
  db: DbOrTx,
  facts: SupervisorFacts,
  now: Date,
): Promise<Supervisor> {
  const plan = PLANS[facts.email] ?? DEFAULT_PLAN;
  const today = localDay(now, facts.timeZone);
  const schedule = {
    timeZone: facts.timeZone,
    weekly: plan.weekly,
    overrides: [
      { date: nextWeeks(today, plan.dayOff), windows: [] },
      { date: nextWeeks(today, plan.extra.weekday), windows: plan.extra.windows },
    ].sort((a, b) => a.date.localeCompare(b.date)),
  };
  const owner = {
    organisationId: facts.organisationId,
    supervisorMembershipId: facts.membershipId,
  };
  const { id: scheduleId } = await insertSchedule(db, { ...owner, name: plan.name, ...schedule });
  let individualTypeId = "";
  for (const type of [DEMO_INDIVIDUAL_TYPE, DEMO_GROUP_TYPE]) {
    const saved = await saveSessionType(db, { ...owner, scheduleId, ...type });
    if (!saved) throw new Error(`seed: ${facts.name}'s ${type.name} was not saved`);
    if (type.kind === "individual") individualTypeId = saved.id;
  }
  return { ...facts, schedule, individualTypeId };
}

interface Booking {
  sessionId: string;
  membershipId: string;
  slot: Interval;
}

/** Books individual supervision at an offered slot, as the app does (no notice is queued). */
async function book(
  db: DbOrTx,
  diary: Diary,
  supervisor: Supervisor,
  person: Person,
  slot: Interval,
): Promise<Booking> {
  const outcome = await insertIndividualSession(db, {
    organisationId: supervisor.organisationId,
    supervisorMembershipId: supervisor.membershipId,
    participantMembershipId: person.membershipId,
    sessionTypeId: supervisor.individualTypeId,
    startsAt: slot.start,
    endsAt: slot.end,
  });
  if (!outcome.ok)
    throw new Error(
      `seed: ${supervisor.name} or ${person.name} already has a session at ${slot.start.toISOString()}`,
    );
  diary.add(supervisor, [person.userId], slot);
  return {
    sessionId: outcome.value.sessionId,
    membershipId: person.membershipId,
    slot,
  };
}

/** The rows three months of past supervision leave behind, written together by `writePast`. */
interface PastRows {
  sessions: (typeof supervisionSessions.$inferInsert)[];
  participants: (typeof sessionParticipants.$inferInsert)[];
  entries: (typeof hourEntries.$inferInsert)[];
  signatures: (typeof auditEvents.$inferInsert)[];
}

/** The audit event `approveHourEntry` records for a signed entry. */
export function signature(
  supervisor: Pick<Supervisor, "organisationId" | "userId">,
  entry: {
    id: string;
    superviseeMembershipId: string;
    kind: string;
    date: string;
    minutes: number;
  },
  at: Date,
): typeof auditEvents.$inferInsert {
  return {
    organisationId: supervisor.organisationId,
    actorUserId: supervisor.userId,
    action: "supervision_hours.signed",
    subjectType: "hour_entry",
    subjectId: entry.id,
    data: {
      superviseeMembershipId: entry.superviseeMembershipId,
      kind: entry.kind,
      date: entry.date,
      minutes: entry.minutes,
    },
    at,
  };
}

/**
 * Three months of individual supervision for each supervisee: every other week (alternate
 * supervisees on alternate weeks), attendance recorded (someone was absent once), a topic on
 * each entry, and every entry signed but the latest one or two. A few supervisees also logged
 * group supervision outside the app, and Sam's entry without a topic was returned for one.
 *
 * The rows are what booking, recording attendance, writing a topic and signing leave behind,
 * planned here and written in four statements: the past is a third of the demo's sessions,
 * and one statement per step made every seed (and each test that seeds) several times slower.
 * The database's constraints still check them; the later bookings go through the app's queries.
 */
function planHistory(diary: Diary, supervisor: Supervisor, now: Date, rows: PastRows): void {
  const owner = {
    organisationId: supervisor.organisationId,
    supervisorMembershipId: supervisor.membershipId,
  };
  const monday = mondayOf(localDay(now, supervisor.timeZone));
  const length = DEMO_INDIVIDUAL_TYPE.durationMinutes;
  for (const [k, person] of supervisor.supervisees.entries()) {
    const weeks = k % 2 === 0 ? [12, 10, 8, 6, 4, 2] : [13, 11, 9, 7, 5, 3, 1];
    const attended: { sessionId: string; slot: Interval }[] = [];
    for (const [i, w] of weeks.entries()) {
      const first = addDays(monday, -7 * w + (k % 5));
      const slot = diary.findSlot(
        supervisor,
        DEMO_INDIVIDUAL_TYPE,
        [person],
        { first, until: addDays(first, 7) },
        null,
        k + w,
        (s) => s.end.getTime() <= now.getTime(),
      );
      diary.add(supervisor, [person.userId], slot);
      const sessionId = randomUUID();
      // Booked a week or so ahead, attendance recorded as the session ended.
      const bookedAt = new Date(slot.start.getTime() - (6 + (k % 4)) * DAY_MS);
      rows.sessions.push({
        ...owner,
        id: sessionId,
        sessionTypeId: supervisor.individualTypeId,
        kind: "individual",
        startsAt: slot.start,
        endsAt: slot.end,
        attendanceRecordedAt: slot.end,
        createdAt: bookedAt,
        updatedAt: slot.end,
      });
      const absent = k % 4 === 2 && i === 1;
      rows.participants.push({
        sessionId,
        organisationId: supervisor.organisationId,
        membershipId: person.membershipId,
        status: "seated",
        startsAt: slot.start,
        endsAt: slot.end,
        seatedAt: bookedAt,
        attendance: absent ? "absent" : "attended",
      });
      if (!absent) attended.push({ sessionId, slot });
    }

    // Newest first: the latest one (or two) wait for the supervisor's signature.
    const waiting = k % 3 === 1 ? 2 : 1;
    attended.sort((a, b) => b.slot.start.getTime() - a.slot.start.getTime());
    for (const [i, { sessionId, slot }] of attended.entries()) {
      const entry = {
        ...owner,
        id: randomUUID(),
        superviseeMembershipId: person.membershipId,
        sessionId,
        kind: "individual" as const,
        date: localDay(slot.start, supervisor.timeZone),
        minutes: length,
        format: "video" as const,
        topic: TOPICS[(k + i) % TOPICS.length] ?? "",
        createdAt: slot.end,
      };
      if (i < waiting) {
        rows.entries.push({ ...entry, status: "pending", updatedAt: slot.end });
        continue;
      }
      const signedAt = slot.end.getTime() + (1 + ((k + i) % 3)) * DAY_MS + 2 * HOUR_MS;
      const at = new Date(Math.min(signedAt, now.getTime() - HOUR_MS));
      rows.entries.push({ ...entry, status: "approved", signedAt: at, updatedAt: at });
      rows.signatures.push(signature(supervisor, entry, at));
    }

    if (k % 3 === 0) {
      const date = addDays(monday, -7 * 6 + 3);
      const at = new Date(midnightUtc(date) + 2 * DAY_MS + 16 * HOUR_MS);
      const entry = {
        ...owner,
        id: randomUUID(),
        superviseeMembershipId: person.membershipId,
        kind: "group" as const,
        date,
        minutes: 60,
        format: "in-person" as const,
        topic: HAND_ADDED_TOPICS[(k / 3) % HAND_ADDED_TOPICS.length] ?? "",
        createdAt: new Date(midnightUtc(date) + DAY_MS + 9 * HOUR_MS),
      };
      rows.entries.push({ ...entry, status: "approved", signedAt: at, updatedAt: at });
      rows.signatures.push(signature(supervisor, entry, at));
    }
    if (person.email === PERSONAS.clinician.email) {
      const date = addDays(monday, -7 + WED - 1);
      rows.entries.push({
        ...owner,
        superviseeMembershipId: person.membershipId,
        kind: "group",
        date,
        minutes: 90,
        format: "in-person",
        topic: "",
        status: "returned",
        returnComment: "Please add the topic.",
        createdAt: new Date(midnightUtc(date) + 18 * HOUR_MS),
      });
    }
  }
}

/** Writes the planned past: sessions, then their seats, the hour entries and the signatures. */
async function writePast(db: DbOrTx, rows: PastRows): Promise<void> {
  if (rows.sessions.length) await db.insert(supervisionSessions).values(rows.sessions);
  if (rows.participants.length) await db.insert(sessionParticipants).values(rows.participants);
  if (rows.entries.length) await db.insert(hourEntries).values(rows.entries);
  if (rows.signatures.length) await db.insert(auditEvents).values(rows.signatures);
}

/**
 * Dr Priya Shah's fortnightly Tuesday 10:00 with Maya Okafor, from the first such time offered
 * within a week, stored ahead as the app stores it; the second occurrence moved to the
 * Wednesday.
 */
async function seedSeries(db: DbOrTx, diary: Diary, priya: Supervisor, now: Date): Promise<void> {
  const maya = priya.supervisees.find((p) => p.email === riverbendEmail("Maya Okafor"));
  if (!maya) throw new Error("seed: Maya Okafor is not Dr Priya Shah's supervisee");
  const zone = priya.timeZone;
  const today = localDay(now, zone);
  const first = diary.findSlot(
    priya,
    DEMO_INDIVIDUAL_TYPE,
    [maya],
    { first: today, until: addDays(today, 8) },
    now,
    0,
    (s) => weekdayOf(localDay(s.start, zone)) === TUE && localTime(s.start, zone) === "10:00",
  );
  const values = {
    organisationId: priya.organisationId,
    supervisorMembershipId: priya.membershipId,
    kind: "individual" as const,
    title: null,
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    firstStart: first.start,
    timeZone: zone,
    durationMinutes: DEMO_INDIVIDUAL_TYPE.durationMinutes,
    seatLimit: 1,
    format: "video" as const,
    participantMembershipId: maya.membershipId,
  };
  const series = await insertSeries(db, { ...values, materialisedUntil: first.start });
  const until = new Date(now.getTime() + SERIES_HORIZON_DAYS * DAY_MS);
  const starts = seriesOccurrences(values, { from: first.start, to: until }).map((o) => o.start);
  const { created, clashes } = await insertOccurrences(db, series, starts, until);
  if (clashes.length || created.length !== starts.length)
    throw new Error("seed: the series clashes with other sessions");

  const length = DEMO_INDIVIDUAL_TYPE.durationMinutes * MINUTE_MS;
  const [, second] = starts;
  if (!second) throw new Error("seed: the series has one occurrence");
  const wednesday = addDays(localDay(second, zone), 1);
  const moved =
    diary
      .slotsOn(priya, DEMO_INDIVIDUAL_TYPE, wednesday, [maya], now)
      .find((s) => localTime(s.start, zone) === "10:00") ??
    diary.findSlot(
      priya,
      DEMO_INDIVIDUAL_TYPE,
      [maya],
      { first: wednesday, until: addDays(wednesday, 1) },
      now,
      0,
    );
  const occurrence = (
    await listMemberSessions(db, {
      organisationId: priya.organisationId,
      membershipId: maya.membershipId,
      from: second,
      to: new Date(second.getTime() + 1),
    })
  ).find((s) => s.seriesId === series.id);
  if (!occurrence) throw new Error("seed: the series' second occurrence is missing");
  const outcome = await moveSessionRow(db, {
    organisationId: priya.organisationId,
    sessionId: occurrence.id,
    startsAt: moved.start,
    endsAt: moved.end,
  });
  if (outcome !== "moved")
    throw new Error(`seed: the second occurrence was not moved (${outcome})`);
  for (const start of starts) {
    const slot = start === second ? moved : { start, end: new Date(start.getTime() + length) };
    diary.add(priya, [maya.userId], slot);
  }
}

/** Takes seats in a group session in this order: the first `seatLimit` are seated, the rest wait. */
async function fill(
  db: DbOrTx,
  diary: Diary,
  supervisor: Supervisor,
  session: { id: string; slot: Interval },
  takers: Person[],
  seatLimit: number,
): Promise<void> {
  for (const [i, person] of takers.entries()) {
    const outcome = await takeSeat(db, {
      organisationId: supervisor.organisationId,
      sessionId: session.id,
      membershipId: person.membershipId,
    });
    const expected = i < seatLimit ? "seated" : "waitlisted";
    if (outcome.status !== expected)
      throw new Error(`seed: ${person.name} was ${outcome.status} in a group, not ${expected}`);
  }
  diary.add(
    supervisor,
    takers.map((p) => p.userId),
    session.slot,
  );
}

/** A one-off group case discussion at the group type's offered time `at` on `day`. */
async function groupSession(
  db: DbOrTx,
  diary: Diary,
  supervisor: Supervisor,
  params: { title: string; day: string; at: string; format: "in-person" | "video" },
  now: Date,
): Promise<{ id: string; slot: Interval }> {
  const slot = diary.findSlot(
    supervisor,
    DEMO_GROUP_TYPE,
    [],
    { first: params.day, until: addDays(params.day, 1) },
    now,
    0,
    (s) => localTime(s.start, supervisor.timeZone) === params.at,
  );
  const outcome = await insertGroupSession(db, {
    organisationId: supervisor.organisationId,
    supervisorMembershipId: supervisor.membershipId,
    title: params.title,
    startsAt: slot.start,
    endsAt: slot.end,
    seatLimit: DEMO_GROUP_TYPE.seatLimit,
    format: params.format,
  });
  if (!outcome.ok) throw new Error(`seed: ${supervisor.name} is busy at ${params.title}`);
  return { id: outcome.value.sessionId, slot };
}

/**
 * Seeds the supervision demo for the people `seedPeople` made: see the top of this file. The
 * dates follow `now`; everything else is the same on every seed.
 */
export async function seedSupervision(
  db: DbOrTx,
  people: SeededPeople,
  now = new Date(),
): Promise<void> {
  const diary = new Diary();
  const supervisors: Supervisor[] = [];
  for (const facts of await loadSupervisors(db, people))
    supervisors.push(await offerAvailability(db, facts, now));
  const supervisorOf = (email: string) => {
    const found = supervisors.find((s) => s.email === email);
    if (!found) throw new Error(`seed: ${email} is not a demo supervisor`);
    return found;
  };
  const riverbendPerson = (name: string): Person => {
    const email = people.riverbend.people.find((p) => p.name === name)?.email;
    const membershipId = people.riverbend.membershipIds.get(name);
    const userId = email && people.userIds.get(email);
    if (!email || !membershipId || !userId) throw new Error(`seed: ${name} is missing`);
    return { membershipId, userId, name, email };
  };
  const priya = supervisorOf(PERSONAS.supervisor.email);
  const sam = riverbendPerson(PERSONAS.clinician.name);

  // The past: sessions, attendance and hours.
  const past: PastRows = { sessions: [], participants: [], entries: [], signatures: [] };
  for (const supervisor of supervisors) planHistory(diary, supervisor, now, past);
  await writePast(db, past);
  const bookings: Booking[] = past.participants.map((p) => ({
    sessionId: p.sessionId,
    membershipId: p.membershipId,
    slot: { start: p.startsAt, end: p.endsAt },
  }));

  // Ahead: the series, the groups, then everyone's next bookings around them.
  await seedSeries(db, diary, priya, now);
  const today = localDay(now, priya.timeZone);
  const full = await groupSession(
    db,
    diary,
    priya,
    {
      title: "Thursday case discussion",
      day: nextWeeks(today, THU),
      at: "13:30",
      format: "in-person",
    },
    now,
  );
  // Dr Shah's other supervisees, then Ben Carter: six are seated and two wait (Sam is free to
  // join the waitlist).
  const takers = [
    ...priya.supervisees.filter((p) => p.email !== sam.email),
    riverbendPerson("Ben Carter"),
  ].slice(0, DEMO_GROUP_TYPE.seatLimit + 2);
  await fill(db, diary, priya, full, takers, DEMO_GROUP_TYPE.seatLimit);
  const rosa = supervisorOf(riverbendEmail("Rosa Delgado"));
  const open = await groupSession(
    db,
    diary,
    rosa,
    {
      title: "Reflective practice group",
      day: nextWeeks(localDay(now, rosa.timeZone), WED),
      at: "10:30",
      format: "video",
    },
    now,
  );
  await fill(
    db,
    diary,
    rosa,
    open,
    [riverbendPerson(PERSONAS.otherOrgAdmin.name), ...rosa.supervisees.slice(0, 2)],
    DEMO_GROUP_TYPE.seatLimit,
  );
  // Sam keeps both groups' times free: Sam can join the open one, or the full one's waitlist.
  for (const group of [full, open]) diary.reserve(sam.userId, group.slot);

  const personaClinicians = new Set<string>([
    PERSONAS.clinician.email,
    PERSONAS.twoOrganisations.email,
  ]);
  for (const supervisor of supervisors) {
    const day = localDay(now, supervisor.timeZone);
    const until = addDays(day, 14);
    for (const [k, person] of supervisor.supervisees.entries()) {
      const persona =
        personaClinicians.has(person.email) &&
        supervisor.organisationId === people.riverbend.organisationId;
      const first = diary.findSlot(
        supervisor,
        DEMO_INDIVIDUAL_TYPE,
        [person],
        { first: addDays(day, persona ? 2 : 2 + ((k * 3) % 9)), until },
        now,
        k,
      );
      bookings.push(await book(db, diary, supervisor, person, first));
      if (!persona) continue;
      const next = diary.findSlot(
        supervisor,
        DEMO_INDIVIDUAL_TYPE,
        [person],
        { first: addDays(localDay(first.start, supervisor.timeZone), 7), until },
        now,
        k + 1,
      );
      bookings.push(await book(db, diary, supervisor, person, next));
    }
  }

  // Sam's next session has Sam's case on the agenda; the last one has Dr Shah's notes.
  const samBookings = bookings
    .filter((b) => b.membershipId === sam.membershipId)
    .sort((a, b) => a.slot.start.getTime() - b.slot.start.getTime());
  const nextSession = samBookings.find((b) => b.slot.start.getTime() > now.getTime());
  const lastSession = samBookings.filter((b) => b.slot.end.getTime() <= now.getTime()).at(-1);
  if (!nextSession || !lastSession) throw new Error("seed: Sam has no sessions");
  await insertAgendaItem(db, {
    organisationId: priya.organisationId,
    sessionId: nextSession.sessionId,
    authorMembershipId: sam.membershipId,
    title: "Pacing long-term grief work",
    summary: "A client I have seen for a year; I feel flat after our sessions.",
    helpWanted: "How to notice it earlier",
    identifiersConfirmed: false,
  });
  for (const [body, visibility] of [
    ["Agreed: a ten-minute pause after heavy sessions", "shared"],
    ["Check in about workload next time", "private"],
  ] as const)
    await insertSessionNote(db, {
      organisationId: priya.organisationId,
      sessionId: lastSession.sessionId,
      authorMembershipId: priya.membershipId,
      body,
      visibility,
    });

  await setBoardRule(db, {
    organisationId: people.riverbend.organisationId,
    name: "State licensing board (example)",
    rule: { groupWeight: 1, groupMaxShare: 0.5 },
  });
}
