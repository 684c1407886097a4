import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** smtp://user:pass@host:587 or smtps://…; unset in development: mail goes to the dev outbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Tend <no-reply@tend.example>"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
