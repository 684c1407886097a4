import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "./root";
import { appRouter } from "./root";
import { createCallerFactory, createTRPCContext } from "./trpc";

/** Server-side caller: `createCaller(createTRPCContext({ db, session }))`. Middleware runs as over HTTP. */
const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export { appRouter, createCaller, createTRPCContext };
export type { AppRouter };
export type { SessionUser } from "./trpc";
export { DomainError, describeFailure, INTERNAL_FAILURE_MESSAGE } from "./errors";
export type { Failure } from "./errors";
export { handleApiRequest, isCrossSite, ownOriginPolicy } from "./http";
