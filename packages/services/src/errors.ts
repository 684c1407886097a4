/** What went wrong, in the domain's words. The API maps each code to a tRPC (and HTTP) code in one place. */
export type DomainErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

/** A failure the caller can act on; its message is shown to people as written. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Optional per-field messages, shown beside form fields. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}
