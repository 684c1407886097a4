/**
 * The demo's people: Riverbend Community Mental Health (4 teams, one of them small, 30 clinicians, 4 supervisors,
 * 1 admin) and a small second organisation, Harbour Counselling Collective, so that
 * organisation switching and cross-organisation isolation can be seen; supervision links and
 * one open invitation.
 */
import { eq } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { QuietHours, Role, WorkingHours } from "../schema";
import { createInvitation } from "../queries/invitation";
import {
  auditEvents,
  invitations,
  memberships,
  organisations,
  supervisionRelationships,
  teamMembers,
  teams,
  users,
} from "../schema";
import { DEMO_INVITATION_TOKEN, PERSONAS } from "./personas";

export interface PersonSeed {
  name: string;
  email: string;
  roles: Role[];
  title: string;
  team?: string;
  timeZone?: string;
  workingHours?: WorkingHours;
  quietHours?: QuietHours;
}

const RIVERBEND_TEAMS = [
  { name: "Adult Outpatient", description: "Individual and group therapy for adults." },
  {
    name: "Child & Family",
    description: "Therapy and family work for children, teens and carers.",
  },
  {
    name: "Crisis & Trauma",
    description: "Crisis response, trauma-focused therapy and mobile outreach.",
  },
  {
    // Small on purpose: the team wellbeing report shows how a team under k is suppressed.
    name: "Night Service",
    description: "Out-of-hours crisis line and mobile cover, 8 pm to 8 am.",
  },
] as const;

const CLINICIANS: [string, string, string][] = [
  // [name, title, team]
  ["Sam Rivera", "Licensed Professional Counselor", "Adult Outpatient"],
  ["Maya Okafor", "Clinical Social Worker", "Adult Outpatient"],
  ["Daniel Kim", "Marriage and Family Therapist", "Adult Outpatient"],
  ["Hannah Becker", "Licensed Professional Counselor", "Adult Outpatient"],
  ["Luis Herrera", "Clinical Psychologist", "Adult Outpatient"],
  ["Grace Mensah", "Associate Counselor", "Adult Outpatient"],
  ["Tom Whitfield", "Clinical Social Worker", "Adult Outpatient"],
  ["Aisha Rahman", "Licensed Professional Counselor", "Adult Outpatient"],
  ["Ben Carter", "Addictions Counselor", "Adult Outpatient"],
  ["Jordan Lee", "Clinical Social Worker", "Adult Outpatient"],
  ["Sofia Rossi", "Child and Adolescent Therapist", "Child & Family"],
  ["Ethan Brooks", "Play Therapist", "Child & Family"],
  ["Nina Patel", "Marriage and Family Therapist", "Child & Family"],
  ["Oliver Grant", "School-based Counselor", "Child & Family"],
  ["Chloe Dubois", "Clinical Social Worker", "Child & Family"],
  ["Marcus Johnson", "Family Therapist", "Child & Family"],
  ["Leah Goldberg", "Associate Marriage and Family Therapist", "Child & Family"],
  ["Ravi Iyer", "Clinical Psychologist", "Child & Family"],
  ["Emma Lindqvist", "Art Therapist", "Child & Family"],
  ["Kofi Asante", "Child and Adolescent Therapist", "Child & Family"],
  ["Isabel Moreno", "Trauma Therapist", "Crisis & Trauma"],
  ["Jack O'Connor", "Crisis Counselor", "Crisis & Trauma"],
  ["Fatima Zahra", "Clinical Social Worker", "Crisis & Trauma"],
  ["Lucas Silva", "Mobile Crisis Clinician", "Night Service"],
  ["Zoe Williams", "Trauma Therapist", "Crisis & Trauma"],
  ["Ahmed Hassan", "Crisis Counselor", "Night Service"],
  ["Priscilla Wong", "EMDR Therapist", "Crisis & Trauma"],
  ["Noah Fischer", "Clinical Social Worker", "Crisis & Trauma"],
  ["Yara Haddad", "Associate Counselor", "Crisis & Trauma"],
  ["Owen Price", "Mobile Crisis Clinician", "Night Service"],
];

