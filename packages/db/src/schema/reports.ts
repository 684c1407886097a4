import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { timestamptz } from "./_columns";
import { organisations } from "./organisation";

/** A group's totals for a scored measure (as `@tend/reports` takes them). */
export interface SnapshotScoreTotals {
  respondents: number;
  sum: number;
  bands: Record<string, number>;
}

/** A group's totals for a rate (as `@tend/reports` takes them). */
export interface SnapshotRateTotals {
  respondents: number;
  numerator: number;
  denominator: number;
}

/** One period's totals, each by cell key. */
export interface SnapshotPeriod {
  key: string;
  participants: Record<string, number>;
  /** By measure id, then cell. */
  measures: Record<string, Record<string, SnapshotScoreTotals>>;
  /** By factor id, then cell. */
  rates: Record<string, Record<string, SnapshotRateTotals>>;
}

/** Everything a team report is built from: its cells and each period's totals, no person's row. */
export interface ReportTotals {
  cells: { key: string; name: string | null; members: number }[];
  periods: SnapshotPeriod[];
}

/**
 * The team report's totals as last computed, per organisation and view (granularity and how
 * many periods): the report is served from here while it is fresh (see
 * `services/reports/wellbeing.ts`), so viewing it at any size reads one row, and the worker
 * computes the views admins use again before they go stale. Totals only:
 * suppression is applied when it is served. Changes to memberships, teams and team members
 * delete an organisation's rows (triggers in 0022), so the admin's own changes show at once.
 */
export const reportSnapshots = pgTable(
  "report_snapshots",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    granularity: text().$type<"month" | "quarter">().notNull(),
    periods: integer().notNull(),
    /** The organisation's zone when computed: periods on another clock are not these. */
    timeZone: text().notNull(),
    computedAt: timestamptz().notNull(),
    /** When an admin last opened this view: the worker keeps the views in use fresh. */
    viewedAt: timestamptz().notNull().defaultNow(),
    totals: jsonb().$type<ReportTotals>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.granularity, t.periods] }),
    index().on(t.computedAt),
  ],
);
