import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

import type { DomainErrorCode } from "@tend/services/errors";
import { DomainError } from "@tend/services/errors";

import { isDevelopment } from "./env";

export { DomainError };

const TRPC_CODES: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/** The one mapping from the domain's errors to tRPC codes. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.message, cause: error });
}

/** What a person is told about a failed call: a message, and messages per form field. */
export interface Failure {
  message: string;
  /** Keyed by the field's path in the input, dotted (`workingHours.end`), as forms name fields. */
  fieldErrors: Record<string, string[]>;
}

export const INTERNAL_FAILURE_MESSAGE =
  "Something went wrong on our side. Please try again in a moment.";

/** Zod's issues by dotted path; issues about the whole input are the message alone. */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    (fields[issue.path.join(".")] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * A failed procedure call (from a server action, through the server caller), told the way
 * /api/trpc's error formatter tells it: invalid input as `Invalid input: …`, a domain error in
 * its own words, and never a query, its parameters or a stack (the server log has them).
 */
export function describeFailure(error: unknown): Failure {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof ZodError)
    return {
      message: `Invalid input: ${cause.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ")}`,
      fieldErrors: fieldErrorsOf(cause),
    };
  if (cause instanceof DomainError)
    return { message: cause.message, fieldErrors: cause.fieldErrors ?? {} };
  if (error instanceof TRPCError && (error.code !== "INTERNAL_SERVER_ERROR" || isDevelopment))
    return { message: error.message, fieldErrors: {} };
  return { message: INTERNAL_FAILURE_MESSAGE, fieldErrors: {} };
}