/** Supervisors and whom they supervise (by clinician index ranges into CLINICIANS). */
const SUPERVISORS: {
  name: string;
  title: string;
  roles: Role[];
  team: string;
  supervisees: [number, number];
}[] = [
  {
    name: "Dr Priya Shah",
    title: "Clinical Supervisor",
    roles: ["supervisor", "clinician"],
    team: "Adult Outpatient",
    supervisees: [0, 8],
  },
  {
    name: "Michael Adeyemi",
    title: "Clinical Supervisor",
    roles: ["supervisor", "clinician"],
    team: "Child & Family",
    supervisees: [8, 16],
  },
  {
    name: "Dr Helen Park",
    title: "Clinical Director",
    roles: ["supervisor"],
    team: "Child & Family",
    supervisees: [16, 23],
  },
  {
    name: "Rosa Delgado",
    title: "Trauma Team Lead",
    roles: ["supervisor", "clinician"],
    team: "Crisis & Trauma",
    supervisees: [23, 30],
  },
];

const emailOf = (name: string, domain: string) =>
  `${name
    .replace(/^Dr /, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".")}@${domain}`;

const HARBOUR_TEAMS = [
  { name: "Counselling", description: "Short-term and open-ended counselling." },
] as const;

/** What later capabilities' seeds need to know about the people. */
export interface SeededPeople {
  /** User ids by email. */
  userIds: Map<string, string>;
  riverbend: { organisationId: string; membershipIds: Map<string, string>; people: PersonSeed[] };
  harbour: { organisationId: string; membershipIds: Map<string, string>; people: PersonSeed[] };
}

export const riverbendEmail = (name: string) => emailOf(name, "riverbend.example");

