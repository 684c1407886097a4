import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { InstrumentId } from "@tend/instruments";
import { INSTRUMENTS } from "@tend/instruments";

import { DEFAULT_CADENCES, effectiveCadence, REMINDED_BY_DEFAULT } from "./cadence";

const ids = INSTRUMENTS.map((i) => i.id);

describe("the self-check cadence policy", () => {
  it("holds a default for every instrument", () => {
    expect(Object.keys(DEFAULT_CADENCES).sort()).toEqual([...ids].sort());
    expect(DEFAULT_CADENCES).toEqual({ proqol5: 30, cbi: 30, pulse: 7, "warning-signs": 14 });
  });

  it("reminds ProQOL and the pulse by default and leaves the others off until chosen", () => {
    expect(effectiveCadence("proqol5", [])).toEqual({
      everyDays: 30,
      paused: false,
      isDefault: true,
    });
    expect(effectiveCadence("pulse", [])).toMatchObject({ everyDays: 7, paused: false });
    expect(effectiveCadence("cbi", [])).toMatchObject({ everyDays: 30, paused: true });
    expect(effectiveCadence("warning-signs", [])).toMatchObject({ everyDays: 14, paused: true });
  });

  it("uses the person's saved cadence, paused or not, whatever the default", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<InstrumentId>(...ids),
        fc.integer({ min: 1, max: 365 }),
        fc.boolean(),
        (instrumentId, everyDays, paused) => {
          const saved = [
            { instrumentId: "other", everyDays: 1, paused: false },
            { instrumentId, everyDays, paused },
          ];
          expect(effectiveCadence(instrumentId, saved)).toEqual({
            everyDays,
            paused,
            isDefault: false,
          });
        },
      ),
    );
  });

  it("never treats a default-reminded check as paused until the person pauses it", () => {
    for (const id of REMINDED_BY_DEFAULT) expect(effectiveCadence(id, []).paused).toBe(false);
  });
});
