/**
 * A clinician's CE log: what they took, when, how long, in what format and on what subjects,
 * and the licences each entry counts toward. Only the owner reads or changes it here.
 */
import type { DbOrTx } from "@tend/db";
import type { EntryFields, EntryRow } from "@tend/db/queries";
import {
  countOwnLicences,
  deleteEntry,
  insertEntry,
  listEntries,
  updateEntry,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { dropCertificate } from "./certificates";
import { todayFor } from "./licences";

const ENTRY_GONE = "This entry is no longer in your log.";

export type EntryInput = EntryFields & { licenceIds: string[] };

export function entryOutput(row: EntryRow) {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    date: row.date,
    minutes: row.minutes,
    format: row.format,
    categories: row.categories,
    licenceIds: row.licenceIds,
    hasCertificate: row.certificateId !== null,
    fromWorkshop: row.workshopId !== null,
  };
}

export async function listOwnEntries(db: DbOrTx, actor: MemberActor) {
  const rows = await listEntries(db, actor.membership.membershipId);
  return rows.map(entryOutput);
}

/** Refuses a date in the future and licences that are not the caller's. */
async function check(db: DbOrTx, actor: MemberActor, input: EntryInput, now: Date) {
  if (input.date > todayFor(actor, now))
    throw new DomainError("INVALID", "Log CE once you have taken it.", {
      date: ["The date cannot be in the future."],
    });
  const licenceIds = [...new Set(input.licenceIds)];
  const own = await countOwnLicences(db, {
    membershipId: actor.membership.membershipId,
    licenceIds,
  });
  if (own !== licenceIds.length)
    throw new DomainError("NOT_FOUND", "One of those licences is no longer in your list.", {
      licenceIds: ["Choose licences from your list."],
    });
  return { ...input, title: input.title.trim(), provider: input.provider.trim(), licenceIds };
}

export async function addEntry(
  db: DbOrTx,
  actor: MemberActor,
  input: EntryInput,
  now = new Date(),
) {
  const fields = await check(db, actor, input, now);
  return db.transaction(async (tx) =>
    entryOutput(
      await insertEntry(
        tx,
        {
          organisationId: actor.membership.organisationId,
          membershipId: actor.membership.membershipId,
        },
        fields,
      ),
    ),
  );
}

export async function changeEntry(
  db: DbOrTx,
  actor: MemberActor,
  input: EntryInput & { entryId: string },
  now = new Date(),
) {
  const { entryId, ...rest } = input;
  const fields = await check(db, actor, rest, now);
  const row = await db.transaction((tx) =>
    updateEntry(tx, { membershipId: actor.membership.membershipId, entryId }, fields),
  );
  if (!row) throw new DomainError("NOT_FOUND", ENTRY_GONE);
  return entryOutput(row);
}

/** Removes the caller's entry, and its certificate with it. */
export async function removeEntry(db: DbOrTx, actor: MemberActor, entryId: string) {
  await db.transaction(async (tx) => {
    const removed = await deleteEntry(tx, {
      membershipId: actor.membership.membershipId,
      entryId,
    });
    if (!removed) throw new DomainError("NOT_FOUND", ENTRY_GONE);
    if (removed.certificateId) await dropCertificate(tx, removed.certificateId);
  });
  return { id: entryId };
}
