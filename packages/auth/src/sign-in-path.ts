import { safeCallbackPath } from "./safe-path";

/**
 * The request header in which the apps' proxy passes the path and query a page was asked for,
 * so that a server component (which does not know its own URL) can send a signed-out person
 * to sign in and back. The proxy always overwrites it; its value is still checked by
 * `safeCallbackPath` before use, as anything from a request must be.
 */
export const REQUESTED_PATH_HEADER = "x-pathname";

/** Query parameters Next.js adds for its own requests, never part of a page's address. */
const INTERNAL_PARAMS = ["_rsc"];

/** The path and query a person asked for, as the proxy records it: internal parameters removed. */
export function requestedPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const name of INTERNAL_PARAMS) params.delete(name);
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/**
 * Where to send a signed-out person who asked for `path`: the sign-in page, with the path to
 * return to after sign-in when it is a safe path inside this app other than "/" or sign-in.
 */
export function signInPathFor(path: string | null | undefined): string {
  const back = safeCallbackPath(path);
  if (
    back === "/" ||
    back === "/sign-in" ||
    back.startsWith("/sign-in/") ||
    back.startsWith("/sign-in?")
  )
    return "/sign-in";
  return `/sign-in?${new URLSearchParams({ callbackUrl: back }).toString()}`;
}
