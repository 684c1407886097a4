import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { mailConfigurationProblem } from "./settings";

export const env = createEnv({
  server: {
    /** smtp://user:pass@host:587 or smtps://…; unset in development: mail goes to the dev outbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Tend <no-reply@tend.example>"),
    /** 1: this installation sends no mail at all (production may then run without SMTP_URL). */
    MAIL_DISABLED: z.enum(["0", "1"]).optional(),
    /** 1: keep mail in the development outbox (end-to-end tests of production builds). */
    DEV_OUTBOX: z.enum(["0", "1"]).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});

export const mailDisabled = !env.SMTP_URL && env.MAIL_DISABLED === "1";

/** Why this process must not start with its mail settings, or null. */
export const mailProblem = (): string | null =>
  mailConfigurationProblem({
    production: process.env.NODE_ENV === "production",
    smtpUrl: env.SMTP_URL,
    mailDisabled: env.MAIL_DISABLED === "1",
    devOutbox: env.DEV_OUTBOX === "1",
  });
