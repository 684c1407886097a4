import type { RouterOutputs } from "@tend/api";

import { changeText } from "~/lib/change";
import { ScaleBadges } from "./scale-badges";

type Presented = RouterOutputs["selfCheck"]["get"];
type InstrumentView = Presented["instrument"];
type Result = Presented["result"];
type Comparison = Presented["comparison"] | null;
type LargeChanges = Presented["largeChanges"];

/** The plain-language meaning of one subscale's result, from the instrument's data. */
function meaningOf(
  definition: InstrumentView["subscales"][number] | undefined,
  s: Result["subscales"][number],
) {
  if (!definition) return "";
  if (!s.scored) return `Not scored: ${s.answered} of the ${s.required} answers this scale needs.`;
  if (s.band) return definition.bands?.find((b) => b.id === s.band?.id)?.meaning ?? "";
  if (definition.marker)
    return s.marker ? definition.marker.meaning : definition.marker.belowMeaning;
  if (s.flagged !== undefined)
    return (s.flagged ? definition.flaggedMeaning : definition.notFlaggedMeaning) ?? "";
  return definition.description;
}

/**
 * Each subscale's score, band or marker, meaning and change since the previous result; a
 * change large enough to be worth noticing (see `largeChanges` in @tend/instruments) says so.
 */
export function ResultSummary({
  instrument,
  result,
  comparison,
  largeChanges = [],
}: {
  instrument: InstrumentView;
  result: Result;
  comparison: Comparison;
  largeChanges?: LargeChanges;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {result.subscales.map((s) => {
        const definition = instrument.subscales.find((d) => d.id === s.subscaleId);
        const compared = comparison?.subscales.find((c) => c.subscaleId === s.subscaleId);
        const change = changeText(
          compared?.direction != null && compared.displayDelta !== null
            ? { direction: compared.direction, delta: compared.displayDelta }
            : null,
        );
        const large = largeChanges.find((c) => c.subscaleId === s.subscaleId);
        return (
          <li key={s.subscaleId} className="rounded-lg border border-border bg-card p-5">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">{s.name}</h3>
              <ScaleBadges
                scale={s}
                higherIsBetter={definition?.higherIsBetter ?? false}
                flaggedLabel="Showing signs"
              />
            </div>
            <p className="mt-2 text-3xl font-semibold tabular-nums">
              {s.scored && s.display !== null ? s.display : "—"}
              {definition && s.scored ? (
                <span className="ml-1 text-sm font-normal text-muted-foreground">
                  of {definition.range.min}–{definition.range.max}
                </span>
              ) : null}
            </p>
            <p className="mt-2 text-sm">{meaningOf(definition, s)}</p>
            {change ? (
              <p className="mt-2 text-sm text-muted-foreground">
                {change}
                {large ? (
                  <span className="font-medium text-foreground"> A large change.</span>
                ) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
