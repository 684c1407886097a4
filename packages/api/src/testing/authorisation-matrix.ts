import type { AnyTRPCRouter } from "@trpc/server";
import { randomUUID } from "node:crypto";

import {
  addPlanCommitment,
  createInvitation,
  createResultShare,
  createTeam,
  getOrganisationSettings,
  insertCheckResponse,
  insertNotifications,
  listNotifications,
  setMemberDeactivated,
  startSupervision,
} from "@tend/db/queries";
import { addTestMember } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import type { Actor, Fixture } from "./actors";
import type { MatrixRow, Outcome } from "./outcomes";
import { DEVELOPMENT_ROWS } from "./development-rows";
import { DISCUSSION_ROWS } from "./discussion-rows";
import { GROUP_ROWS } from "./group-rows";
import { MEETING_ROWS } from "./meeting-rows";
import {
  adminsOnly,
  cliniciansOnly,
  everyone,
  members,
  ownerOnly,
  signedIn,
  supervisorsOnly,
} from "./outcomes";
import { SUPERVISION_ROWS } from "./supervision-rows";

export type { MatrixRow, Outcome } from "./outcomes";

/** The owner only: another clinician (whatever else they are) is told the record does not exist. */
/** The owner, whatever their role: anyone else is told the record does not exist. */
const ownerAnyRole: Record<Actor, Outcome> = {
  ...signedIn,
  otherClinician: "NOT_FOUND",
  supervisor: "NOT_FOUND",
  otherSupervisor: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgAdmin: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};
/** The supervisor the result was shared with, and nobody else. */
const sharedSupervisorOnly: Record<Actor, Outcome> = {
  ...supervisorsOnly,
  otherSupervisor: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};
const nobody: Record<Actor, Outcome> = {
  anonymous: "NOT_FOUND",
  clinician: "NOT_FOUND",
  otherClinician: "NOT_FOUND",
  supervisor: "NOT_FOUND",
  otherSupervisor: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgAdmin: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};

let invitationCount = 0;
const freshInvitation = async (fx: Fixture) =>
  createInvitation(fx.db, {
    organisationId: fx.org.organisationId,
    email: `invitee-${Date.now()}-${++invitationCount}@test.example`,
    roles: ["clinician"],
    expiresAt: new Date(Date.now() + 86_400_000),
  });

let memberCount = 0;
/** A new clinician of the first organisation, for rows that change or deactivate a member. */
const freshMember = (fx: Fixture) =>
  addTestMember(
    fx.db,
    { organisationId: fx.org.organisationId, teamId: fx.org.teamId },
    {
      name: `Matrix member ${++memberCount}`,
      email: `matrix-member-${Date.now()}-${memberCount}@test.example`,
    },
    ["clinician"],
  );

let teamCount = 0;
const freshTeam = async (fx: Fixture) => {
  const id = await createTeam(fx.db, {
    organisationId: fx.org.organisationId,
    name: `Matrix team ${Date.now()}-${++teamCount}`,
    description: "",
  });
  if (!id) throw new Error("team not created");
  return id;
};

