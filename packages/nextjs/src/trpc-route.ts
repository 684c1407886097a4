import { createTRPCContext, handleApiRequest, ownOriginPolicy } from "@tend/api";
import { sessionUserOf } from "@tend/auth";
import { devOutboxEnabled, env, isDevelopment, portalUrl } from "@tend/auth/env";
import { getDb } from "@tend/db";
import { createLogger } from "@tend/logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "@tend/logger/request-id";

/** Mutations are accepted only from the app's own address (AUTH_URL). */
const isOwnOrigin = ownOriginPolicy({ appUrl: env.AUTH_URL, development: isDevelopment });

const log = createLogger("trpc");

/**
 * The /api/trpc route handler of both apps. The apps' proxy does not run for /api/ (its page
 * policy means nothing to JSON), so the request id that ties the logs together is made here.
 */
export async function handleTRPCRequest(req: Request): Promise<Response> {
  const requestId = requestIdFrom(req.headers);
  const response = await handleApiRequest({
    req,
    isOwnOrigin,
    createContext: async () =>
      createTRPCContext({
        db: getDb(),
        session: await sessionUserOf(req),
        headers: req.headers,
        devTools: devOutboxEnabled,
        webUrl: portalUrl(),
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        log.error({ requestId, path: path ?? null, err: error }, "tRPC procedure failed");
      else log.debug({ requestId, path: path ?? null, code: error.code }, "tRPC procedure refused");
    },
  });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}
