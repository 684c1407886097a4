import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { csvDocument, csvText, csvValue, parseCsv, readCsvDocument, unguard } from "./index";

describe("csvText", () => {
  it.each([
    ["Shah, Priya", '"Shah, Priya"'],
    ['The "two-chair" idea', '"The ""two-chair"" idea"'],
    ["First line\nsecond line", '"First line\nsecond line"'],
    ["=1+1", "'=1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", '"\'\r=1+1"'],
    ["'already quoted", "''already quoted"],
    ["a=b", "a=b"],
    ["O'Neill", "O'Neill"],
    ["", ""],
  ])("writes %j as %j", (text, written) => {
    expect(csvText(text)).toBe(written);
  });

  it("leaves what the program wrote unprefixed, quoted only when it must be", () => {
    expect(csvValue("-0.5")).toBe("-0.5");
    expect(csvValue("Nov 2026, week 1")).toBe('"Nov 2026, week 1"');
  });
});

describe("csvDocument", () => {
  it("starts with a BOM and ends every record with CRLF", () => {
    expect(
      csvDocument([
        ["a", "b"],
        ["1", ""],
      ]),
    ).toBe("\uFEFFa,b\r\n1,\r\n");
    expect(csvDocument([])).toBe("\uFEFF");
  });

  it("reads back the same text for any fields, and no cell starts a formula (property)", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({
        unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "'", "a"),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (records) => {
          const read = readCsvDocument(csvDocument(records.map((r) => r.map(csvText))));
          expect(read.map((r) => r.map(unguard))).toEqual(records);
          for (const field of read.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/u);
        },
      ),
      { seed: 20_261_128, numRuns: 300 },
    );
  });
});

describe("parseCsv", () => {
  it("refuses what RFC 4180 does not allow", () => {
    expect(() => parseCsv('"open')).toThrow(/unterminated/);
    expect(() => parseCsv("a,b")).toThrow(/CRLF/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/Unexpected/);
    expect(() => readCsvDocument("a\r\n")).toThrow(/byte order mark/);
  });
});
