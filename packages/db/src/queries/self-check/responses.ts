import { and, desc, eq, lt, lte, ne, sql } from "drizzle-orm";

import type { ScoreResult } from "@tend/instruments";

import type { DbOrTx } from "../../client";
import { checkResponses, resultShares } from "../../schema";

/* Responses: every query is scoped to the owner's user id. */

export async function insertCheckResponse(
  db: DbOrTx,
  values: {
    userId: string;
    organisationId: string;
    instrumentId: string;
    instrumentVersion: string;
    answers: Record<string, number>;
    result: ScoreResult;
    completedAt?: Date;
  },
) {
  const [row] = await db.insert(checkResponses).values(values).returning();
  if (!row) throw new Error("check response insert returned no row");
  return row;
}

export async function getOwnCheckResponse(
  db: DbOrTx,
  params: { userId: string; responseId: string },
) {
  const [row] = await db
    .select()
    .from(checkResponses)
    .where(and(eq(checkResponses.id, params.responseId), eq(checkResponses.userId, params.userId)))
    .limit(1);
  return row ?? null;
}

/** The owner's response to the same instrument just before this one. */
export async function getPreviousCheckResponse(
  db: DbOrTx,
  params: { userId: string; instrumentId: string; before: Date; excludeId: string },
) {
  const [row] = await db
    .select()
    .from(checkResponses)
    .where(
      and(
        eq(checkResponses.userId, params.userId),
        eq(checkResponses.instrumentId, params.instrumentId),
        lt(checkResponses.completedAt, params.before),
        ne(checkResponses.id, params.excludeId),
      ),
    )
    .orderBy(desc(checkResponses.completedAt))
    .limit(1);
  return row ?? null;
}

/**
 * The owner's newest responses to one instrument (at most `limit`), oldest first for history
 * charts: read newest first down the (user, instrument, completed_at) index, so a long history
 * keeps its latest results and the read stops after `limit` rows.
 */
export async function listOwnCheckResponses(
  db: DbOrTx,
  params: { userId: string; instrumentId: string; limit?: number },
) {
  const newestFirst = await db
    .select({
      id: checkResponses.id,
      completedAt: checkResponses.completedAt,
      instrumentVersion: checkResponses.instrumentVersion,
      result: checkResponses.result,
    })
    .from(checkResponses)
    .where(
      and(
        eq(checkResponses.userId, params.userId),
        eq(checkResponses.instrumentId, params.instrumentId),
      ),
    )
    .orderBy(desc(checkResponses.completedAt))
    .limit(params.limit ?? 500);
  return newestFirst.reverse();
}
/** The owner's results for one instrument, newest first, with how many shares of each stand unrevoked. */
export function listOwnResults(
  db: DbOrTx,
  params: { userId: string; instrumentId: string; limit?: number },
) {
  return db
    .select({
      id: checkResponses.id,
      completedAt: checkResponses.completedAt,
      result: checkResponses.result,
      activeShares: sql<number>`(select count(*)::int from ${resultShares} rs
        where rs.response_id = ${checkResponses}.id and rs.revoked_at is null)`,
    })
    .from(checkResponses)
    .where(
      and(
        eq(checkResponses.userId, params.userId),
        eq(checkResponses.instrumentId, params.instrumentId),
      ),
    )
    .orderBy(desc(checkResponses.completedAt))
    .limit(params.limit ?? 500);
}

/**
 * The owner's newest responses to each instrument (at most `perInstrument` of each), newest
 * first: what the dashboard shows as the latest result and its change. One statement.
 */
export async function listLatestResponses(
  db: DbOrTx,
  params: { userId: string; perInstrument: number },
) {
  const ranked = db
    .select({
      id: checkResponses.id,
      instrumentId: checkResponses.instrumentId,
      completedAt: checkResponses.completedAt,
      result: checkResponses.result,
      rank: sql<number>`row_number() over (partition by ${checkResponses.instrumentId} order by ${checkResponses.completedAt} desc)`.as(
        "rank",
      ),
    })
    .from(checkResponses)
    .where(eq(checkResponses.userId, params.userId))
    .as("ranked");
  return db
    .select({
      id: ranked.id,
      instrumentId: ranked.instrumentId,
      completedAt: ranked.completedAt,
      result: ranked.result,
    })
    .from(ranked)
    .where(lte(ranked.rank, params.perInstrument))
    .orderBy(desc(ranked.completedAt));
}
