import Link from "next/link";

import { getInstrument, isInstrumentId } from "@tend/instruments";
import { currentProfile } from "@tend/nextjs/server";
import { Badge, EmptyState } from "@tend/ui";

import { formatDate } from "~/lib/dates";
import { scoreLine } from "~/lib/score-line";
import { openCheckPage } from "../open-check-page";

export async function generateMetadata({ params }: { params: Promise<{ instrumentId: string }> }) {
  const { instrumentId } = await params;
  const name = isInstrumentId(instrumentId) ? getInstrument(instrumentId).shortName : "Self-check";
  return { title: `Your ${name} results · Tend` };
}

/** Every past result of one check, newest first: each opens its result page, where sharing is managed. */
export default async function ResultsPage({
  params,
}: {
  params: Promise<{ instrumentId: string }>;
}) {
  const page = await openCheckPage(params);
  if (page.unavailable !== null) return page.unavailable;
  const { instrumentId, api } = page;
  const [{ instrument, results }, me] = await Promise.all([
    api.selfCheck.listResults({ instrumentId }),
    currentProfile(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/checks" className="text-primary underline-offset-4 hover:underline">
            Self-checks
          </Link>
        </p>
        <h1 id="results-title" className="mt-1 text-2xl font-semibold tracking-tight">
          Your past {instrument.shortName} results
        </h1>
        <p className="mt-1 text-muted-foreground">
          Newest first. Open one to see what it means, or to share it with a supervisor or stop
          sharing it. Only you can see this list.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {results.length > 1 ? (
            <Link
              href={`/checks/${instrument.id}/history`}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              See them as a chart
            </Link>
          ) : null}
          <Link
            href="/shares"
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Everything you have shared
          </Link>
        </p>
      </div>
      {results.length === 0 ? (
        <EmptyState title="No results yet">
          <Link href={`/checks/${instrument.id}`} className="text-primary underline">
            Take the {instrument.shortName}
          </Link>{" "}
          to see your first result here.
        </EmptyState>
      ) : (
        <ol
          aria-labelledby="results-title"
          className="divide-y divide-border rounded-lg border border-border bg-card"
        >
          {results.map((r) => (
            <li
              key={r.id}
              className="grid gap-1 px-4 py-3 sm:grid-cols-[8rem_1fr_auto] sm:items-center sm:gap-4"
            >
              <Link
                href={`/checks/results/${r.id}`}
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {formatDate(r.completedAt, me.timeZone)}
              </Link>
              <span className="text-sm text-muted-foreground">{scoreLine(r.result)}</span>
              {r.activeShares > 0 ? (
                <Badge className="justify-self-start">
                  Shared with {r.activeShares} {r.activeShares === 1 ? "supervisor" : "supervisors"}
                </Badge>
              ) : (
                <span aria-hidden className="hidden sm:block" />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
