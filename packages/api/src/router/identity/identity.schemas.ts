/** Input schemas of identity and organisations: profiles, passwords, invitations. */
import { z } from "zod";

import { clockTimeSchema, plainText, timeZoneSchema } from "../../common.schemas";

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

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

export const invitationInputSchema = z.object({ token: invitationTokenSchema }).strict();

export const invitationAcceptSchema = z
  .object({
    token: invitationTokenSchema,
    name: plainText()
      .trim()
      .min(1, { message: "Enter your name." })
      .max(120, { message: "Use at most 120 characters." }),
    password: passwordSchema,
    /** The browser's zone for a new account; one the server does not know falls back to the organisation's. */
    timeZone: timeZoneSchema.optional().catch(undefined),
  })
  .strict();

export const organisationInputSchema = z
  .object({ organisationId: z.uuid({ message: "Choose an organisation." }) })
  .strict();

/* Outputs that carry other people's data: only these fields ever leave. */

const roleSchema = z.enum(["clinician", "supervisor", "admin"]);

export const personOutput = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  title: z.string().nullable(),
  teams: z.array(z.string()),
});

export const supervisionCounterpartOutput = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
});

export const teamOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number(),
});

/** An organisation's settings, as its admins edit them. */
export const organisationSettingsSchema = z.object({
  name: plainText()
    .trim()
    .min(1, { message: "Enter the organisation's name." })
    .max(120, { message: "Use at most 120 characters." }),
  timeZone: timeZoneSchema,
  reportThreshold: z
    .number({ message: "Enter a number of people." })
    .int({ message: "Use a whole number of people." })
    .min(5, { message: "Use 5 or more: a report figure always stands for at least 5 people." })
    .max(100, { message: "Use at most 100: larger thresholds hide almost every team." }),
});
