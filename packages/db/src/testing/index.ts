import { randomUUID } from "node:crypto";
import { inject } from "vitest";

import "./provided-context";

import type { Db } from "../client";
import type { Role } from "../schema";
import { createDb } from "../client";
import {
  memberships,
  organisations,
  supervisionRelationships,
  teamMembers,
  teams,
  users,
} from "../schema";

/** A connection to this run's throwaway test database (see global-setup.ts). */
export function connectTestDb(): Db {
  return createDb(inject("databaseUrl"), { max: 4 });
}

export interface TestMember {
  userId: string;
  membershipId: string;
  email: string;
  roles: Role[];
}

export interface TestOrganisation {
  organisationId: string;
  teamId: string;
  clinician: TestMember;
  /** Another clinician in the same organisation, with no supervision link to `supervisor`. */
  otherClinician: TestMember;
  /** Supervises `clinician`. */
  supervisor: TestMember;
  /** Supervises `otherClinician` only: a supervisor with no link to `clinician`. */
  otherSupervisor: TestMember;
  /** Holds both the supervisor and the clinician role, with no link to `clinician`. */
  supervisingClinician: TestMember;
  admin: TestMember;
}

/**
 * Creates an organisation with a team, two clinicians, a supervisor for each and an
 * admin. Names and emails are unique, so tests in one database never collide.
 */
export async function createTestOrganisation(db: Db, label = "Test"): Promise<TestOrganisation> {
  const suffix = randomUUID().slice(0, 8);
  const [org] = await db
    .insert(organisations)
    .values({ name: `${label} Org ${suffix}`, slug: `${label.toLowerCase()}-${suffix}` })
    .returning();
  if (!org) throw new Error("no organisation");
  const [team] = await db
    .insert(teams)
    .values({ organisationId: org.id, name: "Team A" })
    .returning();
  if (!team) throw new Error("no team");

  const member = (key: string, roles: Role[]) =>
    addTestMember(
      db,
      { organisationId: org.id, teamId: team.id },
      { name: `${key} ${suffix}`, email: `${key}-${suffix}@test.example` },
      roles,
    );

  const clinician = await member("clinician", ["clinician"]);
  const otherClinician = await member("other-clinician", ["clinician"]);
  const supervisor = await member("supervisor", ["supervisor"]);
  const otherSupervisor = await member("other-supervisor", ["supervisor"]);
  const supervisingClinician = await member("supervising-clinician", ["supervisor", "clinician"]);
  const admin = await member("admin", ["admin"]);
  await db.insert(supervisionRelationships).values({
    organisationId: org.id,
    supervisorMembershipId: supervisor.membershipId,
    superviseeMembershipId: clinician.membershipId,
  });
  await db.insert(supervisionRelationships).values({
    organisationId: org.id,
    supervisorMembershipId: otherSupervisor.membershipId,
    superviseeMembershipId: otherClinician.membershipId,
  });
  return {
    organisationId: org.id,
    teamId: team.id,
    clinician,
    otherClinician,
    supervisor,
    otherSupervisor,
    supervisingClinician,
    admin,
  };
}

/** Adds a person to a test organisation's team with these roles. */
export async function addTestMember(
  db: Db,
  org: { organisationId: string; teamId: string },
  { name, email }: { name: string; email: string },
  roles: Role[],
): Promise<TestMember> {
  const [u] = await db.insert(users).values({ name, email }).returning();
  if (!u) throw new Error("no user");
  const [m] = await db
    .insert(memberships)
    .values({ organisationId: org.organisationId, userId: u.id, roles })
    .returning();
  if (!m) throw new Error("no membership");
  await db
    .insert(teamMembers)
    .values({ organisationId: org.organisationId, teamId: org.teamId, membershipId: m.id });
  return { userId: u.id, membershipId: m.id, email, roles };
}
