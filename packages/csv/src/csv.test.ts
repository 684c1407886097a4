import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  csvDocument,
  csvText,
  csvValue,
  parseCsv,
  readCsvDocument,
  readCsvUpload,
  unguard,
} from "./index";

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

describe("readCsvUpload", () => {
  it("reads what people save: any line end, a BOM or none, a last line ended or not", () => {
    const expected = [
      ["email", "name"],
      ["a@x.example", "Shah, Priya"],
    ];
    for (const text of [
      'email,name\r\na@x.example,"Shah, Priya"\r\n',
      'email,name\na@x.example,"Shah, Priya"',
      '\uFEFFemail,name\ra@x.example,"Shah, Priya"\n\n',
      'email,name\n\n\na@x.example,"Shah, Priya"\n',
    ])
      expect(readCsvUpload(text)).toEqual(expected);
    expect(readCsvUpload("")).toEqual([]);
    expect(readCsvUpload("a,\n,b")).toEqual([
      ["a", ""],
      ["", "b"],
    ]);
  });

  it("says on which line a quote is left open", () => {
    expect(() => readCsvUpload('email\na@x.example\n"b@x.example\n')).toThrow(/line 3/u);
  });

  it("reads back whatever csvDocument writes, with LF line ends too (property)", () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "é") }),
      fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r") }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { maxLength: 8 }),
        (records) => {
          const written = csvDocument(records.map((r) => r.map(csvValue)));
          expect(readCsvUpload(written)).toEqual(records);
          // With LF line ends (only record ends hold a CRLF when no field has a line break).
          if (!records.flat().some((f) => /[\r\n]/u.test(f)))
            expect(readCsvUpload(written.replaceAll("\r\n", "\n"))).toEqual(records);
        },
      ),
      { seed: 20_261_128, numRuns: 300 },
    );
  });
});
