/**
 * The per-user queries of `packages/db/src/queries` that pages and the API run on every view,
 * for one person of a generated organisation: a clinician who shares results with their
 * supervisor, that supervisor, and an admin.
 */
import type { Sql } from "postgres";

import type { Db } from "@tend/db";
import {
  getOwnCheckResponse,
  getPlan,
  getPreviousCheckResponse,
  getSelfCheckSettings,
  getSharedResult,
  listDevOutbox,
  listOwnCheckResponses,
  listOwnResults,
  listOwnSharingEvents,
  listSharesByOwner,
  listSharesForSupervisor,
  listSharesOfResponse,
  listSupervisees,
  listSupervisors,
  listTeams,
  resolveSession,
  searchPeople,
  selfCheckStatus,
} from "@tend/db/queries";

import type { ScaleOrganisation } from "./generate";

export interface Persona {
  organisationId: string;
  clinician: { userId: string; membershipId: string };
  supervisor: { userId: string; membershipId: string };
  admin: { userId: string; membershipId: string };
  /** The clinician's latest ProQOL result, shared with the supervisor. */
  responseId: string;
  responseCompletedAt: Date;
  shareId: string;
}

/**
 * Clinician 42 of the organisation (clinician 2 of a small one): in the first team, lapsed two
 * weeks, default cadences, sharing their two latest ProQOL results with clinician 1, who
 * supervises the team.
 */
export async function findPersona(sql: Sql, org: ScaleOrganisation): Promise<Persona> {
  const number = org.clinicians >= 42 ? 42 : 2;
  const email = (local: string) => `${local}@${org.slug}.scale.example`;
  const member = async (local: string) => {
    const [row] = await sql<{ userId: string; membershipId: string; organisationId: string }[]>`
      select u.id as "userId", m.id as "membershipId", m.organisation_id as "organisationId"
      from users u join memberships m on m.user_id = u.id where lower(u.email) = ${email(local)}`;
    if (!row) throw new Error(`no generated person ${email(local)}`);
    return row;
  };
  const clinician = await member(`clinician-${number}`);
  const supervisor = await member("clinician-1");
  const admin = await member("admin-1");
  const [share] = await sql<{ responseId: string; responseCompletedAt: Date; shareId: string }[]>`
    select rs.response_id as "responseId", r.completed_at as "responseCompletedAt", rs.id as "shareId"
    from result_shares rs
    join check_responses r on r.id = rs.response_id
    where rs.owner_user_id = ${clinician.userId} order by r.completed_at desc limit 1`;
  if (!share) throw new Error(`no generated share of ${email(`clinician-${number}`)}`);
  return {
    organisationId: clinician.organisationId,
    clinician,
    supervisor,
    admin,
    ...share,
  };
}

/** The console's people list as it first opens (`search` empty) or searched. */
const peopleQuery = (p: Persona, search: string) => ({
  organisationId: p.organisationId,
  search,
  teamId: null,
  role: null,
  status: "active" as const,
  sort: "name" as const,
  direction: "asc" as const,
  offset: 0,
  limit: 25,
});

export interface PerUserQuery {
  label: string;
  call: (db: Db, p: Persona) => Promise<unknown>;
  /**
   * Returns every member of the organisation (the admin's people list): in the big one that is
   * nearly every row of its tables, so a sequential scan is the right plan there.
   */
  wholeOrganisation?: true;
}

/** What a page view asks the database for, query function by query function. */
export const PER_USER_QUERIES: PerUserQuery[] = [
  {
    label: "session, person and memberships (resolveSession)",
    call: (db, p) => resolveSession(db, { userId: p.clinician.userId, sessionVersion: 0 }),
  },
  { label: "dashboard teams (listTeams)", call: (db, p) => listTeams(db, p.organisationId) },
  {
    label: "dashboard supervisors (listSupervisors)",
    call: (db, p) => listSupervisors(db, p.clinician.membershipId),
  },
  {
    label: "supervisees (listSupervisees)",
    call: (db, p) => listSupervisees(db, p.supervisor.membershipId),
  },
  {
    label: "admin people, first page of 25 by name (searchPeople)",
    call: (db, p) => searchPeople(db, peopleQuery(p, "")),
    wholeOrganisation: true,
  },
  {
    label: "admin people, searched by a name (searchPeople)",
    call: (db, p) => searchPeople(db, peopleQuery(p, "clinician 42")),
    wholeOrganisation: true,
  },
  {
    label: "checks: cadences and last completions (selfCheckStatus)",
    call: (db, p) => selfCheckStatus(db, p.clinician.userId),
  },
  {
    label: "checks: settings (getSelfCheckSettings)",
    call: (db, p) => getSelfCheckSettings(db, p.organisationId),
  },
  {
    label: "history, pulse (listOwnCheckResponses)",
    call: (db, p) =>
      listOwnCheckResponses(db, { userId: p.clinician.userId, instrumentId: "pulse" }),
  },
  {
    label: "results list, pulse (listOwnResults)",
    call: (db, p) => listOwnResults(db, { userId: p.clinician.userId, instrumentId: "pulse" }),
  },
  {
    label: "result (getOwnCheckResponse)",
    call: (db, p) =>
      getOwnCheckResponse(db, { userId: p.clinician.userId, responseId: p.responseId }),
  },
  {
    label: "result: previous (getPreviousCheckResponse)",
    call: (db, p) =>
      getPreviousCheckResponse(db, {
        userId: p.clinician.userId,
        instrumentId: "proqol5",
        before: p.responseCompletedAt,
        excludeId: p.responseId,
      }),
  },
  {
    label: "result: its shares (listSharesOfResponse)",
    call: (db, p) =>
      listSharesOfResponse(db, { responseId: p.responseId, ownerUserId: p.clinician.userId }),
  },
  { label: "plan (getPlan)", call: (db, p) => getPlan(db, p.clinician.userId) },
  {
    label: "your shares (listSharesByOwner)",
    call: (db, p) => listSharesByOwner(db, p.clinician.userId),
  },
  {
    label: "your sharing trail (listOwnSharingEvents)",
    call: (db, p) => listOwnSharingEvents(db, p.clinician.userId),
  },
  {
    label: "shared with me (listSharesForSupervisor)",
    call: (db, p) => listSharesForSupervisor(db, p.supervisor.membershipId),
  },
  {
    label: "one shared result (getSharedResult)",
    call: (db, p) =>
      getSharedResult(db, {
        shareId: p.shareId,
        supervisorMembershipId: p.supervisor.membershipId,
      }),
  },
  { label: "dev outbox, whole database (listDevOutbox)", call: (db) => listDevOutbox(db) },
];
