import { aliasedTable, and, asc, desc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";

import type { BoardRule } from "@tend/supervision";

import type { DbOrTx } from "../../client";
import type { SessionFormat, SessionKind } from "../../schema";
import { hourEntries, memberships, supervisionSettings, users } from "../../schema";

const supervisorMembership = aliasedTable(memberships, "hour_supervisor_membership");
const supervisorUser = aliasedTable(users, "hour_supervisor_user");
const superviseeMembership = aliasedTable(memberships, "hour_supervisee_membership");
const superviseeUser = aliasedTable(users, "hour_supervisee_user");

const entryFields = {
  id: hourEntries.id,
  superviseeMembershipId: hourEntries.superviseeMembershipId,
  superviseeName: superviseeUser.name,
  supervisorMembershipId: hourEntries.supervisorMembershipId,
  supervisorName: supervisorUser.name,
  sessionId: hourEntries.sessionId,
  kind: hourEntries.kind,
  date: hourEntries.date,
  minutes: hourEntries.minutes,
  format: hourEntries.format,
  topic: hourEntries.topic,
  status: hourEntries.status,
  returnComment: hourEntries.returnComment,
  signedAt: hourEntries.signedAt,
  createdAt: hourEntries.createdAt,
};

function entriesWithNames(db: DbOrTx) {
  return db
    .select(entryFields)
    .from(hourEntries)
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, hourEntries.supervisorMembershipId),
    )
    .innerJoin(supervisorUser, eq(supervisorUser.id, supervisorMembership.userId))
    .innerJoin(
      superviseeMembership,
      eq(superviseeMembership.id, hourEntries.superviseeMembershipId),
    )
    .innerJoin(superviseeUser, eq(superviseeUser.id, superviseeMembership.userId));
}

/** A supervisee's hour entries, newest first, optionally only those dated in [from, to). */
export async function listHourEntries(
  db: DbOrTx,
  params: {
    organisationId: string;
    superviseeMembershipId: string;
    from?: string;
    to?: string;
    approvedOnly?: boolean;
  },
) {
  return entriesWithNames(db)
    .where(
      and(
        eq(hourEntries.organisationId, params.organisationId),
        eq(hourEntries.superviseeMembershipId, params.superviseeMembershipId),
        params.from ? gte(hourEntries.date, params.from) : undefined,
        params.to ? lt(hourEntries.date, params.to) : undefined,
        params.approvedOnly ? eq(hourEntries.status, "approved") : undefined,
      ),
    )
    .orderBy(desc(hourEntries.date), desc(hourEntries.createdAt));
}

/** The entries awaiting a supervisor's signature, oldest first. */
export async function listCosignQueue(
  db: DbOrTx,
  params: { organisationId: string; supervisorMembershipId: string },
) {
  return entriesWithNames(db)
    .where(
      and(
        eq(hourEntries.organisationId, params.organisationId),
        eq(hourEntries.supervisorMembershipId, params.supervisorMembershipId),
        eq(hourEntries.status, "pending"),
      ),
    )
    .orderBy(asc(hourEntries.date), asc(hourEntries.createdAt));
}

/** Per supervisee of a supervisor, how many entries await their signature. */
export async function countAwaitingSignature(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    superviseeMembershipIds: string[];
  },
): Promise<Map<string, number>> {
  if (params.superviseeMembershipIds.length === 0) return new Map();
  const rows = await db
    .select({ membershipId: hourEntries.superviseeMembershipId, n: sql<number>`count(*)::int` })
    .from(hourEntries)
    .where(
      and(
        eq(hourEntries.organisationId, params.organisationId),
        eq(hourEntries.supervisorMembershipId, params.supervisorMembershipId),
        eq(hourEntries.status, "pending"),
        inArray(hourEntries.superviseeMembershipId, params.superviseeMembershipIds),
      ),
    )
    .groupBy(hourEntries.superviseeMembershipId);
  return new Map(rows.map((r) => [r.membershipId, r.n]));
}

export interface HourEntryValues {
  supervisorMembershipId: string;
  kind: SessionKind;
  date: string;
  minutes: number;
  format: SessionFormat;
  topic: string;
}

