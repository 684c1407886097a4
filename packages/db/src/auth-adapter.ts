import { DrizzleAdapter } from "@auth/drizzle-adapter";

import type { Db } from "./client";
import { accounts, users, verificationTokens } from "./schema";

/**
 * next-auth's adapter over this database's identity tables (email links, single sign-on links).
 * A single sign-on link keeps who the provider says the person is, not its tokens: Tend never
 * calls the provider on their behalf, so access, refresh and ID tokens are not stored.
 */
export function createAuthAdapter(db: Db): ReturnType<typeof DrizzleAdapter> {
  const base = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    async linkAccount({ userId, type, provider, providerAccountId }) {
      await db.insert(accounts).values({ userId, type, provider, providerAccountId });
    },
  };
}
