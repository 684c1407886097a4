import { createTRPCContext, handleApiRequest, ownOriginPolicy } from "@tend/api";
import { sessionUserOf } from "@tend/auth";
import { devOutboxEnabled, env, isDevelopment } from "@tend/auth/env";
import { getDb } from "@tend/db";
import { createLogger } from "@tend/logger";
import { requestIdFrom } from "@tend/logger/request-id";

/** Mutations are accepted only from the app's own address (AUTH_URL). */
const isOwnOrigin = ownOriginPolicy({ appUrl: env.AUTH_URL, development: isDevelopment });

const log = createLogger("trpc");

/** The /api/trpc route handler of both apps. */
export async function handleTRPCRequest(req: Request): Promise<Response> {
  return handleApiRequest({
    req,
    isOwnOrigin,
    createContext: async () =>
      createTRPCContext({
        db: getDb(),
        session: await sessionUserOf(req),
        headers: req.headers,
        devTools: devOutboxEnabled,
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        log.error(
          { requestId: requestIdFrom(req.headers), path: path ?? null, err: error },
          "tRPC procedure failed",
        );
      else
        log.debug(
          { requestId: requestIdFrom(req.headers), path: path ?? null, code: error.code },
          "tRPC procedure refused",
        );
    },
  });
}
