import { adminApi } from "@tend/nextjs/server";

/**
 * The team wellbeing report as CSV, months or quarters as on the page (`?by=quarter`). The
 * file is written on the server from the suppressed report, and exporting it is audited.
 */
export async function GET(request: Request) {
  const quarters = new URL(request.url).searchParams.get("by") === "quarter";
  const { api } = await adminApi();
  const { filename, csv } = await api.report.wellbeingCsv(
    quarters ? { granularity: "quarter", periods: 4 } : { granularity: "month", periods: 6 },
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