export async function seedPeople(tx: DbOrTx, passwordHash: string): Promise<SeededPeople> {
  const insertOrg = async (name: string, slug: string, timeZone: string) => {
    const [org] = await tx.insert(organisations).values({ name, slug, timeZone }).returning();
    if (!org) throw new Error(`could not create ${name}`);
    const teamRows = await tx
      .insert(teams)
      .values(
        (slug === "riverbend" ? RIVERBEND_TEAMS : HARBOUR_TEAMS).map((t) => ({
          ...t,
          organisationId: org.id,
        })),
      )
      .returning();
    return { org, teamId: new Map(teamRows.map((t) => [t.name, t.id])) };
  };

  const userIds = new Map<string, string>();
  const ensureUser = async (p: PersonSeed) => {
    const existing = userIds.get(p.email);
    if (existing) return existing;
    const [u] = await tx
      .insert(users)
      .values({
        name: p.name,
        email: p.email,
        emailVerified: new Date("2026-01-05T09:00:00Z"),
        passwordHash,
        timeZone: p.timeZone ?? "America/Chicago",
        ...(p.workingHours ? { workingHours: p.workingHours } : {}),
        ...(p.quietHours ? { quietHours: p.quietHours } : {}),
      })
      .returning({ id: users.id });
    if (!u) throw new Error(`could not create ${p.email}`);
    userIds.set(p.email, u.id);
    return u.id;
  };

  const addPeople = async (orgId: string, teamId: Map<string, string>, people: PersonSeed[]) => {
    const ids = new Map<string, string>();
    for (const p of people) {
      const userId = await ensureUser(p);
      const [m] = await tx
        .insert(memberships)
        .values({ organisationId: orgId, userId, roles: p.roles, title: p.title })
        .returning({ id: memberships.id });
      if (!m) throw new Error(`could not add ${p.email}`);
      ids.set(p.name, m.id);
      const team = p.team ? teamId.get(p.team) : undefined;
      if (team)
        await tx
          .insert(teamMembers)
          .values({ organisationId: orgId, teamId: team, membershipId: m.id });
    }
    return ids;
  };

  // Riverbend
  const riverbend = await insertOrg(
    "Riverbend Community Mental Health",
    "riverbend",
    "America/Chicago",
  );
  const domain = "riverbend.example";
  const riverbendPeople: PersonSeed[] = [
    {
      name: PERSONAS.admin.name,
      email: PERSONAS.admin.email,
      roles: ["admin"],
      title: "Operations Manager",
    },
    ...SUPERVISORS.map((s) => ({
      name: s.name,
      email: emailOf(s.name, domain),
      roles: s.roles,
      title: s.title,
      team: s.team,
    })),
    ...CLINICIANS.map(([name, title, team], i) => ({
      name,
      email: emailOf(name, domain),
      roles: ["clinician"] as Role[],
      title,
      team,
      // A few people work in other time zones or keep other hours, so schedules look real.
      ...(i % 7 === 3 ? { timeZone: "America/New_York" } : {}),
      ...(i % 9 === 4
        ? { workingHours: { days: [1, 2, 3, 4], start: "08:00", end: "18:00" } }
        : {}),
    })),
    // Harbour's administrator also sees clients at Riverbend: an administrator in one
    // organisation and not in the other, so the admin console's switch can be seen.
    {
      name: PERSONAS.otherOrgAdmin.name,
      email: PERSONAS.otherOrgAdmin.email,
      roles: ["clinician"],
      title: "Sessional Counsellor",
      team: "Adult Outpatient",
      timeZone: "Europe/London",
    },
  ];
  const riverbendIds = await addPeople(riverbend.org.id, riverbend.teamId, riverbendPeople);
  for (const s of SUPERVISORS) {
    const supervisor = riverbendIds.get(s.name);
    for (const [name] of CLINICIANS.slice(s.supervisees[0], s.supervisees[1])) {
      const supervisee = riverbendIds.get(name);
      if (!supervisor || !supervisee) throw new Error("seed: unknown supervision member");
      await tx.insert(supervisionRelationships).values({
        organisationId: riverbend.org.id,
        supervisorMembershipId: supervisor,
        superviseeMembershipId: supervisee,
        startedAt: new Date("2026-01-12T15:00:00Z"),
      });
    }
  }

  // Harbour: Jordan Lee also supervises here, so they see two organisations.
  const harbour = await insertOrg("Harbour Counselling Collective", "harbour", "Europe/London");
  const harbourPeople: PersonSeed[] = [
    {
      name: PERSONAS.otherOrgAdmin.name,
      email: PERSONAS.otherOrgAdmin.email,
      roles: ["admin"],
      title: "Practice Manager",
      timeZone: "Europe/London",
    },
    {
      name: "Jordan Lee",
      email: PERSONAS.twoOrganisations.email,
      roles: ["supervisor"],
      title: "Visiting Supervisor",
      team: "Counselling",
    },
    ...["Ellie Marsh", "Tariq Aziz", "Bronwen Hughes", "Callum Reid", "Ines Duarte"].map(
      (name) => ({
        name,
        email: emailOf(name, "harbour.example"),
        roles: ["clinician"] as Role[],
        title: "Counsellor",
        team: "Counselling",
        timeZone: "Europe/London",
      }),
    ),
  ];
  const harbourIds = await addPeople(harbour.org.id, harbour.teamId, harbourPeople);
  const jordan = harbourIds.get("Jordan Lee");
  for (const name of ["Ellie Marsh", "Tariq Aziz", "Bronwen Hughes"]) {
    const supervisee = harbourIds.get(name);
    if (!jordan || !supervisee) throw new Error("seed: unknown supervision member");
    await tx.insert(supervisionRelationships).values({
      organisationId: harbour.org.id,
      supervisorMembershipId: jordan,
      superviseeMembershipId: supervisee,
    });
  }

  const adminId = userIds.get(PERSONAS.admin.email);
  await createInvitation(tx, {
    organisationId: riverbend.org.id,
    email: "new.clinician@riverbend.example",
    name: "Robin Ellis",
    roles: ["clinician"],
    invitedByUserId: adminId ?? null,
    expiresAt: new Date(Date.now() + 1000 * 60 * 60 * 24 * 365),
    token: DEMO_INVITATION_TOKEN,
  });
  await seedPeopleManagement(tx, {
    organisationId: riverbend.org.id,
    childFamilyTeamId: riverbend.teamId.get("Child & Family") ?? null,
    adminId: adminId ?? null,
    passwordHash,
  });
  return {
    userIds,
    riverbend: {
      organisationId: riverbend.org.id,
      membershipIds: riverbendIds,
      people: riverbendPeople,
    },
    harbour: { organisationId: harbour.org.id, membershipIds: harbourIds, people: harbourPeople },
  };
}

