import type { Logger } from "pino";
import { pino } from "pino";

import { env } from "./env";

export type { Logger };

/**
 * The process's root logger: one JSON object per line on stdout, at LOG_LEVEL. Errors go under
 * `err` (message, stack and cause are serialised); never log passwords, tokens or answers.
 */
const root = pino({
  level: env.LOG_LEVEL,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

/** A logger for one part of the system (`trpc`, `worker`, `mail`…); `.child({ … })` adds fields. */
export function createLogger(name: string): Logger {
  return root.child({ name });
}
