import { notFound } from "next/navigation";

import { isInstrumentId } from "@tend/instruments";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";

import { Attribution } from "~/components/attribution";
import { ROLE_PAGES } from "~/lib/role-pages";
import { CheckForm } from "./check-form";

export const metadata = { title: "Take a self-check · Tend" };

export default async function TakeCheckPage({
  params,
}: {
  params: Promise<{ instrumentId: string }>;
}) {
  const { instrumentId } = await params;
  if (!isInstrumentId(instrumentId)) notFound();
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.checks);
  if (unavailable) return unavailable;
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
