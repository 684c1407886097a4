import { describe, expect, it } from "vitest";

import type { InstrumentId, Item } from "./index";
import {
  getInstrument,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  isInstrumentId,
  PROQOL5,
  requiredAnswers,
} from "./index";

describe("the instrument registry", () => {
  it("holds the four instruments, each found by its id", () => {
    expect(INSTRUMENTS.map((i) => i.id).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const id of INSTRUMENT_IDS) expect(getInstrument(id).id).toBe(id);
  });

  it("recognises instrument ids and nothing else", () => {
    for (const id of INSTRUMENT_IDS) expect(isInstrumentId(id)).toBe(true);
    for (const value of ["proqol", "PROQOL5", "", null, undefined, 5, {}]) {
      expect(isInstrumentId(value)).toBe(false);
    }
  });

  it("rejects an unknown id at run time", () => {
    expect(() => getInstrument("phq9" as InstrumentId)).toThrow(RangeError);
  });

  it("names a version of our data for every instrument", () => {
    expect(getInstrument("proqol5").version).toBe("proqol5@2009.1");
    expect(getInstrument("cbi").version).toBe("cbi@2005.1");
    for (const instrument of INSTRUMENTS) {
      expect(instrument.version.startsWith(`${instrument.id}@`)).toBe(true);
    }
  });

  it("marks only the published instruments as validated", () => {
    expect(Object.fromEntries(INSTRUMENTS.map((i) => [i.id, i.validated]))).toEqual({
      proqol5: true,
      cbi: true,
      pulse: false,
      "warning-signs": false,
    });
  });

  it("freezes the data so apps cannot change it", () => {
    const extra: Item = {
      id: "q31",
      number: 31,
      text: "Extra",
      options: [],
      subscaleId: "burnout",
      reverse: false,
    };
    expect(() => (PROQOL5.items as Item[]).push(extra)).toThrow(TypeError);
    expect(() => {
      (PROQOL5.items[0] as { text: string }).text = "changed";
    }).toThrow(TypeError);
  });
});

describe.each(INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
  "%s data",
  (_id, instrument) => {
    it("numbers its items 1…n in form order with ids q1…qn", () => {
      instrument.items.forEach((item, index) => {
        expect(item.number).toBe(index + 1);
        expect(item.id).toBe(`q${index + 1}`);
      });
    });

    it("gives every item distinct option values and labels", () => {
      for (const item of instrument.items) {
        expect(item.options.length).toBeGreaterThanOrEqual(3);
        expect(new Set(item.options.map((o) => o.value)).size).toBe(item.options.length);
        expect(new Set(item.options.map((o) => o.label)).size).toBe(item.options.length);
      }
    });

    it("puts every item in the subscale it is grouped under, and every subscale item exists", () => {
      const itemIds = new Set(instrument.items.map((item) => item.id));
      for (const item of instrument.items) {
        const subscale = instrument.subscales.find((s) => s.id === item.subscaleId);
        expect(subscale?.itemIds).toContain(item.id);
      }
      for (const subscale of instrument.subscales) {
        expect(subscale.itemIds.length).toBeGreaterThan(0);
        for (const id of subscale.itemIds) expect(itemIds.has(id)).toBe(true);
        expect(requiredAnswers(subscale)).toBeLessThanOrEqual(subscale.itemIds.length);
      }
    });

    it("has bands, where it has any, that cover its range without gaps or overlaps", () => {
      for (const subscale of instrument.subscales) {
        if (!subscale.bands) continue;
        expect(subscale.bands[0]?.min).toBe(subscale.range.min);
        expect(subscale.bands.at(-1)?.max).toBe(subscale.range.max);
        subscale.bands.slice(1).forEach((band, index) => {
          expect(band.min).toBe((subscale.bands?.[index]?.max ?? Number.NaN) + 1);
        });
        for (const band of subscale.bands) expect(band.meaning.length).toBeGreaterThan(20);
      }
    });

    it("describes itself in one plain sentence", () => {
      expect(instrument.description).toMatch(/^[A-Z][^.]*\.$/);
      expect(instrument.estimatedMinutes).toBeGreaterThan(0);
      expect(instrument.periodLabel.length).toBeGreaterThan(0);
    });
  },
);
