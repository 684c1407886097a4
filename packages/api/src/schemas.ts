/**
 * Input schemas shared by procedures and the apps' forms (safe to import in the browser).
 */
import { z } from "zod";

/** Control characters (other than tab and line breaks) are refused: PostgreSQL cannot store NUL in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** A string of ordinary text; chain .trim(), .min() and .max() as usual. */
export const plainText = () =>
  z
    .string()
    .regex(NO_CONTROL_CHARACTERS, { message: "Remove the control characters from this text." });

const supportedTimeZones = new Set<string>(["UTC", ...Intl.supportedValuesOf("timeZone")]);

export const timeZoneSchema = z.string().refine((tz) => supportedTimeZones.has(tz), {
  message: "Choose a time zone from the list (an IANA name such as Europe/London).",
});

export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Use a 24-hour time such as 09:00." });

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export const workingHoursSchema = z
  .object({
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, { message: "Choose at least one working day." })
      .refine((d) => new Set(d).size === d.length, { message: "Each day may appear once." })
      .transform((d) => [...d].sort((a, b) => a - b)),
    start: clockTimeSchema,
    end: clockTimeSchema,
  })
  .refine((w) => minutes(w.start) < minutes(w.end), {
    message: "The working day must end after it starts.",
    path: ["end"],
  });

export const quietHoursSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((q) => q.start !== q.end, {
    message: "Quiet hours must start and end at different times.",
    path: ["end"],
  });

export const profileUpdateSchema = z
  .object({
    name: plainText()
      .trim()
      .min(1, { message: "Enter your name." })
      .max(120, { message: "Use at most 120 characters." }),
    timeZone: timeZoneSchema,
    workingHours: workingHoursSchema,
    quietHours: quietHoursSchema,
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "Nothing to update." });

export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { message: "Use at most 200 characters." });

export const invitationTokenSchema = z
  .string()
  .min(16, { message: "This invitation link is incomplete." })
  .max(200);
