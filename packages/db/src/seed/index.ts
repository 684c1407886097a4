import { count, sql } from "drizzle-orm";

import type { Db } from "../client";
import { hashPassword } from "../password";
import { organisations } from "../schema";
import { seedDevelopment } from "./development";
import { seedGroups } from "./groups";
import { seedPeople } from "./identity";
import { seedNotifications } from "./notifications";
import { DEMO_PASSWORD } from "./personas";
import { seedPlans } from "./plan";
import { seedSelfChecks } from "./self-check";
import { seedSupervision } from "./supervision";

export * from "./personas";

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/** Removes every row of every table in the public schema (the audit table included). */
export async function resetDatabase(db: Db): Promise<void> {
  await db.execute(sql`
    do $$ declare t text; begin
      select string_agg(format('%I', tablename), ', ') into t from pg_tables where schemaname = 'public';
      if t is not null then execute 'truncate table ' || t || ' restart identity cascade'; end if;
    end $$;
  `);
}

/**
 * Seeds the demo: the people of two organisations (`identity.ts`), then each capability's own
 * demo data from its seed module, in one transaction. Dates are relative to `now`.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Each capability seeds its own demo data, in dependency order.
  await db.transaction(async (tx) => {
    const people = await seedPeople(tx, passwordHash);
    await seedSelfChecks(tx, people, now);
    await seedPlans(tx, people);
    await seedSupervision(tx, people, now);
    await seedGroups(tx, people, now);
    await seedDevelopment(tx, people, now);
    await seedNotifications(tx, people, now);
  });
}
