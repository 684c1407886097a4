import type { RouterOutputs } from "@tend/api";
import type { InstrumentId } from "@tend/instruments";
import { CONVERSATION_PROMPTS, describeForSupervisor, getInstrument } from "@tend/instruments";
import { Card, CardTitle } from "@tend/ui";

import { ScaleBadges } from "./scale-badges";

type Result = RouterOutputs["share"]["getShared"]["result"];

/**
 * A shared result as the supervisor reads it: each scale said of the supervisee in the third
 * person, then open questions for a supportive, non-evaluative conversation.
 */
export function SupervisorReading({
  instrumentId,
  result,
  firstName,
}: {
  instrumentId: InstrumentId;
  result: Result;
  firstName: string;
}) {
  const instrument = getInstrument(instrumentId);
  return (
    <>
      <section aria-labelledby="reading-title" className="space-y-3">
        <h2 id="reading-title" className="text-lg font-semibold">
          What it shows
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {result.subscales.map((s) => {
            const definition = instrument.subscales.find((d) => d.id === s.subscaleId);
            return (
              <li key={s.subscaleId} className="rounded-lg border border-border bg-card p-5">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">{s.name}</h3>
                  <ScaleBadges
                    scale={s}
                    higherIsBetter={definition?.higherIsBetter ?? false}
                    flaggedLabel="Signs noted"
                  />
                </div>
                <p className="mt-2 text-3xl font-semibold tabular-nums">
                  {s.scored && s.display !== null ? s.display : "—"}
                </p>
                <p className="mt-2 text-sm">{describeForSupervisor(instrument, s, firstName)}</p>
              </li>
            );
          })}
        </ul>
      </section>
      <Card aria-labelledby="conversation-title">
        <CardTitle id="conversation-title">Starting the conversation</CardTitle>
        <p className="mt-1 text-sm text-muted-foreground">
          Let {firstName} lead. These open questions may help; none of them asks for an explanation
          of the scores.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {CONVERSATION_PROMPTS.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
