/** Input schemas of professional development: licences and the CE log. */
import { z } from "zod";

import { CE_CATEGORIES, CE_FORMATS, isIsoDate, LICENCE_TYPES } from "@tend/development";

import { plainText } from "../../common.schemas";

/**
 * A calendar day of a working life: a two-digit year typed into a date field is refused here.
 * One message a field: what is not a date at all is not also told about its year.
 */
const day = (what: string) =>
  z.iso
    .date({ message: `Give ${what} as a date (YYYY-MM-DD).`, abort: true })
    .refine(isIsoDate, { message: `Give ${what} with a four-digit year between 1900 and 2200.` });

const licenceFields = z
  .object({
    type: z.enum(LICENCE_TYPES, { message: "Choose a kind of licence." }),
    typeName: plainText()
      .trim()
      .max(80, { message: "Keep the licence's name under 80 characters." })
      .optional(),
    jurisdiction: plainText()
      .trim()
      .min(1, { message: "Say which state, province or country issued it." })
      .max(80, { message: "Keep the jurisdiction under 80 characters." }),
    number: plainText()
      .trim()
      .max(40, { message: "Keep the licence number under 40 characters." })
      .optional(),
    status: z.enum(["active", "pursuing"], {
      message: "Say whether you hold it or work toward it.",
    }),
    issuedOn: day("the issue date").nullable(),
    cycleStart: day("the cycle's first day").nullable(),
    cycleEnd: day("the cycle's last day").nullable(),
    templateId: z.uuid({ message: "Choose requirements from the list." }).nullable(),
    supervisedMinutesRequired: z
      .number()
      .int({ message: "Give whole hours." })
      .min(60, { message: "Give at least one hour." })
      .max(10_000 * 60, { message: "Give at most 10,000 hours." })
      .nullable(),
  })
  .strict();

/** The shape rules a form can state: a cycle needs both ends in order, "other" needs a name. */
const licenceRules = <T extends z.infer<typeof licenceFields>>(
  licence: T,
  ctx: z.RefinementCtx,
) => {
  if ((licence.cycleStart === null) !== (licence.cycleEnd === null))
    ctx.addIssue({
      code: "custom",
      path: [licence.cycleStart === null ? "cycleStart" : "cycleEnd"],
      message: "Give both the first and the last day of the renewal cycle, or neither.",
    });
  if (licence.cycleStart && licence.cycleEnd && licence.cycleEnd < licence.cycleStart)
    ctx.addIssue({
      code: "custom",
      path: ["cycleEnd"],
      message: "The cycle's last day comes after its first.",
    });
  if (licence.type === "other" && !licence.typeName)
    ctx.addIssue({ code: "custom", path: ["typeName"], message: "Name the licence." });
  if (licence.status === "pursuing" && licence.supervisedMinutesRequired === null)
    ctx.addIssue({
      code: "custom",
      path: ["supervisedMinutesRequired"],
      message: "Say how many supervised hours the licence requires.",
    });
};

export const addLicenceSchema = licenceFields.superRefine(licenceRules);
export const changeLicenceSchema = licenceFields
  .extend({ licenceId: z.uuid({ message: "Choose a licence." }) })
  .superRefine(licenceRules);
export const licenceIdSchema = z
  .object({ licenceId: z.uuid({ message: "Choose a licence." }) })
  .strict();

const entryFields = z
  .object({
    title: plainText()
      .trim()
      .min(1, { message: "Name the course or activity." })
      .max(200, { message: "Keep the title under 200 characters." }),
    provider: plainText()
      .trim()
      .max(120, { message: "Keep the provider under 120 characters." })
      .default(""),
    date: day("the date"),
    minutes: z
      .number()
      .int({ message: "Give hours in quarters (0.25, 0.5, …)." })
      .min(15, { message: "Give at least a quarter of an hour." })
      .max(6000, { message: "Give at most 100 hours for one entry." })
      .refine((m) => m % 15 === 0, { message: "Give hours in quarters (0.25, 0.5, …)." }),
    format: z.enum(CE_FORMATS, { message: "Choose how it was taken." }),
    categories: z
      .array(z.enum(CE_CATEGORIES, { message: "Choose subjects from the list." }))
      .max(CE_CATEGORIES.length)
      .refine((c) => new Set(c).size === c.length, { message: "Choose each subject once." }),
    licenceIds: z
      .array(z.uuid({ message: "Choose licences from your list." }))
      .max(20, { message: "Choose at most 20 licences." }),
  })
  .strict();

