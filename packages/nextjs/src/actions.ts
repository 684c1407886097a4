import "server-only";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";

import type { Failure } from "@tend/api";
import { describeFailure, INTERNAL_FAILURE_MESSAGE } from "@tend/api";
import { createLogger } from "@tend/logger";
import { requestIdFrom } from "@tend/logger/request-id";

import { serverApi } from "./server";

/** What a server action that calls a procedure answers: its output, or what went wrong. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: Failure };

type Caller = Awaited<ReturnType<typeof serverApi>>;

const log = createLogger("action");

/**
 * Runs one procedure for a server action, through the server caller: the same input schema,
 * middleware and authorisation as /api/trpc. A failure comes back as words for the person
 * (`describeFailure`), never as a thrown error, which React would hide; Next.js's own
 * signals (redirect, not found) pass through.
 */
export async function callProcedure<T>(
  call: (api: Caller) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call(await serverApi()) };
  } catch (error) {
    unstable_rethrow(error);
    const failure = describeFailure(error);
    const requestId = requestIdFrom(await headers());
    if (failure.message === INTERNAL_FAILURE_MESSAGE)
      log.error({ requestId, err: error }, "Server action failed");
    else log.debug({ requestId, message: failure.message }, "Server action refused");
    return { ok: false, error: failure };
  }
}
