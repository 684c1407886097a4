import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { TRPCError } from "@trpc/server";

import type { DomainErrorCode } from "@tend/services/errors";
import { DomainError } from "@tend/services/errors";

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
