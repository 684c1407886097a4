/**
 * Authorisation-matrix rows of peer support groups, and the groups they act on. In these rows
 * the owner clinician facilitates each group; every other actor of the first organisation is
 * a colleague who is not in it (or, where a row says so, an ordinary member), and the other
 * organisation's people do not know it exists.
 */
import { randomUUID } from "node:crypto";

import type { TestMember } from "@tend/db/testing";
import type { GroupVisibility } from "@tend/groups";
import { insertGroup, setStanding } from "@tend/db/queries";
import { addTestMember } from "@tend/db/testing";
import { DEFAULT_AGREEMENT } from "@tend/groups";

import type { Actor, Fixture } from "./actors";
import type { MatrixRow, Outcome } from "./outcomes";
import { adminsOnly, signedIn } from "./outcomes";

/** Members of the first organisation: the other organisation's people find no such group. */
export const firstOrgMembers: Record<Actor, Outcome> = {
  ...signedIn,
  otherOrgAdmin: "NOT_FOUND",
  otherOrgSupervisor: "NOT_FOUND",
};
/** The group's facilitator only: colleagues outside the group are refused, strangers told nothing. */
export const facilitatorOnly: Record<Actor, Outcome> = {
  ...firstOrgMembers,
  otherClinician: "FORBIDDEN",
  supervisor: "FORBIDDEN",
  otherSupervisor: "FORBIDDEN",
  supervisingClinician: "FORBIDDEN",
  admin: "FORBIDDEN",
};

/** The actor's membership in the first organisation, if they have one. */
export function firstOrgMember(fx: Fixture, actor: Actor): TestMember | null {
  if (actor === "anonymous" || actor === "otherOrgAdmin" || actor === "otherOrgSupervisor")
    return null;
  return fx.org[actor];
}

/**
 * A new group of the first organisation facilitated by its owner clinician, with `members`
 * active (agreement accepted) and `requests` waiting.
 */
export async function freshGroup(
  fx: Fixture,
  options: {
    visibility?: GroupVisibility;
    members?: (TestMember | null)[];
    requests?: TestMember[];
  } = {},
): Promise<string> {
  const organisationId = fx.org.organisationId;
  const groupId = await insertGroup(fx.db, {
    organisationId,
    name: `Matrix group ${randomUUID().slice(0, 8)}`,
    purpose: "",
    format: "peer-support",
    visibility: options.visibility ?? "open",
    memberLimit: 10,
    agreement: DEFAULT_AGREEMENT,
  });
  const at = new Date();
  const stand = (member: TestMember, status: "active" | "requested", role = "member" as const) =>
    setStanding(fx.db, {
      organisationId,
      groupId,
      membershipId: member.membershipId,
      status,
      role,
      pledgeVersion: 1,
      at,
    });
  await setStanding(fx.db, {
    organisationId,
    groupId,
    membershipId: fx.org.clinician.membershipId,
    status: "active",
    role: "facilitator",
    pledgeVersion: 1,
    at,
  });
  for (const member of options.members ?? [])
    if (member && member.membershipId !== fx.org.clinician.membershipId)
      await stand(member, "active");
  for (const member of options.requests ?? []) await stand(member, "requested");
  return groupId;
}

let memberCount = 0;
/** A new clinician of the first organisation who is none of the actors. */
export function freshColleague(fx: Fixture, name?: string) {
  const n = ++memberCount;
  return addTestMember(
    fx.db,
    { organisationId: fx.org.organisationId, teamId: fx.org.teamId },
    {
      name: name ?? `Group colleague ${n}`,
      email: `group-colleague-${Date.now()}-${n}@test.example`,
    },
    ["clinician"],
  );
}

/** One group the read rows share. */
const shared = new WeakMap<Fixture, Promise<string>>();
const sharedGroup = (fx: Fixture) => {
  let id = shared.get(fx);
  if (!id) {
    id = freshGroup(fx);
    shared.set(fx, id);
  }
  return id;
};

