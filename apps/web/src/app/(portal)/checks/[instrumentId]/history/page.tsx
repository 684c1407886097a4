import Link from "next/link";

import { getInstrument, isInstrumentId } from "@tend/instruments";
import { currentProfile } from "@tend/nextjs/server";
import { Button, EmptyState, Input, Label } from "@tend/ui";

import { Attribution } from "~/components/attribution";
import { formatDate } from "~/lib/dates";
import { HISTORY_PRESETS, historyRange } from "~/lib/history-range";
import { openCheckPage } from "../open-check-page";
import { HistoryCharts } from "./history-charts";

export async function generateMetadata({ params }: { params: Promise<{ instrumentId: string }> }) {
  const { instrumentId } = await params;
  const name = isInstrumentId(instrumentId) ? getInstrument(instrumentId).shortName : "self-check";
  return { title: `Your ${name} history · Tend` };
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ instrumentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = await openCheckPage(params);
  if (page.unavailable !== null) return page.unavailable;
  const { instrumentId, api } = page;
  const [{ instrument, points }, me, query] = await Promise.all([
    api.selfCheck.history({ instrumentId }),
    currentProfile(),
    searchParams,
  ]);
  const range = historyRange(query, new Date(), me.timeZone);
  const inRange = points.filter(
    (p) =>
      (range.from === null || p.completedAt >= range.from) &&
      (range.until === null || p.completedAt < range.until),
  );
  const shaded = instrument.subscales.some((s) => s.bands !== undefined || s.marker !== undefined);
  const here = `/checks/${instrument.id}/history`;
  const series = inRange.map((p) => ({
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
          Each point is one of your results (select one to open it)
          {shaded ? "; shaded areas are the score bands" : ""}. Only you can see this page.
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
      {points.length > 0 ? (
        <section aria-labelledby="period-title" className="space-y-3">
          <h2 id="period-title" className="sr-only">
            Period
          </h2>
          <nav aria-label="Period" className="flex flex-wrap gap-2 text-sm">
            {HISTORY_PRESETS.map((p) => (
              <Link
                key={p.key}
                href={`${here}?range=${p.key}`}
                aria-current={range.chosen === p.key ? "page" : undefined}
                className="rounded-md border border-border px-3 py-1.5 hover:bg-accent aria-[current=page]:border-primary aria-[current=page]:bg-secondary aria-[current=page]:font-medium"
              >
                {p.label}
              </Link>
            ))}
          </nav>
          <form method="get" action={here} className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <Label htmlFor="history-from">From</Label>
              <Input id="history-from" type="date" name="from" defaultValue={range.fromDay} />
            </div>
            <div className="space-y-1">
              <Label htmlFor="history-to">To</Label>
              <Input id="history-to" type="date" name="to" defaultValue={range.toDay} />
            </div>
            <Button type="submit" variant="outline">
              Show these dates
            </Button>
          </form>
          {range.problem ? (
            <p role="alert" className="text-sm text-destructive">
              {range.problem} Showing everything.
            </p>
          ) : null}
        </section>
      ) : null}
      {points.length > 0 && inRange.length === 0 ? (
        <EmptyState title="No results in this period">
          <Link href={`${here}?range=all`} className="text-primary underline">
            Show everything
          </Link>{" "}
          or choose other dates.
        </EmptyState>
      ) : null}
      {points.length === 0 ? (
        <EmptyState title="No results yet">
          <Link href={`/checks/${instrument.id}`} className="text-primary underline">
            Take the {instrument.shortName}
          </Link>{" "}
          to start your history.
        </EmptyState>
      ) : inRange.length > 0 ? (
        <HistoryCharts subscales={instrument.subscales} series={series} />
      ) : null}
      <Attribution attribution={instrument.attribution} />
    </div>
  );
}
