/** Development tools: the mail that would have been sent (served only where dev tools are on). */
import type { DbOrTx } from "@tend/db";
import { listDevOutbox } from "@tend/db/queries";

/** Mail that would have been sent, newest first. */
export function listOutbox(db: DbOrTx) {
  return listDevOutbox(db);
}
