import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";
import { EmptyState, Table, Td, Th } from "@tend/ui";
import { PrintButton } from "@tend/ui/print-button";

import { ROLE_PAGES } from "~/lib/role-pages";
import { FORMAT_LABELS, formatDate, formatHours, formatWhen } from "~/lib/supervision";

export const metadata = { title: "Supervision hours verification · Tend" };

/** A printable record of signed supervision hours, for a licensing board. */
export default async function VerificationPage() {
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.supervision);
  if (unavailable) return unavailable;
  const log = await api.hours.approvedLog({});
  const printed = new Date();
  return (
    <article className="space-y-6 print:text-black">
      <div className="flex flex-wrap items-start justify-between gap-3 print:hidden">
        <Link href="/supervision/hours" className="text-sm text-primary underline">
          ← Hour log
        </Link>
        <PrintButton />
      </div>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Verification of supervision hours</h1>
        <p className="mt-1">
          {log.supervisee.name} · {log.supervisee.organisation}
        </p>
        <p className="text-sm text-muted-foreground">
          Printed {formatWhen(printed, log.timeZone)} ({log.timeZone}). Every entry below was signed
          by the supervisor named; signatures are recorded in Tend&apos;s audit trail.
        </p>
      </header>
      {log.rows.length === 0 ? (
        <EmptyState title="No signed hours yet">
          Entries appear once your supervisor signs them.
        </EmptyState>
      ) : (
        <Table stack>
          <caption className="sr-only">Signed supervision hours</caption>
          <thead>
            <tr>
              <Th>Date</Th>
              <Th>Kind</Th>
              <Th>Hours</Th>
              <Th>Format</Th>
              <Th>Topic</Th>
              <Th>Signed by</Th>
              <Th>Signed on</Th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id}>
                <Td className="font-medium">{formatDate(r.date)}</Td>
                <Td label="Kind">{r.kind === "individual" ? "Individual" : "Group"}</Td>
                <Td label="Hours">{formatHours(r.minutes)}</Td>
                <Td label="Format">{FORMAT_LABELS[r.format]}</Td>
                <Td label="Topic">{r.topic}</Td>
                <Td label="Signed by">{r.signedBy}</Td>
                <Td label="Signed on">{formatWhen(r.signedAt, log.timeZone)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="total-title" className="space-y-1">
        <h2 id="total-title" className="text-lg font-semibold">
          Totals
        </h2>
        <p>
          Individual {formatHours(log.total.individualMinutes)} · Group{" "}
          {formatHours(log.total.groupMinutes)} · Counted {formatHours(log.total.countedMinutes)}
          {log.boardRule.name ? ` (as ${log.boardRule.name} counts them)` : ""}
        </p>
        {log.total.adjustments.map((a) => (
          <p key={a} className="text-sm text-muted-foreground">
            {a}
          </p>
        ))}
      </section>
    </article>
  );
}
