/**
 * Schema building blocks every capability uses (safe to import in the browser).
 */
import { z } from "zod";

/** Control characters (other than tab and line breaks) are refused: PostgreSQL cannot store NUL in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/**
 * Half of a UTF-16 surrogate pair without its other half: not a character at all. It cannot be
 * encoded as UTF-8, so it would be stored as U+FFFD and differ from what was confirmed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const CONTROL_MESSAGE = "Remove the control characters from this text.";

/** A string of ordinary text; chain .trim(), .min() and .max() as usual. */
export const plainText = () =>
  z
    .string()
    .regex(NO_CONTROL_CHARACTERS, { message: CONTROL_MESSAGE })
    .refine((text) => !LONE_SURROGATE.test(text), { message: CONTROL_MESSAGE });

const supportedTimeZones = new Set<string>(["UTC", ...Intl.supportedValuesOf("timeZone")]);

export const timeZoneSchema = z.string().refine((tz) => supportedTimeZones.has(tz), {
  message: "Choose a time zone from the list (an IANA name such as Europe/London).",
});

export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Use a 24-hour time such as 09:00." });
