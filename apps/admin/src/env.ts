import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

import { env as authEnv } from "@tend/auth/env";

export const env = createEnv({
  extends: [authEnv],
  server: {
    DATABASE_URL: z.string().url(),
    /** Where the clinician portal is served, for links back to it. */
    WEB_URL: z.string().url().default("http://localhost:3000"),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
