/**
 * Peer-group demo data: a group of each format at Riverbend (open, by request, invite-only),
 * with facilitators, members, a pending request and an invitation for Sam, and one group at
 * Harbour that Riverbend's people never see.
 */
import type { GroupFormat, GroupVisibility } from "@tend/groups";
import { DEFAULT_AGREEMENT } from "@tend/groups";

import type { DbOrTx } from "../client";
import type { SeededPeople } from "./identity";
import { groupMembers, peerGroups } from "../schema";
import { PERSONAS } from "./personas";

interface GroupSeed {
  name: string;
  purpose: string;
  format: GroupFormat;
  visibility: GroupVisibility;
  memberLimit: number;
  facilitator: string;
  coFacilitator?: string;
  /** How many further clinicians are members (taken in order from the organisation's list). */
  members: number;
  /** People by name who asked to join, or were invited. */
  requested?: string[];
  invited?: string[];
}

const RIVERBEND_GROUPS: GroupSeed[] = [
  {
    name: "Thursday peer support",
    purpose:
      "An hour after the last session of the week to put down what we carry. Open to every clinician; come when you can.",
    format: "peer-support",
    visibility: "open",
    memberLimit: 10,
    facilitator: PERSONAS.supervisor.name,
    members: 6,
  },
  {
    name: "Balint group: the cases that stay with us",
    purpose:
      "A closed group that meets fortnightly to think together about the relationship with one client, presented without identifying details.",
    format: "balint",
    visibility: "request",
    memberLimit: 8,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 4,
    requested: ["Nina Patel"],
  },
  {
    name: "Monthly Schwartz round",
    purpose:
      "Colleagues from every team hear a short story from the work and reflect on how it felt, not on what to do.",
    format: "schwartz-round",
    visibility: "open",
    memberLimit: 40,
    facilitator: PERSONAS.supervisor.name,
    members: 12,
  },
  {
    name: "First-year clinicians' circle",
    purpose: "For clinicians in their first year of practice, by invitation from the facilitators.",
    format: "peer-support",
    visibility: "invite-only",
    memberLimit: 8,
    facilitator: PERSONAS.twoOrganisations.name,
    members: 3,
    invited: [PERSONAS.clinician.name],
  },
];

const HARBOUR_GROUPS: GroupSeed[] = [
  {
    name: "Harbour peer support",
    purpose: "Peer support for Harbour's clinicians.",
    format: "peer-support",
    visibility: "open",
    memberLimit: 10,
    facilitator: "",
    members: 5,
  },
];

async function seedOrganisationGroups(
  tx: DbOrTx,
  org: SeededPeople["riverbend"],
  groups: GroupSeed[],
  now: Date,
): Promise<void> {
  const named = (name: string) => {
    const id = org.membershipIds.get(name);
    if (!id) throw new Error(`seed: ${name} is not a member`);
    return id;
  };
  const clinicians = org.people.filter((p) => p.roles.includes("clinician")).map((p) => p.name);
  for (const [index, group] of groups.entries()) {
    const [row] = await tx
      .insert(peerGroups)
      .values({
        organisationId: org.organisationId,
        name: group.name,
        purpose: group.purpose,
        format: group.format,
        visibility: group.visibility,
        memberLimit: group.memberLimit,
        agreement: DEFAULT_AGREEMENT,
        createdAt: new Date(now.getTime() - (120 - index * 20) * 86_400_000),
      })
      .returning({ id: peerGroups.id });
    if (!row) throw new Error("seed: group not stored");
    const facilitator = group.facilitator || (clinicians[0] ?? "");
    const waiting = new Set([...(group.requested ?? []), ...(group.invited ?? [])]);
    const others = clinicians
      // Each group starts its members at a different clinician, so the groups differ.
      .slice(index * 2)
      .concat(clinicians.slice(0, index * 2))
      .filter((name) => name !== facilitator && !waiting.has(name))
      .slice(0, group.members);
    const stand = (name: string, status: "active" | "requested" | "invited", role = "member") => ({
      groupId: row.id,
      organisationId: org.organisationId,
      membershipId: named(name),
      role: role as "member" | "facilitator" | "co-facilitator",
      status,
      pledgeVersion: status === "invited" ? null : 1,
      pledgedAt: status === "invited" ? null : now,
      joinedAt: status === "active" ? now : null,
    });
    await tx
      .insert(groupMembers)
      .values([
        stand(facilitator, "active", "facilitator"),
        ...others.map((name) => stand(name, "active")),
        ...(group.requested ?? []).map((name) => stand(name, "requested")),
        ...(group.invited ?? []).map((name) => stand(name, "invited")),
      ]);
  }
}

export async function seedGroups(tx: DbOrTx, people: SeededPeople, now: Date): Promise<void> {
  await seedOrganisationGroups(tx, people.riverbend, RIVERBEND_GROUPS, now);
  await seedOrganisationGroups(tx, people.harbour, HARBOUR_GROUPS, now);
}
