import type { Instrument, InstrumentId } from "./types";
import { CBI } from "./cbi";
import { PROQOL5 } from "./proqol5";
import { PULSE } from "./pulse";
import { INSTRUMENT_IDS } from "./types";
import { WARNING_SIGNS } from "./warning-signs";

/** Every instrument Tend offers, in the order a picker shows them. */
export const INSTRUMENTS: readonly Instrument[] = Object.freeze([
  PULSE,
  WARNING_SIGNS,
  PROQOL5,
  CBI,
]);

const BY_ID: Readonly<Record<InstrumentId, Instrument>> = Object.freeze({
  proqol5: PROQOL5,
  cbi: CBI,
  pulse: PULSE,
  "warning-signs": WARNING_SIGNS,
});

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === "string" && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** The current data of an instrument. Throws a RangeError for an unknown id. */
export function getInstrument(id: InstrumentId): Instrument {
  if (!isInstrumentId(id)) throw new RangeError(`Unknown instrument "${String(id)}".`);
  return BY_ID[id];
}