export const addEntrySchema = entryFields;
export const changeEntrySchema = entryFields.extend({
  entryId: z.uuid({ message: "Choose an entry." }),
});
export const entryIdSchema = z
  .object({ entryId: z.uuid({ message: "Choose an entry." }) })
  .strict();

/** A certificate's file, sent by a server action (a `File` cannot travel as JSON). */
export const attachCertificateSchema = z
  .object({
    entryId: z.uuid({ message: "Choose an entry." }),
    file: z.instanceof(File, { message: "Choose the certificate's file." }),
  })
  .strict();

const goalFields = {
  title: plainText()
    .trim()
    .min(1, { message: "Say what you want to reach." })
    .max(200, { message: "Keep a goal under 200 characters." }),
  dueOn: day("the date you aim for").nullable(),
};

export const addGoalSchema = z.object(goalFields).strict();
export const changeGoalSchema = z
  .object({
    ...goalFields,
    goalId: z.uuid({ message: "Choose a goal." }),
    progress: z
      .number()
      .int({ message: "Give progress as a whole percentage." })
      .min(0, { message: "Progress is from 0 to 100 %." })
      .max(100, { message: "Progress is from 0 to 100 %." }),
    done: z.boolean(),
  })
  .strict();
export const goalIdSchema = z.object({ goalId: z.uuid({ message: "Choose a goal." }) }).strict();

const workshopId = z.uuid({ message: "Choose a workshop from the catalog." });

/** A workshop an admin publishes: dated or self-paced, with its hours, format and subjects. */
const workshopFields = z
  .object({
    title: plainText()
      .trim()
      .min(1, { message: "Name the workshop or course." })
      .max(200, { message: "Keep the title under 200 characters." }),
    provider: plainText()
      .trim()
      .max(120, { message: "Keep the provider under 120 characters." })
      .default(""),
    description: plainText()
      .trim()
      .max(2000, { message: "Keep the description under 2,000 characters." })
      .default(""),
    startsOn: day("the day it takes place").nullable(),
    minutes: entryFields.shape.minutes,
    format: z.enum(CE_FORMATS, { message: "Choose how it is taken." }),
    categories: entryFields.shape.categories,
    link: z
      .union([
        z.literal(""),
        z
          .url({ protocol: /^https$/u, message: "Give the link as an https:// address." })
          .max(500, { message: "Keep the link under 500 characters." }),
      ])
      .default(""),
  })
  .strict();

export const publishWorkshopSchema = workshopFields;
export const changeWorkshopSchema = workshopFields.extend({ workshopId });
export const archiveWorkshopSchema = z
  .object({ workshopId, archived: z.boolean({ message: "Say whether to archive it." }) })
  .strict();
export const workshopIdSchema = z.object({ workshopId }).strict();

const QUARTERS = "Give hours in quarters (0.25, 0.5, …).";
const inQuarters = (minutes: number) => minutes % 15 === 0;

