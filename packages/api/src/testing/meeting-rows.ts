/**
 * Authorisation-matrix rows of a group's meetings, in the discussion group of
 * `discussion-rows`: the owner clinician facilitates it, the other clinician and the owner's
 * supervisor are members, every other colleague is outside it.
 */
import { insertMeeting } from "@tend/db/queries";

import type { Fixture } from "./actors";
import type { MatrixRow } from "./outcomes";
import { discussionMembers, plantAnonymousAuthor } from "./discussion-rows";
import { facilitatorOnly } from "./group-rows";

const DAY = 86_400_000;

/** A weekly meeting of the discussion group starting in two days, or a one-off that has ended. */
async function meeting(fx: Fixture, when: "upcoming" | "past") {
  const { groupId } = await plantAnonymousAuthor(fx);
  const firstStart =
    when === "upcoming" ? new Date(Date.now() + 2 * DAY) : new Date(Date.now() - DAY);
  const meetingId = await insertMeeting(fx.db, {
    groupId,
    organisationId: fx.org.organisationId,
    title: "Matrix meeting",
    rule: when === "upcoming" ? "FREQ=WEEKLY;COUNT=4" : null,
    firstStart,
    durationMinutes: 60,
    timeZone: "UTC",
    place: "Room 2",
    link: "",
    createdByMembershipId: fx.org.clinician.membershipId,
  });
  return { groupId, meetingId, originalStart: firstStart };
}

const shared = new WeakMap<Fixture, ReturnType<typeof meeting>>();
const sharedMeeting = (fx: Fixture) => {
  let done = shared.get(fx);
  if (!done) {
    done = meeting(fx, "upcoming");
    shared.set(fx, done);
  }
  return done;
};
const pastShared = new WeakMap<Fixture, ReturnType<typeof meeting>>();
const pastMeeting = (fx: Fixture) => {
  let done = pastShared.get(fx);
  if (!done) {
    done = meeting(fx, "past");
    pastShared.set(fx, done);
  }
  return done;
};

export const MEETING_ROWS: Record<string, MatrixRow> = {
  "group.meetings": {
    type: "query",
    input: async (fx) => ({ groupId: (await sharedMeeting(fx)).groupId }),
    invalidInput: { groupId: "not-a-group" },
    expect: discussionMembers,
  },
  "group.createMeeting": {
    type: "mutation",
    input: async (fx) => ({
      groupId: (await plantAnonymousAuthor(fx)).groupId,
      title: "Thursday circle",
      firstStart: new Date(Date.now() + 3 * DAY),
      durationMinutes: 60,
      rule: "FREQ=WEEKLY;COUNT=6",
      place: "Room 2",
      link: "https://meet.example/thursday",
    }),
    invalidInput: {
      groupId: "not-a-group",
      title: "",
      firstStart: "soon",
      durationMinutes: 5,
      rule: null,
      link: "http://insecure.example",
    },
    expect: facilitatorOnly,
  },
  "group.answerMeeting": {
    type: "mutation",
    input: async (fx) => {
      const { groupId, meetingId } = await sharedMeeting(fx);
      return { groupId, meetingId, originalStart: null, response: "going" };
    },
    invalidInput: { groupId: "not-a-group", meetingId: "x", response: "maybe" },
    expect: discussionMembers,
  },
  "group.changeOccurrence": {
    type: "mutation",
    input: async (fx) => ({ ...(await meeting(fx, "upcoming")), newStart: null }),
    invalidInput: { groupId: "not-a-group", meetingId: "x", originalStart: "then" },
    expect: facilitatorOnly,
  },
  "group.cancelMeeting": {
    type: "mutation",
    input: async (fx) => {
      const { groupId, meetingId } = await meeting(fx, "upcoming");
      return { groupId, meetingId };
    },
    invalidInput: { groupId: "not-a-group", meetingId: 1 },
    expect: facilitatorOnly,
  },
  "group.evaluateMeeting": {
    type: "mutation",
    input: async (fx) => ({ ...(await pastMeeting(fx)), helpful: 4, safe: 5, comment: "" }),
    invalidInput: { groupId: "not-a-group", meetingId: "x", originalStart: "then", helpful: 9 },
    // Members evaluate; the owner clinician facilitates, and facilitators do not.
    expect: { ...discussionMembers, clinician: "FORBIDDEN" },
  },
  "group.meetingCalendar": {
    type: "query",
    input: async (fx) => {
      const { groupId, meetingId } = await sharedMeeting(fx);
      return { groupId, meetingId };
    },
    invalidInput: { groupId: "not-a-group", meetingId: "x" },
    expect: discussionMembers,
  },
};
