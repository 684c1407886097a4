/**
 * The approved supervision-hour log as CSV, for a licensing board or a spreadsheet: RFC 4180
 * with a byte order mark, and everything people wrote guarded against formula injection (see
 * `@tend/csv`).
 */
import { csvDocument, csvText, csvValue } from "@tend/csv";

export interface LogRow {
  /** The day of the supervision, "YYYY-MM-DD". */
  date: string;
  kind: "individual" | "group";
  /** A whole number from 0. */
  minutes: number;
  supervisor: string;
  /** "In person", "Video", or "" when not recorded. */
  format: string;
  topic: string;
  signedBy: string;
  signedAt: Date;
}

export interface HourLogOptions {
  /** The IANA zone "Signed at" is shown in. */
  timeZone: string;
}

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
] as const;

const KIND_LABELS = { individual: "Individual", group: "Group" } as const;

/** Minutes as hours with two decimals, rounded to the nearest hundredth: 50 → "0.83". */
function hours(minutes: number): string {
  const hundredths = Math.round((minutes * 100) / 60);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-GB", {
        timeZone,
        calendar: "gregory",
        numberingSystem: "latn",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instant` in the formatter's zone: "2026-11-03 14:05". */
function localDateTime(instant: Date, formatter: Intl.DateTimeFormat): string {
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new Error(`No ${type} in a formatted date`);
    return found.value;
  };
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/** Whether "YYYY-MM-DD" names a day that exists. */
function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

function checkRow(row: LogRow, index: number): void {
  const which = `Row ${index + 1}`;
  if (!isCalendarDate(row.date))
    throw new RangeError(`${which}: a date must be "YYYY-MM-DD", got ${JSON.stringify(row.date)}`);
  if (!Number.isInteger(row.minutes) || row.minutes < 0)
    throw new RangeError(
      `${which}: minutes must be a whole number from 0, got ${String(row.minutes)}`,
    );
  if (!(row.signedAt instanceof Date) || Number.isNaN(row.signedAt.getTime()))
    throw new RangeError(`${which}: signedAt must be a valid Date`);
}

/**
 * The log as CSV text, one row per entry in the order given: Date, Kind ("Individual" or
 * "Group"), Hours (two decimals), Minutes (exact), Supervisor, Format, Topic, Signed by and
 * Signed at (the local "YYYY-MM-DD HH:MM" in `opts.timeZone`, 24-hour clock).
 */
export function hourLogCsv(rows: readonly LogRow[], opts: HourLogOptions): string {
  const formatter = formatterFor(opts.timeZone);
  const records: string[][] = [[...HEADER]];
  rows.forEach((row, index) => {
    checkRow(row, index);
    records.push([
      csvValue(row.date),
      csvValue(KIND_LABELS[row.kind]),
      csvValue(hours(row.minutes)),
      csvValue(String(row.minutes)),
      csvText(row.supervisor),
      csvText(row.format),
      csvText(row.topic),
      csvText(row.signedBy),
      csvValue(localDateTime(row.signedAt, formatter)),
    ]);
  });
  return csvDocument(records);
}