/** Adds a supervisee's entry by hand (pending the supervisor's signature). */
export async function insertHourEntry(
  db: DbOrTx,
  params: { organisationId: string; superviseeMembershipId: string } & HourEntryValues,
): Promise<{ id: string }> {
  const [row] = await db.insert(hourEntries).values(params).returning({ id: hourEntries.id });
  if (!row) throw new Error("The entry was not added");
  return row;
}

/**
 * Changes a supervisee's own unsigned entry, which goes back to pending; false when they have
 * no such entry or it is signed.
 */
export async function updateHourEntry(
  db: DbOrTx,
  params: {
    organisationId: string;
    superviseeMembershipId: string;
    entryId: string;
  } & HourEntryValues,
): Promise<boolean> {
  const { organisationId, superviseeMembershipId, entryId, ...values } = params;
  const rows = await db
    .update(hourEntries)
    .set({ ...values, status: "pending", returnComment: null, updatedAt: new Date() })
    .where(
      and(
        eq(hourEntries.id, entryId),
        eq(hourEntries.organisationId, organisationId),
        eq(hourEntries.superviseeMembershipId, superviseeMembershipId),
        ne(hourEntries.status, "approved"),
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.length === 1;
}

/** Removes a supervisee's own unsigned entry; false when they have no such entry or it is signed. */
export async function deleteHourEntry(
  db: DbOrTx,
  params: { organisationId: string; superviseeMembershipId: string; entryId: string },
): Promise<boolean> {
  const rows = await db
    .delete(hourEntries)
    .where(
      and(
        eq(hourEntries.id, params.entryId),
        eq(hourEntries.organisationId, params.organisationId),
        eq(hourEntries.superviseeMembershipId, params.superviseeMembershipId),
        ne(hourEntries.status, "approved"),
      ),
    )
    .returning({ id: hourEntries.id });
  return rows.length === 1;
}

/**
 * A supervisor approves (signs) or returns a pending entry addressed to them. Returns the entry's
 * supervisee and facts, or null when there is no such pending entry.
 */
export async function decideHourEntry(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    entryId: string;
    decision: { status: "approved"; at: Date } | { status: "returned"; comment: string };
  },
) {
  const { decision } = params;
  const [row] = await db
    .update(hourEntries)
    .set(
      decision.status === "approved"
        ? { status: "approved", signedAt: decision.at, returnComment: null, updatedAt: decision.at }
        : { status: "returned", returnComment: decision.comment, updatedAt: new Date() },
    )
    .where(
      and(
        eq(hourEntries.id, params.entryId),
        eq(hourEntries.organisationId, params.organisationId),
        eq(hourEntries.supervisorMembershipId, params.supervisorMembershipId),
        eq(hourEntries.status, "pending"),
      ),
    )
    .returning({
      id: hourEntries.id,
      superviseeMembershipId: hourEntries.superviseeMembershipId,
      kind: hourEntries.kind,
      date: hourEntries.date,
      minutes: hourEntries.minutes,
    });
  return row ?? null;
}

/** The organisation's board rule for counting hours ({} when none is set). */
export async function getBoardRule(
  db: DbOrTx,
  organisationId: string,
): Promise<{ rule: BoardRule; name: string }> {
  const [row] = await db
    .select({ rule: supervisionSettings.boardRule, name: supervisionSettings.boardRuleName })
    .from(supervisionSettings)
    .where(eq(supervisionSettings.organisationId, organisationId));
  return row ?? { rule: {}, name: "" };
}

export async function setBoardRule(
  db: DbOrTx,
  params: { organisationId: string; rule: BoardRule; name: string },
): Promise<void> {
  await db
    .insert(supervisionSettings)
    .values({
      organisationId: params.organisationId,
      boardRule: params.rule,
      boardRuleName: params.name,
    })
    .onConflictDoUpdate({
      target: supervisionSettings.organisationId,
      set: { boardRule: params.rule, boardRuleName: params.name, updatedAt: new Date() },
    });
}