export const GROUP_ROWS: Record<string, MatrixRow> = {
  "group.list": { type: "query", expect: signedIn },
  "group.get": {
    type: "query",
    input: async (fx) => ({ groupId: await sharedGroup(fx) }),
    invalidInput: { groupId: "not-a-group" },
    expect: firstOrgMembers,
  },
  "group.create": {
    type: "mutation",
    input: () => ({ name: "Matrix circle", format: "balint", visibility: "request" }),
    invalidInput: { name: "", format: "book club", visibility: "public", memberLimit: 1 },
    expect: signedIn,
  },
  "group.join": {
    type: "mutation",
    input: async (fx, actor) => ({
      // Its facilitator is the owner clinician: for them, a group they are not yet in.
      groupId:
        actor === "clinician"
          ? await insertGroup(fx.db, {
              organisationId: fx.org.organisationId,
              name: "Matrix open group",
              purpose: "",
              format: "other",
              visibility: "open",
              memberLimit: 10,
              agreement: DEFAULT_AGREEMENT,
            })
          : await freshGroup(fx),
      agreementVersion: 1,
    }),
    invalidInput: { groupId: "not-a-group", agreementVersion: 0 },
    expect: firstOrgMembers,
  },
  "group.acceptAgreement": {
    type: "mutation",
    input: async (fx, actor) => ({
      groupId: await freshGroup(fx, { members: [firstOrgMember(fx, actor)] }),
      agreementVersion: 1,
    }),
    invalidInput: { groupId: "not-a-group", agreementVersion: "1" },
    expect: firstOrgMembers,
  },
  "group.leave": {
    type: "mutation",
    input: async (fx, actor) => ({
      groupId: await freshGroup(fx, {
        // The owner clinician facilitates alone here, so they may leave too.
        members: [firstOrgMember(fx, actor)],
      }),
    }),
    invalidInput: { groupId: 42 },
    expect: firstOrgMembers,
  },
  "group.decideRequest": {
    type: "mutation",
    input: async (fx) => {
      const asking = await freshColleague(fx);
      return {
        groupId: await freshGroup(fx, { visibility: "request", requests: [asking] }),
        membershipId: asking.membershipId,
        admit: true,
      };
    },
    invalidInput: { groupId: "not-a-group", membershipId: "someone", admit: "yes" },
    expect: facilitatorOnly,
  },
  "group.inviteCandidates": {
    type: "query",
    input: async (fx) => ({ groupId: await freshGroup(fx), search: "" }),
    invalidInput: { groupId: "not-a-group", search: 7 },
    expect: facilitatorOnly,
  },
  "group.invite": {
    type: "mutation",
    input: async (fx) => ({
      groupId: await freshGroup(fx, { visibility: "invite-only" }),
      membershipId: (await freshColleague(fx)).membershipId,
    }),
    invalidInput: { groupId: "not-a-group", membershipId: "someone" },
    // An invite-only group does not exist for colleagues outside it.
    expect: {
      ...facilitatorOnly,
      otherClinician: "NOT_FOUND",
      supervisor: "NOT_FOUND",
      otherSupervisor: "NOT_FOUND",
      supervisingClinician: "NOT_FOUND",
      admin: "NOT_FOUND",
    },
  },
  "group.remove": {
    type: "mutation",
    input: async (fx) => {
      const member = await freshColleague(fx);
      return {
        groupId: await freshGroup(fx, { members: [member] }),
        membershipId: member.membershipId,
      };
    },
    invalidInput: { groupId: "not-a-group", membershipId: "" },
    expect: facilitatorOnly,
  },
  "group.setRole": {
    type: "mutation",
    input: async (fx) => {
      const member = await freshColleague(fx);
      return {
        groupId: await freshGroup(fx, { members: [member] }),
        membershipId: member.membershipId,
        role: "co-facilitator",
      };
    },
    invalidInput: { groupId: "not-a-group", membershipId: "", role: "owner" },
    expect: facilitatorOnly,
  },
  "group.updateAgreement": {
    type: "mutation",
    input: async (fx) => ({
      groupId: await freshGroup(fx),
      agreement: "What is said here stays here, and we speak of our own experience.",
    }),
    invalidInput: { groupId: "not-a-group", agreement: "ok" },
    expect: facilitatorOnly,
  },
  "group.adminList": { type: "query", expect: adminsOnly },
  "group.archive": {
    type: "mutation",
    input: async (fx) => ({ groupId: await freshGroup(fx) }),
    invalidInput: { groupId: "not-a-group" },
    expect: { ...adminsOnly, otherOrgAdmin: "NOT_FOUND" },
  },
};
