/** Input schemas of the prevention plan. */
import { z } from "zod";

import { STRATEGY_IDS } from "@tend/instruments";

import { plainText } from "../../common.schemas";

const commitmentText = plainText()
  .trim()
  .min(1, { message: "Write what you will do." })
  .max(300, { message: "Keep a commitment under 300 characters." });

const frequency = plainText()
  .trim()
  .max(60, { message: "Keep the frequency short, e.g. “twice a week”." })
  .transform((f) => (f === "" ? null : f))
  .nullable()
  .optional()
  .transform((f) => f ?? null);

const commitmentId = z.uuid({ message: "Choose a commitment." });

export const addCommitmentSchema = z
  .object({
    strategy: z.enum(STRATEGY_IDS, { message: "Choose a section of the plan." }),
    text: commitmentText,
    frequency,
  })
  .strict();

export const updateCommitmentSchema = z
  .object({ id: commitmentId, text: commitmentText, frequency })
  .strict();

export const commitmentIdSchema = z.object({ id: commitmentId }).strict();

export const commitmentDoneSchema = z
  .object({ id: commitmentId, done: z.boolean({ message: "Say whether it is done." }) })
  .strict();

export const endOfDayRitualSchema = z
  .object({
    endOfDayRitual: plainText()
      .trim()
      .max(500, { message: "Keep the ritual under 500 characters." }),
  })
  .strict();
