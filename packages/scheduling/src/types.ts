/**
 * Structural copies of the schedule settings stored on a user (see `@tend/db`'s identity schema).
 * Redeclared here so that this package stays free of workspace imports and I/O.
 */

/** Days (0 = Sunday … 6 = Saturday) and a daily "HH:MM" window in the person's own time zone. */
export interface WorkingHours {
  days: readonly number[];
  start: string;
  end: string;
}

/** A nightly "HH:MM" window in the person's own time zone in which nothing notifies them; may cross midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** What the scheduling functions need to know about a person. */
export interface PersonSchedule {
  /** IANA time zone name, e.g. "Europe/London". */
  timeZone: string;
  quietHours: QuietHours;
  workingHours: WorkingHours;
}
