import { and, asc, eq, or } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { NoteVisibility } from "../../schema";
import { agendaItems, memberships, sessionNotes, users } from "../../schema";

/** Adds an agenda item to a session. */
export async function insertAgendaItem(
  db: DbOrTx,
  params: {
    organisationId: string;
    sessionId: string;
    authorMembershipId: string;
    title: string;
    summary: string;
    helpWanted: string;
    identifiersConfirmed: boolean;
  },
): Promise<{ id: string }> {
  const [row] = await db.insert(agendaItems).values(params).returning({ id: agendaItems.id });
  if (!row) throw new Error("The agenda item was not added");
  return row;
}

/** A session's agenda, oldest first, with each author's name. */
export async function listAgendaItems(db: DbOrTx, sessionId: string) {
  return db
    .select({
      id: agendaItems.id,
      authorMembershipId: agendaItems.authorMembershipId,
      authorName: users.name,
      title: agendaItems.title,
      summary: agendaItems.summary,
      helpWanted: agendaItems.helpWanted,
      createdAt: agendaItems.createdAt,
    })
    .from(agendaItems)
    .innerJoin(memberships, eq(memberships.id, agendaItems.authorMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(agendaItems.sessionId, sessionId))
    .orderBy(asc(agendaItems.createdAt));
}

/** Removes an agenda item its author (or the session's supervisor, `orSupervisor`) may remove. */
export async function deleteAgendaItem(
  db: DbOrTx,
  params: {
    organisationId: string;
    itemId: string;
    membershipId: string;
    sessionIdIfSupervisor?: string;
  },
): Promise<boolean> {
  const rows = await db
    .delete(agendaItems)
    .where(
      and(
        eq(agendaItems.id, params.itemId),
        eq(agendaItems.organisationId, params.organisationId),
        params.sessionIdIfSupervisor
          ? or(
              eq(agendaItems.authorMembershipId, params.membershipId),
              eq(agendaItems.sessionId, params.sessionIdIfSupervisor),
            )
          : eq(agendaItems.authorMembershipId, params.membershipId),
      ),
    )
    .returning({ id: agendaItems.id });
  return rows.length === 1;
}

/** The session an agenda item belongs to (in one organisation), or null. */
export async function getAgendaItemSession(
  db: DbOrTx,
  params: { organisationId: string; itemId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ sessionId: agendaItems.sessionId })
    .from(agendaItems)
    .where(
      and(eq(agendaItems.id, params.itemId), eq(agendaItems.organisationId, params.organisationId)),
    );
  return row?.sessionId ?? null;
}

/** Adds a supervisor's note to a session. */
export async function insertSessionNote(
  db: DbOrTx,
  params: {
    organisationId: string;
    sessionId: string;
    authorMembershipId: string;
    body: string;
    visibility: NoteVisibility;
  },
): Promise<{ id: string }> {
  const [row] = await db.insert(sessionNotes).values(params).returning({ id: sessionNotes.id });
  if (!row) throw new Error("The note was not added");
  return row;
}

/** A session's notes, oldest first: every note, or (`sharedOnly`) those shared with participants. */
export async function listSessionNotes(
  db: DbOrTx,
  params: { sessionId: string; sharedOnly: boolean },
) {
  return db
    .select({
      id: sessionNotes.id,
      body: sessionNotes.body,
      visibility: sessionNotes.visibility,
      createdAt: sessionNotes.createdAt,
      updatedAt: sessionNotes.updatedAt,
    })
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.sessionId, params.sessionId),
        params.sharedOnly ? eq(sessionNotes.visibility, "shared") : undefined,
      ),
    )
    .orderBy(asc(sessionNotes.createdAt));
}

/** Changes or removes one of the author's own notes; false when they have no such note. */
export async function updateSessionNote(
  db: DbOrTx,
  params: {
    organisationId: string;
    noteId: string;
    authorMembershipId: string;
    body: string;
    visibility: NoteVisibility;
  },
): Promise<boolean> {
  const rows = await db
    .update(sessionNotes)
    .set({ body: params.body, visibility: params.visibility, updatedAt: new Date() })
    .where(
      and(
        eq(sessionNotes.id, params.noteId),
        eq(sessionNotes.organisationId, params.organisationId),
        eq(sessionNotes.authorMembershipId, params.authorMembershipId),
      ),
    )
    .returning({ id: sessionNotes.id });
  return rows.length === 1;
}

export async function deleteSessionNote(
  db: DbOrTx,
  params: { organisationId: string; noteId: string; authorMembershipId: string },
): Promise<boolean> {
  const rows = await db
    .delete(sessionNotes)
    .where(
      and(
        eq(sessionNotes.id, params.noteId),
        eq(sessionNotes.organisationId, params.organisationId),
        eq(sessionNotes.authorMembershipId, params.authorMembershipId),
      ),
    )
    .returning({ id: sessionNotes.id });
  return rows.length === 1;
}