/** Admin rows that act on one record of the first organisation: the other's admin finds none. */
const firstOrgAdmins: Record<Actor, Outcome> = { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" };

/** Every pulse item answered 3. */
function completePulseAnswers(): Record<string, number> {
  return Object.fromEntries(getInstrument("pulse").items.map((item) => [item.id, 3]));
}

/**
 * A marker planted among the clinician's stored answers. Answers never leave the server, for
 * anyone (their owner included): no procedure's output may ever contain it.
 */
export const PLANTED_ANSWER = "planted_answer_5e1d";

/** A fresh result owned by the fixture's clinician. */
export function clinicianResponse(fx: Fixture) {
  const answers = { ...completePulseAnswers(), [PLANTED_ANSWER]: 4 };
  const result = scoreResponses("pulse", completePulseAnswers());
  return insertCheckResponse(fx.db, {
    userId: fx.org.clinician.userId,
    organisationId: fx.org.organisationId,
    instrumentId: "pulse",
    instrumentVersion: result.instrumentVersion,
    answers,
    result,
  });
}

/** A fresh result of the clinician, shared with their supervisor. */
export async function clinicianShare(fx: Fixture) {
  const response = await clinicianResponse(fx);
  const share = await createResultShare(fx.db, {
    responseId: response.id,
    ownerUserId: fx.org.clinician.userId,
    organisationId: fx.org.organisationId,
    supervisorMembershipId: fx.org.supervisor.membershipId,
  });
  if (!share) throw new Error("share not created");
  return share;
}

/** A fresh notice in the supervisor's inbox; its id is theirs alone to mark read. */
async function supervisorNotification(fx: Fixture) {
  const subjectId = randomUUID();
  await insertNotifications(fx.db, [
    {
      organisationId: fx.org.organisationId,
      recipientMembershipId: fx.org.supervisor.membershipId,
      kind: "result_shared",
      subjectId,
      text: "A result was shared with you.",
      href: "/shared",
      eventAt: null,
    },
  ]);
  const [row] = await listNotifications(fx.db, {
    membershipId: fx.org.supervisor.membershipId,
    limit: 1,
  });
  if (!row) throw new Error("notification not created");
  return row;
}
/** The recipient only: anyone else is told the notice does not exist. */
const recipientOnly: Record<Actor, Outcome> = {
  ...nobody,
  anonymous: "UNAUTHORIZED",
  supervisor: "allow",
};

export async function clinicianCommitment(fx: Fixture) {
  const row = await addPlanCommitment(fx.db, {
    userId: fx.org.clinician.userId,
    strategy: "self-care",
    text: "Lunch away from my desk",
    frequency: "daily",
  });
  if (!row) throw new Error("commitment not created");
  return row;
}

export const AUTHORISATION_MATRIX: Record<string, MatrixRow> = {
  "home.get": { type: "query", expect: members },
  "notification.list": { type: "query", expect: members },
  "notification.unread": { type: "query", expect: members },
  "notification.markRead": {
    type: "mutation",
    input: async (fx) => ({ id: (await supervisorNotification(fx)).id }),
    invalidInput: { id: "the first one" },
    expect: recipientOnly,
  },
  "notification.markAllRead": { type: "mutation", expect: members },
  "me.get": { type: "query", expect: signedIn },
  "me.update": {
    type: "mutation",
    input: () => ({ timeZone: "Europe/Paris" }),
    invalidInput: { timeZone: "Mars/Olympus_Mons", quietHours: { start: "25:00", end: "07:00" } },
    expect: signedIn,
  },
  "me.signOutEverywhere": { type: "mutation", expect: signedIn },
  "org.listMemberships": { type: "query", expect: signedIn },
  "org.current": { type: "query", expect: members },
  "org.switch": {
    type: "mutation",
    input: (fx) => ({ organisationId: fx.org.organisationId }),
    invalidInput: { organisationId: "not-a-uuid" },
    expect: { ...members, otherOrgAdmin: "FORBIDDEN", otherOrgSupervisor: "FORBIDDEN" },
  },
  "org.settings": { type: "query", expect: adminsOnly },
  "org.updateSettings": {
    type: "mutation",
    // The fixture's own name and zone, so the rows after this one see the organisation unchanged.
    input: async (fx) => {
      const settings = await getOrganisationSettings(fx.db, fx.org.organisationId);
      if (!settings) throw new Error("no organisation");
      return { ...settings, reportThreshold: 5 };
    },
    invalidInput: { name: "", timeZone: "Mars/Olympus_Mons", reportThreshold: 4 },
    expect: adminsOnly,
  },
  "team.list": { type: "query", expect: members },
  "team.listArchived": { type: "query", expect: adminsOnly },
  "audit.list": {
    type: "query",
    input: () => ({ category: null }),
    invalidInput: { category: "wellbeing", limit: 5 },
    expect: adminsOnly,
  },
  "team.create": {
    type: "mutation",
    input: () => ({ name: `New team ${Date.now()}-${++teamCount}`, description: "" }),
    invalidInput: { name: "", description: 42 },
    expect: adminsOnly,
  },
  "team.update": {
    type: "mutation",
    input: async (fx) => ({
      teamId: await freshTeam(fx),
      name: `Renamed ${Date.now()}-${++teamCount}`,
      description: "Evenings",
    }),
    invalidInput: { teamId: "team-a", name: "" },
    expect: firstOrgAdmins,
  },
  "team.setArchived": {
    type: "mutation",
    input: async (fx) => ({ teamId: await freshTeam(fx), archived: true }),
    invalidInput: { teamId: "team-a", archived: "yes" },
    expect: firstOrgAdmins,
  },
  "person.search": {
    type: "query",
    input: () => ({ search: "", page: 1 }),
    invalidInput: { page: 0, sort: "age", role: "owner" },
    expect: adminsOnly,
  },
  "person.get": {
    type: "query",
    input: (fx) => ({ membershipId: fx.org.clinician.membershipId }),
    invalidInput: { membershipId: "sam" },
    expect: firstOrgAdmins,
  },
  "person.update": {
    type: "mutation",
    input: async (fx) => ({
      membershipId: (await freshMember(fx)).membershipId,
      roles: ["clinician", "supervisor"],
      teamIds: [fx.org.teamId],
      title: "Counsellor",
    }),
    invalidInput: { membershipId: "sam", roles: [], teamIds: ["a"] },
    expect: firstOrgAdmins,
  },
  "person.deactivate": {
    type: "mutation",
    input: async (fx) => ({ membershipId: (await freshMember(fx)).membershipId }),
    invalidInput: { membershipId: "" },
    expect: firstOrgAdmins,
  },
  "person.reactivate": {
    type: "mutation",
    input: async (fx) => {
      const { membershipId } = await freshMember(fx);
      await setMemberDeactivated(fx.db, {
        organisationId: fx.org.organisationId,
        membershipId,
        at: new Date(),
      });
      return { membershipId };
    },
    invalidInput: { membershipId: 7 },
    expect: firstOrgAdmins,
  },
  "supervision.assign": {
    type: "mutation",
    input: async (fx) => ({
      supervisorMembershipId: fx.org.supervisor.membershipId,
      superviseeMembershipId: (await freshMember(fx)).membershipId,
    }),
    invalidInput: { supervisorMembershipId: "priya" },
    expect: firstOrgAdmins,
  },
  "supervision.end": {
    type: "mutation",
    input: async (fx) => {
      const relationshipId = await startSupervision(fx.db, {
        organisationId: fx.org.organisationId,
        supervisorMembershipId: fx.org.supervisor.membershipId,
        superviseeMembershipId: (await freshMember(fx)).membershipId,
      });
      if (!relationshipId) throw new Error("relationship not started");
      return { relationshipId };
    },
    invalidInput: { relationshipId: "" },
    expect: firstOrgAdmins,
  },
  "supervision.listSupervisees": { type: "query", expect: supervisorsOnly },
  "supervision.listMySupervisors": { type: "query", expect: members },
  "invitation.get": {
    type: "query",
    input: async (fx) => ({ token: (await freshInvitation(fx)).token }),
    invalidInput: { token: "short" },
    expect: everyone,
  },
  "invitation.accept": {
    type: "mutation",
    input: async (fx) => ({
      token: (await freshInvitation(fx)).token,
      name: "New Person",
      password: "a long enough password",
    }),
    invalidInput: { token: "short", name: "", password: "too short" },
    expect: everyone,
  },
  "invitation.list": { type: "query", expect: adminsOnly },
  "invitation.create": {
    type: "mutation",
    input: () => ({
      email: `invited-${Date.now()}-${++invitationCount}@test.example`,
      roles: ["clinician"],
    }),
    invalidInput: { email: "robin", roles: ["owner"] },
    expect: adminsOnly,
  },
  "invitation.createMany": {
    type: "mutation",
    input: () => ({
      csv: `email,name\nbulk-${Date.now()}-${++invitationCount}@test.example,Robin Bulk\n`,
    }),
    invalidInput: { csv: "" },
    expect: adminsOnly,
  },
  "invitation.resend": {
    type: "mutation",
    input: async (fx) => ({ invitationId: (await freshInvitation(fx)).id }),
    invalidInput: { invitationId: "latest" },
    expect: firstOrgAdmins,
  },
  "invitation.revoke": {
    type: "mutation",
    input: async (fx) => ({ invitationId: (await freshInvitation(fx)).id }),
    invalidInput: { invitationId: "latest" },
    expect: firstOrgAdmins,
  },
  "selfCheck.listInstruments": { type: "query", expect: cliniciansOnly },
  "selfCheck.getInstrument": {
    type: "query",
    input: () => ({ instrumentId: "proqol5" }),
    invalidInput: { instrumentId: "mbi" },
    expect: cliniciansOnly,
  },
  "selfCheck.submit": {
    type: "mutation",
    input: () => ({ instrumentId: "pulse", answers: completePulseAnswers() }),
    invalidInput: { instrumentId: "pulse", answers: "all good" },
    expect: cliniciansOnly,
  },
  "selfCheck.get": {
    type: "query",
    input: async (fx) => ({ responseId: (await clinicianResponse(fx)).id }),
    invalidInput: { responseId: "42" },
    expect: ownerOnly,
  },
  "selfCheck.history": {
    type: "query",
    input: () => ({ instrumentId: "pulse" }),
    invalidInput: { instrumentId: "" },
    expect: cliniciansOnly,
  },
  "selfCheck.listResults": {
    type: "query",
    input: () => ({ instrumentId: "pulse" }),
    invalidInput: { instrumentId: "unknown" },
    expect: cliniciansOnly,
  },
  "selfCheck.updateCadence": {
    type: "mutation",
    input: () => ({ instrumentId: "pulse", everyDays: 14, paused: false }),
    invalidInput: { instrumentId: "pulse", everyDays: 0, paused: "no" },
    expect: cliniciansOnly,
  },
  "share.create": {
    type: "mutation",
    input: async (fx) => ({
      responseId: (await clinicianResponse(fx)).id,
      supervisorMembershipId: fx.org.supervisor.membershipId,
    }),
    invalidInput: { responseId: "x", supervisorMembershipId: 7 },
    expect: ownerOnly,
  },
  "share.revoke": {
    type: "mutation",
    input: async (fx) => ({ shareId: (await clinicianShare(fx)).id }),
    invalidInput: { shareId: "" },
    expect: ownerAnyRole,
  },
  "share.listMine": { type: "query", expect: signedIn },
  "share.listSharedWithMe": { type: "query", expect: supervisorsOnly },
  "share.getShared": {
    type: "query",
    input: async (fx) => ({ shareId: (await clinicianShare(fx)).id }),
    invalidInput: { shareId: "nope" },
    expect: sharedSupervisorOnly,
  },
  "plan.get": { type: "query", expect: cliniciansOnly },
  "plan.addCommitment": {
    type: "mutation",
    input: () => ({ strategy: "self-care", text: "A walk at lunch", frequency: "daily" }),
    invalidInput: { strategy: "ignore-it", text: "" },
    expect: cliniciansOnly,
  },
  "plan.markDone": {
    type: "mutation",
    input: async (fx) => ({ id: (await clinicianCommitment(fx)).id, done: true }),
    invalidInput: { id: "1", done: "yes" },
    expect: ownerOnly,
  },
  "plan.updateCommitment": {
    type: "mutation",
    input: async (fx) => ({
      id: (await clinicianCommitment(fx)).id,
      text: "A longer walk",
      frequency: null,
    }),
    invalidInput: { id: "1", text: "x".repeat(301) },
    expect: ownerOnly,
  },
  "plan.removeCommitment": {
    type: "mutation",
    input: async (fx) => ({ id: (await clinicianCommitment(fx)).id }),
    invalidInput: { id: 12 },
    expect: ownerOnly,
  },
  "plan.setEndOfDayRitual": {
    type: "mutation",
    input: () => ({ endOfDayRitual: "Close the laptop, walk round the block." }),
    invalidInput: { endOfDayRitual: "x".repeat(501) },
    expect: cliniciansOnly,
  },
  "plan.markReviewed": { type: "mutation", expect: cliniciansOnly },
  "selfCheckSettings.get": { type: "query", expect: adminsOnly },
  "selfCheckSettings.updateSupportResources": {
    type: "mutation",
    input: () => ({ text: "Call our EAP on 0800 000 000, or 911 in an emergency." }),
    invalidInput: { text: "too short" },
    expect: adminsOnly,
  },
  "selfCheckSettings.updateRoleWords": {
    type: "mutation",
    input: () => ({
      help: "counsel",
      helper: "counsellor",
      helping: "counselling",
      helped: "counselled",
      work: "",
    }),
    invalidInput: { help: "<script>", helper: 3 },
    expect: adminsOnly,
  },
  "report.wellbeing": {
    type: "query",
    input: () => ({ granularity: "quarter", periods: 2 }),
    invalidInput: { granularity: "week", periods: 0 },
    expect: adminsOnly,
  },
  "report.wellbeingCsv": {
    type: "query",
    input: () => ({ granularity: "month", periods: 3 }),
    invalidInput: { granularity: "year", periods: 13 },
    expect: adminsOnly,
  },
  // Development tools are off in tests, as in production: the outbox answers 404 to everyone.
  "devOutbox.list": { type: "query", expect: nobody },
  ...SUPERVISION_ROWS,
  ...GROUP_ROWS,
  ...DISCUSSION_ROWS,
  ...MEETING_ROWS,
  ...DEVELOPMENT_ROWS,
};

/** Procedure paths of a router (e.g. "me.get"). */
export function procedurePaths(router: AnyTRPCRouter): string[] {
  return Object.keys(router._def.procedures as Record<string, unknown>).sort();
}

/** Procedures without a matrix row, and rows naming no procedure. Both must be empty. */
export function matrixGaps(router: AnyTRPCRouter, matrix: Record<string, MatrixRow>) {
  const paths = procedurePaths(router);
  return {
    missingRows: paths.filter((p) => !(p in matrix)),
    unknownRows: Object.keys(matrix).filter((p) => !paths.includes(p)),
  };
}

/** Whether a procedure declares an input parser. */
export function takesInput(router: AnyTRPCRouter, path: string): boolean {
  const procedure = (router._def.procedures as Record<string, { _def: { inputs: unknown[] } }>)[
    path
  ];
  return (procedure?._def.inputs.length ?? 0) > 0;
}
