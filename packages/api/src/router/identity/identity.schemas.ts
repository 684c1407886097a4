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

const teamRefOutput = z.object({ id: z.uuid(), name: z.string() });

/** A member as the console lists them: who they are and where they work, no wellbeing data. */
export const personOutput = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  title: z.string().nullable(),
  teams: z.array(teamRefOutput),
  joinedAt: z.date(),
  deactivatedAt: z.date().nullable(),
});

export const peoplePageOutput = z.object({ total: z.number(), rows: z.array(personOutput) });

const supervisionLinkOutput = z.object({
  relationshipId: z.uuid(),
  membershipId: z.uuid(),
  name: z.string(),
  startedAt: z.date(),
});

export const personDetailOutput = personOutput.extend({
  supervisors: z.array(supervisionLinkOutput),
  supervisees: z.array(supervisionLinkOutput),
});

export const invitationOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  title: z.string().nullable(),
  teams: z.array(z.string()),
  expiresAt: z.date(),
  createdAt: z.date(),
  expired: z.boolean(),
});

export const bulkInviteOutput = z.object({
  invited: z.array(z.object({ line: z.number(), email: z.string(), mailed: z.boolean() })),
  rejected: z.array(
    z.object({ line: z.number(), email: z.string(), reasons: z.array(z.string()) }),
  ),
});

/* Inputs of the console's people management. */

const membershipIdSchema = z.uuid({ message: "Choose a member." });
const rolesSchema = z
  .array(roleSchema, { message: "Choose roles." })
  .min(1, { message: "Choose at least one role." })
  .max(3)
  .transform((roles) => [...new Set(roles)]);
const teamIdsSchema = z
  .array(z.uuid({ message: "Choose teams from the list." }))
  .max(50, { message: "Choose at most 50 teams." })
  .transform((ids) => [...new Set(ids)]);
const jobTitleSchema = plainText()
  .trim()
  .max(120, { message: "Use at most 120 characters." })
  .transform((t) => t || null)
  .nullable()
  .transform((t) => t ?? null);

export const peopleSearchSchema = z
  .object({
    search: plainText().trim().max(100, { message: "Use at most 100 characters." }).default(""),
    teamId: z.uuid({ message: "Choose a team from the list." }).nullable().default(null),
    role: roleSchema.nullable().default(null),
    status: z.enum(["active", "deactivated", "all"]).default("active"),
    sort: z.enum(["name", "email", "title", "joined"]).default("name"),
    direction: z.enum(["asc", "desc"]).default("asc"),
    page: z.number().int().min(1, { message: "Pages start at 1." }).max(10_000).default(1),
    pageSize: z.number().int().min(10).max(100).default(25),
  })
  .strict();

export const membershipInputSchema = z.object({ membershipId: membershipIdSchema }).strict();

export const personUpdateSchema = z
  .object({
    membershipId: membershipIdSchema,
    roles: rolesSchema,
    teamIds: teamIdsSchema,
    title: jobTitleSchema,
  })
  .strict();

export const invitationCreateSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .email({ message: "Enter an e-mail address such as robin@clinic.example." })
      .max(320),
    name: plainText().trim().max(120, { message: "Use at most 120 characters." }).default(""),
    roles: rolesSchema,
    teamIds: teamIdsSchema.default([]),
    title: jobTitleSchema.default(null),
  })
  .strict();

export const invitationBulkSchema = z
  .object({
    csv: z
      .string()
      .min(1, { message: "Choose a CSV file." })
      .max(1_000_000, { message: "The file is larger than 1 MB: split it into smaller files." }),
  })
  .strict();

export const invitationIdSchema = z
  .object({ invitationId: z.uuid({ message: "Choose an invitation." }) })
  .strict();

export const supervisionAssignSchema = z
  .object({
    supervisorMembershipId: membershipIdSchema,
    superviseeMembershipId: membershipIdSchema,
  })
  .strict();

export const supervisionEndSchema = z
  .object({ relationshipId: z.uuid({ message: "Choose a supervision." }) })
  .strict();

const teamNameSchema = plainText()
  .trim()
  .min(1, { message: "Enter the team's name." })
  .max(80, { message: "Use at most 80 characters." });
const teamDescriptionSchema = plainText()
  .trim()
  .max(300, { message: "Use at most 300 characters." })
  .default("");

export const teamCreateSchema = z
  .object({ name: teamNameSchema, description: teamDescriptionSchema })
  .strict();

export const teamUpdateSchema = z
  .object({
    teamId: z.uuid({ message: "Choose a team." }),
    name: teamNameSchema,
    description: teamDescriptionSchema,
  })
  .strict();

export const teamArchiveSchema = z
  .object({ teamId: z.uuid({ message: "Choose a team." }), archived: z.boolean() })
  .strict();

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
  archivedAt: z.date().nullable(),
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
