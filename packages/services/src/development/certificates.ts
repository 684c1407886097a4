/**
 * Certificates of CE entries: a PDF, PNG or JPEG of up to 10 MB, its type read from its content
 * (never from its name or the browser's claim), kept behind a small store so that an
 * S3-compatible one could replace PostgreSQL. Only the entry's owner reads one here; admins of
 * the same organisation read them for compliance through the admin functions.
 */
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";

import type { DbOrTx } from "@tend/db";
import type { CertificateType } from "@tend/db/queries";
import {
  deleteCertificate,
  findEntryCertificate,
  getCertificateContent,
  insertCertificate,
  lockOwnEntry,
  putCertificateContent,
  removeCertificateContent,
  setEntryCertificate,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

export const MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024;
const ACCEPTED: readonly CertificateType[] = ["application/pdf", "image/png", "image/jpeg"];

const ENTRY_GONE = "This entry is no longer in your log.";

/** Where certificates' bytes live, by key. Each call runs in the caller's transaction when it has one. */
export interface CertificateStore {
  put(db: DbOrTx, key: string, content: Uint8Array): Promise<void>;
  get(db: DbOrTx, key: string): Promise<Uint8Array | null>;
  remove(db: DbOrTx, key: string): Promise<void>;
}

/** The default store: a row of `ce_certificate_contents` per certificate. */
export const postgresCertificateStore: CertificateStore = {
  put: putCertificateContent,
  get: getCertificateContent,
  remove: removeCertificateContent,
};

/** The file's type from its first bytes, when it is one that is accepted. */
async function acceptedType(content: Uint8Array): Promise<CertificateType | null> {
  const found = await fileTypeFromBuffer(content);
  return ACCEPTED.find((t) => t === found?.mime) ?? null;
}

/** A name safe to send back in a download's header: no path, no control characters. */
function safeFilename(name: string, type: CertificateType): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const clean = base
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 120);
  const extension = type === "application/pdf" ? ".pdf" : type === "image/png" ? ".png" : ".jpg";
  if (!clean) return `certificate${extension}`;
  return clean.toLowerCase().endsWith(extension) ||
    (type === "image/jpeg" && /\.jpeg$/i.test(clean))
    ? clean
    : `${clean}${extension}`;
}

async function ownEntry(db: DbOrTx, actor: MemberActor, entryId: string) {
  const entry = await lockOwnEntry(db, { membershipId: actor.membership.membershipId, entryId });
  if (!entry) throw new DomainError("NOT_FOUND", ENTRY_GONE);
  return entry;
}

/** Forgets a certificate: its row and its bytes. */
export async function dropCertificate(
  db: DbOrTx,
  certificateId: string,
  store: CertificateStore = postgresCertificateStore,
) {
  const storageKey = await deleteCertificate(db, certificateId);
  if (storageKey) await store.remove(db, storageKey);
}

/**
 * Attaches a certificate to the caller's entry, replacing any it had. A file of another type,
 * empty or over 10 MB is refused before anything is stored.
 */
export async function attachCertificate(
  db: DbOrTx,
  actor: MemberActor,
  input: { entryId: string; file: File },
  store: CertificateStore = postgresCertificateStore,
) {
  const { file } = input;
  if (file.size === 0)
    throw new DomainError("INVALID", "That file is empty.", {
      file: ["Choose the certificate's file."],
    });
  if (file.size > MAX_CERTIFICATE_BYTES)
    throw new DomainError("INVALID", "A certificate can be at most 10 MB.", {
      file: ["This file is over 10 MB: save a smaller PDF or photo of the certificate."],
    });
  const content = new Uint8Array(await file.arrayBuffer());
  const contentType = await acceptedType(content);
  if (!contentType)
    throw new DomainError("INVALID", "A certificate must be a PDF, PNG or JPEG file.", {
      file: ["This file is not a PDF, PNG or JPEG, whatever its name says."],
    });
  return db.transaction(async (tx) => {
    const entry = await ownEntry(tx, actor, input.entryId);
    const storageKey = `certificates/${actor.membership.organisationId}/${randomUUID()}`;
    await store.put(tx, storageKey, content);
    const certificate = await insertCertificate(tx, {
      organisationId: actor.membership.organisationId,
      membershipId: actor.membership.membershipId,
      filename: safeFilename(file.name, contentType),
      contentType,
      bytes: content.byteLength,
      sha256: createHash("sha256").update(content).digest("hex"),
      storageKey,
    });
    await setEntryCertificate(tx, { entryId: entry.id, certificateId: certificate.id });
    if (entry.certificateId) await dropCertificate(tx, entry.certificateId, store);
    return { entryId: entry.id, filename: certificate.filename, contentType };
  });
}

/** Removes the certificate of the caller's entry. */
export async function removeCertificate(
  db: DbOrTx,
  actor: MemberActor,
  entryId: string,
  store: CertificateStore = postgresCertificateStore,
) {
  return db.transaction(async (tx) => {
    const entry = await ownEntry(tx, actor, entryId);
    if (!entry.certificateId)
      throw new DomainError("NOT_FOUND", "This entry has no certificate to remove.");
    await setEntryCertificate(tx, { entryId: entry.id, certificateId: null });
    await dropCertificate(tx, entry.certificateId, store);
    return { entryId: entry.id };
  });
}

/** A certificate's file as the owner downloads it. */
export function readOwnCertificate(
  db: DbOrTx,
  actor: MemberActor,
  entryId: string,
  store: CertificateStore = postgresCertificateStore,
) {
  return readCertificate(db, { entryId, membershipId: actor.membership.membershipId }, store);
}

/** The certificate of a member's entry; callers decide who may read it. */
export async function readCertificate(
  db: DbOrTx,
  params: { entryId: string; membershipId: string },
  store: CertificateStore = postgresCertificateStore,
) {
  const row = await findEntryCertificate(db, params);
  if (!row)
    throw new DomainError("NOT_FOUND", "This entry has no certificate, or it is not yours.");
  const content = await store.get(db, row.storageKey);
  if (!content) throw new DomainError("NOT_FOUND", "This certificate's file is missing.");
  return { filename: row.filename, contentType: row.contentType, content };
}
