import { z } from "zod";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = z.object({
  /** The least severe level written to stdout; `silent` writes nothing. */
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}.` })
    .default("info"),
});

const { LOG_LEVEL } = process.env;
export const env = schema.parse({ LOG_LEVEL: LOG_LEVEL === "" ? undefined : LOG_LEVEL });
