import { signedInApi } from "@tend/nextjs/server";
import { hourLogCsv } from "@tend/supervision";

import { FORMAT_LABELS } from "~/lib/supervision";

/** The signed supervision-hour log as CSV, for a licensing board's forms. */
export async function GET() {
  const api = await signedInApi();
  const log = await api.hours.approvedLog({});
  const csv = hourLogCsv(
    log.rows.map((r) => ({
      date: r.date,
      kind: r.kind,
      minutes: r.minutes,
      supervisor: r.supervisor,
      format: FORMAT_LABELS[r.format],
      topic: r.topic,
      signedBy: r.signedBy,
      signedAt: r.signedAt,
    })),
    { timeZone: log.timeZone },
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="supervision-hours-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
