import { z } from "zod";

import { INSTRUMENTS } from "@tend/instruments";
import type { InstrumentId } from "@tend/instruments";

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
