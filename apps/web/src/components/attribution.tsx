import type { RouterOutputs } from "@tend/api";

type AttributionData = RouterOutputs["selfCheck"]["getInstrument"]["attribution"];

/** An instrument's attribution line (ProQOL's credit to the CVT with its link), where it has one. */
export function Attribution({ attribution }: { attribution: AttributionData }) {
  if (!attribution) return null;
  return (
    <p className="border-t border-border pt-4 text-xs text-muted-foreground">
      {attribution.text}{" "}
      {attribution.link ? (
        <a
          href={attribution.link.href}
          className="text-primary underline"
          rel="noopener noreferrer"
          target="_blank"
        >
          {attribution.link.label}
        </a>
      ) : null}
    </p>
  );
}
