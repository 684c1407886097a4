import type { TRPCRouterRecord } from "@trpc/server";

import { teamWellbeingCsv, teamWellbeingReport } from "@tend/services/reports";

import { adminProcedure } from "../../trpc";
import { wellbeingCsvOutput, wellbeingReportInput, wellbeingReportOutput } from "./reports.schemas";

/** Anonymous reports for admins: aggregates only, suppressed on the server. */
export const reportRouter = {
  /** Participation, ProQOL and the pulse per team and period; viewing it is audited. */
  wellbeing: adminProcedure
    .input(wellbeingReportInput)
    .output(wellbeingReportOutput)
    .query(({ ctx, input }) => teamWellbeingReport(ctx.db, ctx.actor, input)),
  /** The same report as CSV, hidden cells marked; exporting is audited. */
  wellbeingCsv: adminProcedure
    .input(wellbeingReportInput)
    .output(wellbeingCsvOutput)
    .query(({ ctx, input }) => teamWellbeingCsv(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
