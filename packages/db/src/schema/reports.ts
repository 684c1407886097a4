import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";

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
  /**
   * Counts of the organisation as a whole (groups active, meetings held), by count id, and how
   * many clinicians they stand for. Absent from totals computed before they were reported.
   */
  counts?: { respondents: number; values: Record<string, number> };
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
 * raise the organisation's generation (`report_generations`, triggers in 0025), and a snapshot
 * of an older generation is not served, so the admin's own changes show at once.
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
    /**
     * The organisation's report generation read before computing: a change to people or teams
     * raises it, so totals computed across such a change are never served.
     */
    generation: bigint({ mode: "number" }).notNull().default(0),
    /** When an admin last opened this view: the worker keeps the views in use fresh. */
    viewedAt: timestamptz().notNull().defaultNow(),
    totals: jsonb().$type<ReportTotals>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.granularity, t.periods] }),
    index().on(t.computedAt),
  ],
);

/** Raised by triggers (0022, 0026) whenever an organisation's memberships, teams or team members change. */
export const reportGenerations = pgTable("report_generations", {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  generation: bigint({ mode: "number" }).notNull().default(0),
});
