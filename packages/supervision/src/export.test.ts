import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readCsvDocument, unguard } from "@tend/csv";

import type { LogRow } from "./index";
import { hourLogCsv } from "./index";

/** Reads the file as a spreadsheet would get it: the BOM first, then RFC 4180. */
const readLog = readCsvDocument;

const HEADER = [
  "Date",
  "Kind",
  "Hours",
  "Minutes",
  "Supervisor",
  "Format",
  "Topic",
  "Signed by",
  "Signed at",
];

const row = (overrides: Partial<LogRow> = {}): LogRow => ({
  date: "2026-11-03",
  kind: "individual",
  minutes: 50,
  supervisor: "Priya Shah",
  format: "Video",
  topic: "Boundaries with a new team",
  signedBy: "Priya Shah",
  signedAt: new Date("2026-11-03T14:05:00Z"),
  ...overrides,
});

const london = { timeZone: "Europe/London" };

describe("hourLogCsv", () => {
  it("writes a BOM, the header and one row per entry, each ending in CRLF", () => {
    const csv = hourLogCsv(
      [
        row(),
        row({ date: "2026-11-10", kind: "group", minutes: 90, format: "", topic: "Caseload" }),
      ],
      london,
    );
    expect(csv).toBe(
      "\uFEFF" +
        "Date,Kind,Hours,Minutes,Supervisor,Format,Topic,Signed by,Signed at\r\n" +
        "2026-11-03,Individual,0.83,50,Priya Shah,Video,Boundaries with a new team,Priya Shah,2026-11-03 14:05\r\n" +
        "2026-11-10,Group,1.50,90,Priya Shah,,Caseload,Priya Shah,2026-11-03 14:05\r\n",
    );
  });

  it("is the header alone without entries", () => {
    expect(hourLogCsv([], london)).toBe(`\uFEFF${HEADER.join(",")}\r\n`);
  });

  it.each([
    [0, "0.00"],
    [1, "0.02"],
    [20, "0.33"],
    [40, "0.67"],
    [50, "0.83"],
    [60, "1.00"],
    [90, "1.50"],
    [100, "1.67"],
    [6000, "100.00"],
  ])("writes %i minutes as %s hours", (minutes, hours) => {
    expect(readLog(hourLogCsv([row({ minutes })], london))[1]?.slice(2, 4)).toEqual([
      hours,
      String(minutes),
    ]);
  });

  it.each([
    ["2026-11-03T14:05:00Z", "Europe/London", "2026-11-03 14:05"],
    ["2026-07-01T13:05:00Z", "Europe/London", "2026-07-01 14:05"],
    ["2026-11-03T14:05:00Z", "Australia/Sydney", "2026-11-04 01:05"],
    ["2026-11-03T00:05:00Z", "UTC", "2026-11-03 00:05"],
    ["2026-11-03T23:59:59Z", "America/Los_Angeles", "2026-11-03 15:59"],
  ])("writes signed at %s as local time in %s: %s", (instant, timeZone, expected) => {
    const [, fields] = readLog(hourLogCsv([row({ signedAt: new Date(instant) })], { timeZone }));
    expect(fields?.[8]).toBe(expected);
  });

  it.each([
    ["Shah, Priya", '"Shah, Priya"'],
    ['The "two-chair" idea', '"The ""two-chair"" idea"'],
    ["First line\nsecond line", '"First line\nsecond line"'],
    ["With a CR\rin it", '"With a CR\rin it"'],
    ["Plain; with a semicolon", "Plain; with a semicolon"],
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0958", "'+44 20 7946 0958"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", '"\'\r=1+1"'],
    [
      '=HYPERLINK("https://evil.example","Click")',
      '"\'=HYPERLINK(""https://evil.example"",""Click"")"',
    ],
    ["'already quoted", "''already quoted"],
    ["a=b", "a=b"],
    ["O'Neill", "O'Neill"],
    ["Siobhán Ó Briain", "Siobhán Ó Briain"],
    ["", ""],
  ])("writes the text %j as %j", (text, written) => {
    const csv = hourLogCsv([row({ topic: text })], london);
    const body = csv.slice(csv.indexOf("\r\n") + 2);
    expect(body).toBe(
      `2026-11-03,Individual,0.83,50,Priya Shah,Video,${written},Priya Shah,2026-11-03 14:05\r\n`,
    );
    expect(readLog(csv)[1]?.map(unguard)[6]).toBe(text);
  });

  it("guards every field people wrote, and nothing it wrote itself", () => {
    const [, fields] = readLog(
      hourLogCsv(
        [row({ supervisor: "=A", format: "+B", topic: "-C", signedBy: "@D", minutes: 0 })],
        london,
      ),
    );
    expect(fields).toEqual([
      "2026-11-03",
      "Individual",
      "0.00",
      "0",
      "'=A",
      "'+B",
      "'-C",
      "'@D",
      "2026-11-03 14:05",
    ]);
  });

  it("refuses entries it cannot write truthfully", () => {
    const csv =
      (r: Partial<LogRow>, timeZone = "UTC") =>
      () =>
        hourLogCsv([row(r)], { timeZone });
    expect(csv({ date: "03/11/2026" })).toThrow(/YYYY-MM-DD/);
    expect(csv({ date: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
    expect(csv({ minutes: -5 })).toThrow(/minutes/);
    expect(csv({ minutes: 1.5 })).toThrow(/minutes/);
    expect(csv({ minutes: Number.NaN })).toThrow(/minutes/);
    expect(csv({ signedAt: new Date(Number.NaN) })).toThrow(/signedAt/);
    expect(csv({}, "Mars/Olympus")).toThrow(/time zone/);
    expect(() => hourLogCsv([], { timeZone: "Mars/Olympus" })).toThrow(/time zone/);
  });

  it("reads back the same fields for any text, and no cell starts a formula", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      // Short strings from the characters that matter, so that they meet often.
      fc.string({
        unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "'", "a"),
      }),
    );
    const entry = fc.record({
      date: fc.constantFrom("2026-01-01", "2026-02-28", "2028-02-29", "2026-12-31"),
      kind: fc.constantFrom("individual" as const, "group" as const),
      minutes: fc.integer({ min: 0, max: 100_000 }),
      supervisor: text,
      format: text,
      topic: text,
      signedBy: text,
      signedAt: fc.date({
        min: new Date("2000-01-01T00:00:00Z"),
        max: new Date("2099-12-31T23:59:59Z"),
        noInvalidDate: true,
      }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), (entries) => {
        const records = readLog(hourLogCsv(entries, { timeZone: "Europe/London" }));
        expect(records).toHaveLength(entries.length + 1);
        expect(records[0]).toEqual(HEADER);
        for (const [i, e] of entries.entries()) {
          const fields = records[i + 1] ?? [];
          expect(fields).toHaveLength(9);
          const [date, kind, hours, minutes, supervisor, format, topic, signedBy, signedAt] =
            fields;
          expect([date, kind, minutes]).toEqual([
            e.date,
            e.kind === "individual" ? "Individual" : "Group",
            String(e.minutes),
          ]);
          expect(Math.abs(Number(hours) - e.minutes / 60)).toBeLessThanOrEqual(0.005);
          expect(hours).toMatch(/^\d+\.\d{2}$/u);
          expect(signedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/u);
          const written = [supervisor, format, topic, signedBy];
          expect(written.map((f) => unguard(f ?? ""))).toEqual([
            e.supervisor,
            e.format,
            e.topic,
            e.signedBy,
          ]);
          for (const f of written) expect(f).not.toMatch(/^[=+\-@\t\r]/u);
        }
      }),
      { seed: 20_261_103, numRuns: 300 },
    );
  });
});
