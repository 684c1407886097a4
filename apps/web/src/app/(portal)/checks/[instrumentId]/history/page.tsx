import Link from "next/link";

import { getInstrument, isInstrumentId } from "@tend/instruments";
import { currentProfile } from "@tend/nextjs/server";
import { EmptyState } from "@tend/ui";

import { Attribution } from "~/components/attribution";
import { formatDate } from "~/lib/dates";
import { openCheckPage } from "../open-check-page";
import { HistoryCharts } from "./history-charts";

export async function generateMetadata({ params }: { params: Promise<{ instrumentId: string }> }) {
  const { instrumentId } = await params;
  const name = isInstrumentId(instrumentId) ? getInstrument(instrumentId).shortName : "self-check";
  return { title: `Your ${name} history · Tend` };
}

export default async function HistoryPage({
  params,
}: {
  params: Promise<{ instrumentId: string }>;
}) {
  const page = await openCheckPage(params);
  if (page.unavailable !== null) return page.unavailable;
  const { instrumentId, api } = page;
  const [{ instrument, points }, me] = await Promise.all([
    api.selfCheck.history({ instrumentId }),
    currentProfile(),
  ]);
  const series = points.map((p) => ({
    id: p.id,
    href: `/checks/results/${p.id}`,
    label: formatDate(p.completedAt, me.timeZone),
    scores: Object.fromEntries(
      p.result.subscales.map((s) => [s.subscaleId, s.scored ? s.display : null]),
    ),
  }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          Your {instrument.shortName} history
        </h1>
        <p className="mt-1 text-muted-foreground">
          Each point is one of your results (select one to open it); shaded areas are the score
          bands. Only you can see this page.
        </p>
        <p className="mt-2 text-sm">
          <Link
            href={`/checks/${instrument.id}/results`}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            All your {instrument.shortName} results as a list
          </Link>
        </p>
      </div>
      {points.length === 0 ? (
        <EmptyState title="No results yet">
          <Link href={`/checks/${instrument.id}`} className="text-primary underline">
            Take the {instrument.shortName}
          </Link>{" "}
          to start your history.
        </EmptyState>
      ) : (
        <HistoryCharts subscales={instrument.subscales} series={series} />
      )}
      <Attribution attribution={instrument.attribution} />
    </div>
  );
}
