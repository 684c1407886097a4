/** Words and numbers of the development pages (safe in the browser). */
export { dayText, hoursText, licenceName } from "@tend/development";

/** The badge colours of a licence cycle's status, wherever it is shown. */
export const PROGRESS_STATUS_TONE = {
  complete: "bg-emerald-100 text-emerald-900",
  "on-track": "bg-sky-100 text-sky-900",
  "at-risk": "bg-amber-100 text-amber-950",
} as const;
