import type { Transporter } from "nodemailer";
import { createTransport } from "nodemailer";

import type { DbOrTx } from "@tend/db";
import type { MailAttachment } from "@tend/db/schema";
import { storeInDevOutbox } from "@tend/db/queries";
import { createLogger } from "@tend/logger";

import { env, mailDisabled } from "./env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Text files to attach, e.g. a session's `.ics`. */
  attachments?: MailAttachment[];
}

const log = createLogger("mail");

let transport: Transporter | undefined;

/** Whether mail really leaves the system (SMTP_URL set) or lands in the development outbox. */
export const smtpConfigured = (): boolean => Boolean(env.SMTP_URL);

/**
 * Sends a message through SMTP when SMTP_URL is set; otherwise stores it in the
 * development outbox (shown at /dev/outbox in the web app) and logs its subject.
 */
export async function sendMail(db: DbOrTx, message: MailMessage): Promise<void> {
  if (env.SMTP_URL) {
    transport ??= createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, ...message });
    return;
  }
  if (mailDisabled) {
    log.info({ subject: message.subject }, "not sent: MAIL_DISABLED=1");
    return;
  }
  await storeInDevOutbox(db, message);
  log.info({ subject: message.subject, to: message.to }, "stored in the dev outbox");
}
