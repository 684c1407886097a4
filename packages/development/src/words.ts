/** Words for hours, days and licences, shared by the pages of both apps and the e-mails. */
import type { LicenceType } from "./requirements";

/** "3 hours", "1.5 hours", "1 hour", "0.25 hours" from whole minutes. */
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} ${hours === 1 ? "hour" : "hours"}`;
}

/** Whole minutes from hours as typed ("1.5", "1,5"); null when nothing or no number was typed. */
export function minutesFromHours(typed: string): number | null {
  const text = typed.trim().replace(",", ".");
  const hours = Number(text);
  return text === "" || !Number.isFinite(hours) ? null : Math.round(hours * 60);
}

/** "10 Mar 2026" from "2026-03-10" (a calendar day: no time zone to convert). */
export function dayText(day: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

const SHORT: Record<LicenceType, string> = {
  LPC: "LPC",
  LCSW: "LCSW",
  LMFT: "LMFT",
  psychologist: "Psychologist",
  other: "Licence",
};

/** A licence's name: its kind (or the name given for "other") and where it was issued. */
export function licenceName(licence: {
  type: LicenceType;
  typeName: string;
  jurisdiction: string;
}): string {
  const kind =
    licence.type === "other" && licence.typeName ? licence.typeName : SHORT[licence.type];
  return `${kind}, ${licence.jurisdiction}`;
}
