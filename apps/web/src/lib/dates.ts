import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** "12 Mar 2026" in the person's own time zone. */
export const formatDate = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "d MMM yyyy");

/** "12 Mar 2026, 14:05" in the person's own time zone. */
export const formatDateTime = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "d MMM yyyy, HH:mm");

/** "Thu 12 Mar 2026, 14:05" in the person's own time zone (meetings, where the weekday matters). */
export const formatMeetingTime = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "EEE d MMM yyyy, HH:mm");

/** "07:30" in the person's own time zone. */
export const formatTime = (instant: Date, timeZone: string) =>
  format(new TZDate(instant, timeZone), "HH:mm");
