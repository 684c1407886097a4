/** Input and output schemas of self-checks: taking, reading, sharing, settings. */
import { z } from "zod";

import type { InstrumentId } from "@tend/instruments";
import type { presentInstrument } from "@tend/services/self-check";
import { INSTRUMENT_IDS, INSTRUMENTS } from "@tend/instruments";

import { plainText } from "../../common.schemas";

const ids = INSTRUMENTS.map((i) => i.id) as [InstrumentId, ...InstrumentId[]];

export const instrumentIdSchema = z.enum(ids, {
  message: `Choose one of the self-checks: ${ids.join(", ")}.`,
});

export const answersSchema = z
  .record(
    z.string().regex(/^[a-z0-9_-]{1,24}$/, { message: "Unknown item." }),
    z
      .number({ message: "Each answer is a number." })
      .int({ message: "Each answer is a whole number." }),
  )
  .refine((a) => Object.keys(a).length <= 60, { message: "Too many answers." });

export const responseIdSchema = z.uuid({ message: "This result link is not valid." });

export const instrumentInputSchema = z.object({ instrumentId: instrumentIdSchema }).strict();

export const responseInputSchema = z.object({ responseId: responseIdSchema }).strict();

export const submitSchema = z
  .object({ instrumentId: instrumentIdSchema, answers: answersSchema })
  .strict();

export const cadenceSchema = z
  .object({
    instrumentId: instrumentIdSchema,
    everyDays: z
      .number()
      .int({ message: "Use a whole number of days." })
      .min(1, { message: "Choose at least every day." })
      .max(365, { message: "Choose at most once a year." }),
    paused: z.boolean(),
  })
  .strict();

/* Sharing one result with one supervisor */

export const shareCreateSchema = z
  .object({
    responseId: z.uuid({ message: "Choose a result to share." }),
    supervisorMembershipId: z.uuid({ message: "Choose one of your supervisors." }),
    note: plainText()
      .trim()
      .max(500, { message: "Keep the note under 500 characters." })
      .optional(),
  })
  .strict();

export const shareIdSchema = z
  .object({ shareId: z.uuid({ message: "This share link is not valid." }) })
  .strict();

/* Organisation settings */

export const supportResourcesSchema = z
  .object({
    text: plainText()
      .trim()
      .min(20, { message: "Write at least a sentence, and include an emergency number." })
      .max(2000, { message: "Keep the text under 2,000 characters." })
      .nullable(),
  })
  .strict();

const roleWord = plainText()
  .trim()
  .max(30, { message: "Use at most 30 characters." })
  .regex(/^[\p{L} '-]*$/u, { message: "Use letters, spaces, hyphens or apostrophes only." });

export const roleWordsSchema = z
  .object({ help: roleWord, helper: roleWord, helping: roleWord, helped: roleWord, work: roleWord })
  .strict();

/* What a supervisor receives of a shared result: only these fields ever leave. */

const subscaleResultOutput = z.object({
  subscaleId: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  display: z.number().nullable(),
  scored: z.boolean(),
  answered: z.number(),
  required: z.number(),
  band: z.object({ id: z.enum(["low", "moderate", "high"]), label: z.string() }).optional(),
  marker: z.object({ id: z.literal("high_burnout"), label: z.string() }).optional(),
  flagged: z.boolean().optional(),
});

/** Scores and bands; never the answers. */
const scoreResultOutput = z.object({
  instrumentId: z.enum(INSTRUMENT_IDS),
  instrumentVersion: z.string(),
  subscales: z.array(subscaleResultOutput).readonly(),
});

export const sharedSummaryOutput = z.object({
  id: z.uuid(),
  ownerName: z.string(),
  instrumentId: z.string(),
  instrumentName: z.string(),
  completedAt: z.date(),
  sharedAt: z.date(),
  note: z.string(),
});

/** The instrument's public description (our data, not the person's), passed through as built. */
const presentedInstrument = z.custom<ReturnType<typeof presentInstrument>>(
  (value) => typeof value === "object" && value !== null,
);

export const sharedResultOutput = sharedSummaryOutput.omit({ instrumentName: true }).extend({
  instrumentId: z.enum(INSTRUMENT_IDS),
  instrumentVersion: z.string(),
  result: scoreResultOutput,
  instrument: presentedInstrument,
});
