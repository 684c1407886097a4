import { DrizzleAdapter } from "@auth/drizzle-adapter";

import type { Db } from "./client";
import { accounts, users, verificationTokens } from "./schema";

/** next-auth's adapter over this database's identity tables (email links, accounts). */
export function createAuthAdapter(db: Db) {
  return DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  });
}