/** Rules a template holds, in minutes: their sense is `checkTemplate`'s to judge. */
const templateFields = z
  .object({
    name: plainText()
      .trim()
      .min(1, { message: "Name the template." })
      .max(120, { message: "Keep the name under 120 characters." }),
    licenceType: z.enum(LICENCE_TYPES, { message: "Choose a kind of licence." }),
    jurisdiction: plainText()
      .trim()
      .min(1, { message: "Say which state, province or country's rules these are." })
      .max(80, { message: "Keep the jurisdiction under 80 characters." }),
    cycleMonths: z
      .number({ message: "Give the cycle's length in months." })
      .int({ message: "Give whole months." })
      .min(1, { message: "A renewal cycle lasts from 1 to 120 months." })
      .max(120, { message: "A renewal cycle lasts from 1 to 120 months." }),
    totalMinutes: z
      .number({ message: "Give the hours a cycle needs." })
      .int({ message: QUARTERS, abort: true })
      .min(15, { message: "A cycle needs some hours in all." })
      .max(1000 * 60, { message: "Give at most 1,000 hours." })
      .refine(inQuarters, { message: QUARTERS }),
    categories: z
      .array(
        z.object({
          category: z.enum(CE_CATEGORIES, { message: "Choose subjects from the list." }),
          minMinutes: z
            .number({ message: "Give a subject's minimum in hours." })
            .int({ message: QUARTERS, abort: true })
            .min(15, { message: "A subject's minimum needs some hours." })
            .max(1000 * 60, { message: "Give at most 1,000 hours." })
            .refine(inQuarters, { message: QUARTERS }),
        }),
      )
      .max(CE_CATEGORIES.length),
    caps: z
      .array(
        z.object({
          formats: z
            .array(z.enum(CE_FORMATS, { message: "Choose formats from the list." }))
            .min(1, { message: "A limit applies to at least one format." })
            .max(CE_FORMATS.length),
          maxMinutes: z
            .number({ message: "Give a limit in hours." })
            .int({ message: QUARTERS, abort: true })
            .min(0, { message: "A limit cannot be negative." })
            .max(1000 * 60, { message: "Give at most 1,000 hours." })
            .refine(inQuarters, { message: QUARTERS }),
        }),
      )
      .max(6, { message: "Give at most six limits." }),
    carryOverMaxMinutes: z
      .number({ message: "Give the hours that may carry over, or leave it empty." })
      .int({ message: QUARTERS, abort: true })
      .min(0, { message: "Carry-over cannot be negative." })
      .max(1000 * 60, { message: "Give at most 1,000 hours." })
      .refine(inQuarters, { message: QUARTERS }),
  })
  .strict();

export const addTemplateSchema = templateFields;
export const changeTemplateSchema = templateFields.extend({
  templateId: z.uuid({ message: "Choose a template." }),
});
export const archiveTemplateSchema = z
  .object({
    templateId: z.uuid({ message: "Choose a template." }),
    archived: z.boolean({ message: "Say whether to archive it." }),
  })
  .strict();

const membershipId = z.uuid({ message: "Choose a member." });
export const memberIdSchema = z.object({ membershipId }).strict();
export const memberCertificateSchema = z
  .object({ membershipId, entryId: z.uuid({ message: "Choose an entry." }) })
  .strict();

// Outputs of an admin's review of a member's CE log: what leaves, and nothing else.

const dayOut = z.iso.date();
const format = z.enum(CE_FORMATS);
const category = z.enum(CE_CATEGORIES);

export const memberLogOutput = z.object({
  person: z.object({ membershipId: z.uuid(), name: z.string() }),
  licences: z.array(
    z.object({
      id: z.uuid(),
      type: z.enum(LICENCE_TYPES),
      typeName: z.string(),
      jurisdiction: z.string(),
      number: z.string(),
      status: z.enum(["active", "pursuing"]),
      issuedOn: dayOut.nullable(),
      cycleStart: dayOut.nullable(),
      cycleEnd: dayOut.nullable(),
      template: z.object({ name: z.string(), example: z.boolean() }).nullable(),
      progress: z
        .object({
          cycle: z.object({ start: dayOut, end: dayOut }),
          daysLeft: z.number(),
          required: z.number(),
          counted: z.number(),
          missing: z.number(),
          status: z.enum(["complete", "on-track", "at-risk"]),
          categories: z.array(
            z.object({
              category,
              required: z.number(),
              counted: z.number(),
              missing: z.number(),
            }),
          ),
        })
        .nullable(),
    }),
  ),
  entries: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      provider: z.string(),
      date: dayOut,
      minutes: z.number(),
      format,
      categories: z.array(category),
      licenceIds: z.array(z.uuid()),
      hasCertificate: z.boolean(),
      fromWorkshop: z.boolean(),
    }),
  ),
});

export const certificateOutput = z.object({
  filename: z.string(),
  contentType: z.enum(["application/pdf", "image/png", "image/jpeg"]),
  base64: z.string(),
});

export const memberLogCsvOutput = z.object({ filename: z.string(), csv: z.string() });
