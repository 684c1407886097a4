/**
 * Writing CSV that spreadsheets open safely.
 *
 * RFC 4180: a header row, CRLF after every row (the last one too), fields in double quotes when
 * they hold a comma, a double quote, CR or LF, and double quotes inside doubled.
 *
 * The file starts with a UTF-8 byte order mark. Without it Excel reads a CSV file in the
 * computer's legacy code page, and "Siobhán" arrives as "SiobhÃ¡n"; with it Excel, Numbers,
 * LibreOffice and Google Sheets all read UTF-8, and CSV readers that know about it skip it (a
 * reader that does not sees a first header of "\uFEFFDate": a smaller harm than mangled names).
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-` or `@` as a formula, and a tab or CR in front does not stop it, so a topic such as
 * `=HYPERLINK("https://…")` could act when the file is opened. Text that people wrote goes
 * through `csvText`: when it starts with one of those it gets a single quote `'` in front, which
 * makes the cell text. Text that starts with `'` itself gets one too, so that the prefix is never
 * ambiguous: to read a text field back, drop one leading `'` if it has one (`unguard`). What the
 * program writes itself (dates, numbers, fixed labels) goes through `csvValue` unprefixed.
 */

/** The first characters that make a spreadsheet cell a formula, and the prefix itself. */
const NEEDS_PREFIX = /^[=+\-@\t\r']/u;
const NEEDS_QUOTES = /[",\r\n]/u;
const BOM = "\uFEFF";
const CRLF = "\r\n";

/** A field the program wrote (a date, a number, a fixed label), as RFC 4180 writes it. */
export function csvValue(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Text from people, made safe to open in a spreadsheet. */
export function csvText(value: string): string {
  return csvValue(NEEDS_PREFIX.test(value) ? `'${value}` : value);
}

/** A document of already-written fields: the BOM, then each record joined by commas + CRLF. */
export function csvDocument(records: readonly (readonly string[])[]): string {
  return BOM + records.map((fields) => fields.join(",") + CRLF).join("");
}