/**
 * What the console's people pages show besides current members: a closed team (archived), a
 * member who left (deactivated, their records kept), an open invitation with a team and job
 * title, and one that expired unanswered.
 */
async function seedPeopleManagement(
  tx: DbOrTx,
  params: {
    organisationId: string;
    childFamilyTeamId: string | null;
    adminId: string | null;
    passwordHash: string;
  },
) {
  const { organisationId } = params;
  const [dayHospital] = await tx
    .insert(teams)
    .values({
      organisationId,
      name: "Day Hospital",
      description: "Closed in September 2026; its staff moved to Adult Outpatient.",
      archivedAt: new Date("2026-09-30T17:00:00Z"),
    })
    .returning({ id: teams.id });
  const [nora] = await tx
    .insert(users)
    .values({
      name: "Nora Quinn",
      email: riverbendEmail("Nora Quinn"),
      emailVerified: new Date("2026-01-05T09:00:00Z"),
      passwordHash: params.passwordHash,
      timeZone: "America/Chicago",
    })
    .returning({ id: users.id });
  if (!dayHospital || !nora) throw new Error("seed: people management rows not created");
  const [membership] = await tx
    .insert(memberships)
    .values({
      organisationId,
      userId: nora.id,
      roles: ["clinician"],
      title: "Occupational Therapist",
      deactivatedAt: new Date("2026-10-02T09:00:00Z"),
    })
    .returning({ id: memberships.id });
  if (!membership) throw new Error("seed: Nora's membership not created");
  await tx
    .insert(teamMembers)
    .values({ organisationId, teamId: dayHospital.id, membershipId: membership.id });
  const day = 86_400_000;
  const mira = await createInvitation(tx, {
    organisationId,
    email: "mira.patel@riverbend.example",
    name: "Mira Patel",
    roles: ["clinician"],
    title: "Play Therapist",
    teamIds: params.childFamilyTeamId ? [params.childFamilyTeamId] : [],
    invitedByUserId: params.adminId,
    expiresAt: new Date(Date.now() + 10 * day),
  });
  const jon = await createInvitation(tx, {
    organisationId,
    email: "jon.okoro@riverbend.example",
    name: "Jon Okoro",
    roles: ["clinician", "supervisor"],
    invitedByUserId: params.adminId,
    expiresAt: new Date(Date.now() - 3 * day),
  });
  // Sent some days ago (Jon's has since expired).
  await tx
    .update(invitations)
    .set({ createdAt: new Date(Date.now() - 17 * day) })
    .where(eq(invitations.id, jon.id));
  await tx
    .update(invitations)
    .set({ createdAt: new Date(Date.now() - 4 * day) })
    .where(eq(invitations.id, mira.id));
  // The audit log's history of these changes, as the console would have recorded them.
  const actorUserId = params.adminId;
  await tx.insert(auditEvents).values([
    {
      organisationId,
      actorUserId,
      action: "team.archived",
      subjectType: "team",
      subjectId: dayHospital.id,
      data: { name: "Day Hospital" },
      at: new Date("2026-09-30T17:00:00Z"),
    },
    {
      organisationId,
      actorUserId,
      action: "member.deactivated",
      subjectType: "membership",
      subjectId: membership.id,
      data: { endedSupervision: 0 },
      at: new Date("2026-10-02T09:00:00Z"),
    },
    {
      organisationId,
      actorUserId,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: jon.id,
      data: { email: "jon.okoro@riverbend.example", roles: ["clinician", "supervisor"] },
      at: new Date(Date.now() - 17 * day),
    },
    {
      organisationId,
      actorUserId,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: mira.id,
      data: { email: "mira.patel@riverbend.example", roles: ["clinician"] },
      at: new Date(Date.now() - 4 * day),
    },
  ]);
}
