import { getInstrument, isInstrumentId } from "@tend/instruments";
import { currentProfile } from "@tend/nextjs/server";

import { Attribution } from "~/components/attribution";
import { CheckForm } from "./check-form";
import { openCheckPage } from "./open-check-page";

export async function generateMetadata({ params }: { params: Promise<{ instrumentId: string }> }) {
  const { instrumentId } = await params;
  const name = isInstrumentId(instrumentId)
    ? getInstrument(instrumentId).shortName
    : "a self-check";
  return { title: `Take ${name} · Tend` };
}

export default async function TakeCheckPage({
  params,
}: {
  params: Promise<{ instrumentId: string }>;
}) {
  const page = await openCheckPage(params);
  if (page.unavailable !== null) return page.unavailable;
  const { instrumentId, api } = page;
  const [instrument, me] = await Promise.all([
    api.selfCheck.getInstrument({ instrumentId }),
    currentProfile(),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{instrument.shortName}</h1>
        <p className="mt-1 text-muted-foreground">{instrument.name}</p>
        {instrument.validated ? null : (
          <p className="mt-2 text-sm text-muted-foreground">
            Tend&apos;s own check: helpful for noticing change, but not a validated instrument.
          </p>
        )}
      </div>
      <p className="whitespace-pre-line">{instrument.instructions}</p>
      <CheckForm instrument={instrument} draftKey={`tend:draft:${me.id}:${instrument.version}`} />
      <Attribution attribution={instrument.attribution} />
    </div>
  );
}
