/**
 * The id that ties one request's log lines together. It comes from the `x-request-id` header
 * of a trusted proxy in front of the apps when that is short and plain, and is made up
 * otherwise. No Node-only imports: the apps' proxy uses this too.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function isSafeRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SAFE_REQUEST_ID.test(value);
}

/** The request's own id when it is safe to log, else a fresh random one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return isSafeRequestId(given) ? given : crypto.randomUUID();
}
