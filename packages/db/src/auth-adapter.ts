import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { sql } from "drizzle-orm";

import type { Db } from "./client";
import { accounts, users, verificationTokens } from "./schema";

/**
 * next-auth's adapter over this database's identity tables (email links, single sign-on links).
 *
 * - A person is found by e-mail as Tend finds them everywhere: trimmed and whatever the case,
 *   so a provider that writes `Alex.Morgan@…` reaches the account of `alex.morgan@…`.
 * - It never creates an account: accounts are made by accepting an invitation. The sign-in
 *   callbacks admit only existing people, so `createUser` is unreachable; it refuses anyway.
 * - A single sign-on link keeps who the provider says the person is, not its tokens: Tend
 *   never calls the provider on their behalf, so access, refresh and ID tokens are not stored.
 */
export function createAuthAdapter(db: Db): ReturnType<typeof DrizzleAdapter> {
  const base = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    async getUserByEmail(email) {
      const [row] = await db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          emailVerified: users.emailVerified,
          image: users.image,
        })
        .from(users)
        .where(sql`lower(${users.email}) = lower(${email.trim()})`)
        .limit(1);
      return row ?? null;
    },
    createUser() {
      throw new Error("Tend creates accounts only from invitations, never at sign-in.");
    },
    async linkAccount({ userId, type, provider, providerAccountId }) {
      await db.insert(accounts).values({ userId, type, provider, providerAccountId });
    },
  };
}
