import { z } from "zod";

import { mailConfigurationProblem } from "@tend/mail/settings";

const schema = z.object({
  DATABASE_URL: z
    .string({
      message: "DATABASE_URL is not set: the worker needs the same PostgreSQL as the apps.",
    })
    .url({ message: "DATABASE_URL must be a postgres:// URL." }),
  WEB_URL: z.string().url().default("http://localhost:3000"),
  /** How often to look for due reminders (cron, in UTC). */
  REMINDER_SCAN_CRON: z.string().default("*/10 * * * *"),
  NODE_ENV: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_DISABLED: z.enum(["0", "1"]).optional(),
  DEV_OUTBOX: z.enum(["0", "1"]).optional(),
});

export function readEnv(source: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Tend worker cannot start: ${parsed.error.issues.map((i) => i.message).join(" ")}`,
    );
  }
  const problem = mailConfigurationProblem({
    production: parsed.data.NODE_ENV === "production",
    smtpUrl: parsed.data.SMTP_URL?.trim() ? parsed.data.SMTP_URL : undefined,
    mailDisabled: parsed.data.MAIL_DISABLED === "1",
    devOutbox: parsed.data.DEV_OUTBOX === "1",
  });
  if (problem) throw new Error(`Tend worker cannot start: ${problem}`);
  return parsed.data;
}
