import type { FetchHandlerRequestOptions } from "@trpc/server/adapters/fetch";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import type { AppRouter } from "./root";
import type { Context } from "./trpc";
import { appRouter } from "./root";

export { ownOriginPolicy } from "./origin";

export interface ApiRequestOptions {
  req: Request;
  createContext: () => Context | Promise<Context>;
  /** Whether `origin` (the request's Origin header) is this app's own address. */
  isOwnOrigin: (origin: string) => boolean;
  onError?: FetchHandlerRequestOptions<AppRouter>["onError"];
}

/** Answers may carry wellbeing data: no browser, proxy or CDN may keep a copy. */
const NO_STORE = { "cache-control": "no-store" } as const;

/** A refusal in tRPC's error shape, before any procedure runs. */
function refuse(status: 403 | 415, code: "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE", message: string) {
  return Response.json(
    {
      error: {
        json: {
          message,
          code: status === 403 ? -32003 : -32015,
          data: { code, httpStatus: status },
        },
      },
    },
    { status, headers: NO_STORE },
  );
}

/**
 * Serves /api/trpc. Requests that change something (POST: mutations, and batches that may
 * hold them) must come from the app's own pages:
 * - their Origin must be the app's own, so another site cannot make a signed-in person's
 *   browser post to it (cross-site request forgery); a POST without Origin is refused too,
 *   as every browser sends one and the apps' own client is a browser;
 * - their body must be JSON, the only type the client (httpBatchLink) sends: forms and
 *   plain text, which other sites may post without asking, are never read.
 * - Reads too are refused when the browser says another site asked for them
 *   (`Sec-Fetch-Site: cross-site`): some reads are audited (an admin viewing a member's CE
 *   log), and another site must not be able to make them happen in someone's name.
 * Every answer carries `Cache-Control: no-store`.
 */
export async function handleApiRequest(opts: ApiRequestOptions): Promise<Response> {
  const { req } = opts;
  if (isCrossSite(req)) {
    return refuse(403, "FORBIDDEN", "This request did not come from one of Tend's own pages.");
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    const origin = req.headers.get("origin");
    if (!origin || !opts.isOwnOrigin(origin)) {
      return refuse(403, "FORBIDDEN", "This request did not come from one of Tend's own pages.");
    }
    const mediaType = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") {
      return refuse(415, "UNSUPPORTED_MEDIA_TYPE", "Send the request as JSON.");
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: 20,
    createContext: opts.createContext,
    onError: opts.onError,
    responseMeta: () => ({ headers: NO_STORE }),
  });
}

/**
 * Whether the browser says another site started this request. Browsers send `Sec-Fetch-Site`
 * with every request; tools that do not are not browsers another site could drive.
 */
export function isCrossSite(req: Request): boolean {
  return req.headers.get("sec-fetch-site") === "cross-site";
}
