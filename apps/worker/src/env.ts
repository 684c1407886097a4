import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string({
      message: "DATABASE_URL is not set: the worker needs the same PostgreSQL as the apps.",
    })
    .url({ message: "DATABASE_URL must be a postgres:// URL." }),
  WEB_URL: z.string().url().default("http://localhost:3000"),
  /** How often to look for due reminders (cron, in UTC). */
  REMINDER_SCAN_CRON: z.string().default("*/10 * * * *"),
});

export function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Tend worker cannot start: ${parsed.error.issues.map((i) => i.message).join(" ")}`,
    );
  }
  return parsed.data;
}
