import { adminApi } from "@tend/nextjs/server";

/**
 * The team wellbeing report as CSV, months or quarters and the team filter as on the page
 * (`?by=quarter&team=…`). The file is written on the server from the suppressed report, and
 * exporting it is audited.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const quarters = params.get("by") === "quarter";
  const teams = params.getAll("team").slice(0, 500);
  const { api } = await adminApi();
  const { filename, csv } = await api.report.wellbeingCsv({
    ...(quarters ? { granularity: "quarter", periods: 4 } : { granularity: "month", periods: 6 }),
    ...(teams.length > 0 ? { teams } : {}),
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
