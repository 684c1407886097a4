import type { BandId, InstrumentId, MarkerId, ScoreResult } from "./types";
import { getInstrument } from "./instruments";
import { roundForDisplay } from "./score";

export type Direction = "better" | "worse" | "unchanged";

export interface SubscaleComparison {
  readonly subscaleId: string;
  readonly name: string;
  readonly higherIsBetter: boolean;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous (exact); null when either is not scored or there is no previous result. */
  readonly delta: number | null;
  /** The delta rounded to 2 decimals, for display. */
  readonly displayDelta: number | null;
  /** null exactly when `delta` is null. */
  readonly direction: Direction | null;
  readonly previousBand: BandId | null;
  readonly currentBand: BandId | null;
  /** Band, marker and flag changes are false unless both results are scored. */
  readonly bandChanged: boolean;
  readonly previousMarker: MarkerId | null;
  readonly currentMarker: MarkerId | null;
  readonly markerChanged: boolean;
  readonly previousFlagged: boolean | null;
  readonly currentFlagged: boolean | null;
  readonly flagChanged: boolean;
}

export interface ResultComparison {
  readonly instrumentId: InstrumentId;
  /** True when there was no previous result. */
  readonly first: boolean;
  readonly subscales: readonly SubscaleComparison[];
}

/** Differences smaller than this are rounding noise, not change. */
const EPSILON = 1e-9;

function directionOf(delta: number, higherIsBetter: boolean): Direction {
  if (Math.abs(delta) < EPSILON) return "unchanged";
  return delta > 0 === higherIsBetter ? "better" : "worse";
}

/**
 * Compares a result with the previous result of the same instrument, subscale by subscale
 * (matched by id, so results scored with an older version of the data still compare).
 */
export function compareResults(
  previous: ScoreResult | null,
  current: ScoreResult,
): ResultComparison {
  if (previous && previous.instrumentId !== current.instrumentId) {
    throw new Error(
      `Cannot compare a ${previous.instrumentId} result with a ${current.instrumentId} result.`,
    );
  }
  const instrument = getInstrument(current.instrumentId);

  const subscales = current.subscales.map((now): SubscaleComparison => {
    const before = previous?.subscales.find((s) => s.subscaleId === now.subscaleId);
    const higherIsBetter =
      instrument.subscales.find((s) => s.id === now.subscaleId)?.higherIsBetter ?? true;
    const previousScore = before?.score ?? null;
    const delta = previousScore !== null && now.score !== null ? now.score - previousScore : null;

    // Band, marker and flag changes count only when both results are scored.
    const comparable = delta !== null;
    const previousBand = before?.band?.id ?? null;
    const currentBand = now.band?.id ?? null;
    const previousMarker = before?.marker?.id ?? null;
    const currentMarker = now.marker?.id ?? null;
    const previousFlagged = before?.flagged ?? null;
    const currentFlagged = now.flagged ?? null;

    return {
      subscaleId: now.subscaleId,
      name: now.name,
      higherIsBetter,
      previous: previousScore,
      current: now.score,
      delta,
      displayDelta: delta === null ? null : roundForDisplay(delta),
      direction: delta === null ? null : directionOf(delta, higherIsBetter),
      previousBand,
      currentBand,
      bandChanged: comparable && previousBand !== currentBand,
      previousMarker,
      currentMarker,
      markerChanged: comparable && previousMarker !== currentMarker,
      previousFlagged,
      currentFlagged,
      flagChanged: comparable && previousFlagged !== currentFlagged,
    };
  });

  return { instrumentId: current.instrumentId, first: previous === null, subscales };
}
