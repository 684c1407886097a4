import { date, index, integer, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";

import type { StrategyId } from "@tend/instruments";
import { STRATEGY_IDS } from "@tend/instruments";

import { createdAt, timestamptz } from "./_columns";
import { users } from "./identity";

/** The five prevention strategies of the design brief; the plan has one section each. */
export const PLAN_STRATEGIES = STRATEGY_IDS;
export type PlanStrategy = StrategyId;
export const planStrategy = pgEnum("plan_strategy", STRATEGY_IDS);

/** A person's private prevention plan (one per person, across organisations). */
export const preventionPlans = pgTable("prevention_plans", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  endOfDayRitual: text().notNull().default(""),
  reviewedAt: timestamptz(),
  updatedAt: timestamptz().notNull().defaultNow(),
});

/** One commitment in a plan section: what the person will do and, optionally, how often. */
export const planCommitments = pgTable(
  "plan_commitments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    strategy: planStrategy().notNull(),
    text: text().notNull(),
    frequency: text(),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.strategy, t.position)],
);

/**
 * The days a person marked a commitment done, on their own calendar: a short history they keep
 * for themselves (once a day at most). Private like the plan.
 */
export const commitmentDoneDays = pgTable(
  "commitment_done_days",
  {
    id: uuid().primaryKey().defaultRandom(),
    commitmentId: uuid()
      .notNull()
      .references(() => planCommitments.id, { onDelete: "cascade" }),
    doneOn: date({ mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique("commitment_done_once_a_day").on(t.commitmentId, t.doneOn)],
);
