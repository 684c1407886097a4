import { Badge } from "@tend/ui";

import { bandTone, TONE_STYLE } from "~/lib/bands";

/** One scale's band, marker or flag as badges, coloured by how good a place it is to be. */
export function ScaleBadges({
  scale,
  higherIsBetter,
  flaggedLabel,
}: {
  scale: {
    band?: { id: "low" | "moderate" | "high"; label: string } | undefined;
    marker?: { label: string } | undefined;
    flagged?: boolean | undefined;
  };
  higherIsBetter: boolean;
  /** The flag's words for the reader: "Showing signs" to its owner, "Signs noted" of them. */
  flaggedLabel: string;
}) {
  return (
    <>
      {scale.band ? (
        <Badge className={TONE_STYLE[bandTone(scale.band.id, higherIsBetter)]}>
          {scale.band.label}
        </Badge>
      ) : null}
      {scale.marker ? <Badge className={TONE_STYLE.hard}>{scale.marker.label}</Badge> : null}
      {scale.flagged ? <Badge className={TONE_STYLE.middle}>{flaggedLabel}</Badge> : null}
    </>
  );
}
