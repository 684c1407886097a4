import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

import { env as authEnv } from "@tend/auth/env";

export const env = createEnv({
  extends: [authEnv],
  server: {
    DATABASE_URL: z.string().url(),
    /** Where the admin console is served, for the admin link in the navigation. */
    ADMIN_URL: z.string().url().default("http://localhost:3001"),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
