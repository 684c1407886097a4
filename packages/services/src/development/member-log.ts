/**
 * An admin's review of one member's CE log, for licence compliance: their licences with
 * progress, their entries and certificates, and the log as a CSV for an audit. Only admins of
 * the member's organisation reach it (the procedures say so, the queries are scoped to it), and
 * every viewing, certificate download and export is an audit event. Nothing else of the member's
 * (self-checks, plan, goals) is read here.
 */
import type { DbOrTx } from "@tend/db";
import { csvDocument, csvText, csvValue } from "@tend/csv";
import { findLogOwner, listEntries, recordAuditEvent } from "@tend/db/queries";
import {
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  licenceName,
  PROGRESS_STATUS_LABELS,
} from "@tend/development";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { postgresCertificateStore, readCertificate } from "./certificates";
import { entryOutput } from "./entries";
import { licencesOf } from "./licences";

type Action = "ce_log.viewed" | "ce_log.certificate_downloaded" | "ce_log.exported";

/** The member of the admin's organisation, or NOT_FOUND for anyone else. */
async function ownerOf(db: DbOrTx, actor: MemberActor, membershipId: string) {
  const organisationId = actor.membership.organisationId;
  const owner = await findLogOwner(db, { organisationId, membershipId });
  if (!owner) throw new DomainError("NOT_FOUND", "There is no such member.");
  return { ...owner, organisationId };
}

function audit(
  db: DbOrTx,
  actor: MemberActor,
  action: Action,
  membershipId: string,
  data: Record<string, unknown> = {},
) {
  return recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: "membership",
    subjectId: membershipId,
    data,
  });
}

async function readLog(db: DbOrTx, actor: MemberActor, membershipId: string, now: Date) {
  const owner = await ownerOf(db, actor, membershipId);
  const [licences, entries] = await Promise.all([
    // Supervision hours are not the admin's to read: no road to licensure here.
    licencesOf(db, owner, now, { licensure: false }),
    listEntries(db, membershipId),
  ]);
  return {
    person: { membershipId, name: owner.name || owner.email },
    licences,
    entries: entries.map(entryOutput),
  };
}

/** A member's licences, progress and CE log for an admin; each viewing is audited. */
export async function readMemberLog(
  db: DbOrTx,
  actor: MemberActor,
  membershipId: string,
  now = new Date(),
) {
  const log = await readLog(db, actor, membershipId, now);
  await audit(db, actor, "ce_log.viewed", membershipId);
  return log;
}

/** The certificate of a member's entry, for an admin; each download is audited. */
export async function readMemberCertificate(
  db: DbOrTx,
  actor: MemberActor,
  params: { membershipId: string; entryId: string },
) {
  await ownerOf(db, actor, params.membershipId);
  const file = await readCertificate(db, params, postgresCertificateStore);
  await audit(db, actor, "ce_log.certificate_downloaded", params.membershipId, {
    entryId: params.entryId,
  });
  return file;
}

const hours = (minutes: number) => csvValue(String(Math.round((minutes / 60) * 100) / 100));

/**
 * A member's CE log as a CSV for an audit: one row per entry (date, title, provider, hours,
 * format, subjects, licences it counts toward, whether a certificate is on file), after a row
 * per licence with its cycle and standing. Text people typed is guarded against spreadsheet
 * formulas. Each export is audited.
 */
export async function exportMemberLog(
  db: DbOrTx,
  actor: MemberActor,
  membershipId: string,
  now = new Date(),
) {
  const log = await readLog(db, actor, membershipId, now);
  const names = new Map(log.licences.map((l) => [l.id, licenceName(l)]));
  const licenceRows = log.licences.map((l) => [
    "licence",
    csvText(licenceName(l)),
    csvText(l.number),
    l.status === "active" ? "held" : "working toward",
    csvValue(l.cycleStart ?? ""),
    csvValue(l.cycleEnd ?? ""),
    l.progress ? hours(l.progress.counted) : "",
    l.progress ? hours(l.progress.required) : "",
    l.progress ? csvValue(PROGRESS_STATUS_LABELS[l.progress.status]) : "",
  ]);
  const entryRows = log.entries.map((e) => [
    "entry",
    csvValue(e.date),
    csvText(e.title),
    csvText(e.provider),
    hours(e.minutes),
    csvValue(CE_FORMAT_LABELS[e.format]),
    csvValue(e.categories.map((c) => CE_CATEGORY_LABELS[c]).join("; ")),
    csvText(e.licenceIds.map((id) => names.get(id) ?? "").join("; ")),
    e.hasCertificate ? "yes" : "no",
  ]);
  const csv = csvDocument([
    ["CE log of", csvText(log.person.name), "exported", csvValue(now.toISOString().slice(0, 10))],
    [
      "kind",
      "licence",
      "number",
      "status",
      "cycle start",
      "cycle end",
      "hours",
      "required",
      "standing",
    ],
    ...licenceRows,
    [
      "kind",
      "date",
      "title",
      "provider",
      "hours",
      "format",
      "subjects",
      "counts toward",
      "certificate",
    ],
    ...entryRows,
  ]);
  await audit(db, actor, "ce_log.exported", membershipId, {
    entries: log.entries.length,
    licences: log.licences.length,
  });
  const slug = log.person.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
  return { filename: `ce-log-${slug || "member"}-${now.toISOString().slice(0, 10)}.csv`, csv };
}
