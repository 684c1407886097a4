/**
 * The tRPC server: 1. context, 2. initialisation, 3. procedures.
 * Who may call what is decided here, by the procedure factories, and nowhere else.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { Db } from "@tend/db";
import type { MembershipSummary, ResolvedSession } from "@tend/db/queries";
import type { Role } from "@tend/db/schema";
import type { MemberActor, UserActor } from "@tend/services/actor";
import { resolveSession } from "@tend/db/queries";

import { isDevelopment } from "./env";
import { DomainError, toTRPCError } from "./errors";

/* ---------------------------------------------------------------------------------------------
 * 1. CONTEXT
 * -------------------------------------------------------------------------------------------*/

/** The signed-in person as the app's session reports them; null when signed out. */
export interface SessionUser {
  id: string;
  /** The account's session version when the session was issued (see `bumpSessionVersion`). */
  sessionVersion: number;
}

export interface CreateContextOptions {
  db: Db;
  session: SessionUser | null;
  /** Request headers, where there is a request (route handlers, server components). */
  headers?: Headers;
  /** Development-only tools (the mail outbox) are served only when true. */
  devTools?: boolean;
  /** The clinician portal's public address, for links in mail (an invitation's). */
  webUrl?: string;
}

const NO_SESSION: Promise<ResolvedSession> = Promise.resolve({
  current: false,
  caller: null,
  membership: null,
});

export function createTRPCContext(opts: CreateContextOptions) {
  let resolved: Promise<ResolvedSession> | undefined;
  const { db, session } = opts;
  return {
    db,
    session,
    headers: opts.headers ?? new Headers(),
    devTools: opts.devTools ?? false,
    webUrl: opts.webUrl ?? "http://localhost:3000",
    /**
     * Whether the session is still current, and the active membership: one query, run at most
     * once per context (one per request), whichever procedures and pages ask.
     */
    resolveSession: (): Promise<ResolvedSession> =>
      (resolved ??= session
        ? resolveSession(db, { userId: session.id, sessionVersion: session.sessionVersion })
        : NO_SESSION),
    /** After a mutation (which may switch organisation or end sessions), resolve afresh. */
    forgetResolvedSession: () => {
      resolved = undefined;
    },
  };
}

export type Context = ReturnType<typeof createTRPCContext>;

/* ---------------------------------------------------------------------------------------------
 * 2. INITIALISATION
 * -------------------------------------------------------------------------------------------*/

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? (z.flattenError(cause).fieldErrors as Record<string, string[]>)
        : cause instanceof DomainError
          ? (cause.fieldErrors ?? null)
          : null;
    // A body the transport could not read (not JSON, not superjson's shape): its parser's
    // message names internals, so say it plainly.
    const unreadable =
      (error.code === "PARSE_ERROR" || error.code === "BAD_REQUEST") &&
      cause instanceof Error &&
      !(cause instanceof ZodError) &&
      !(cause instanceof DomainError);
    const message =
      cause instanceof ZodError
        ? `Invalid input: ${cause.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ")}`
        : unreadable
          ? "The request could not be read."
          : error.code === "INTERNAL_SERVER_ERROR" && !isDevelopment
            ? // Never show a query, its parameters or a stack to people; the server log has them.
              "Something went wrong on our side. Please try again in a moment."
            : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
        ...(isDevelopment ? { stack: shape.data.stack } : {}),
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/* ---------------------------------------------------------------------------------------------
 * 3. PROCEDURES
 * -------------------------------------------------------------------------------------------*/

/** Turns a DomainError thrown anywhere below into its tRPC code, for HTTP and server callers alike. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw toTRPCError(cause);
  // A unique constraint that a concurrent request got to first: a conflict, not a crash.
  if ((cause as { cause?: { code?: string } } | undefined)?.cause?.code === "23505") {
    throw new TRPCError({
      code: "CONFLICT",
      message: "That was just saved by another request. Please reload and check.",
      cause,
    });
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(domainErrors);

/**
 * Signed in with a current session (401 otherwise: signed out, or the session was ended by
 * "sign out everywhere", a new password or deactivation). Narrows `ctx.user` and `ctx.actor`,
 * the caller that domain functions take.
 */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next, type }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  const resolved = await ctx.resolveSession();
  if (!resolved.current) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Your session has ended. Please sign in again.",
    });
  }
  try {
    const actor: UserActor = { userId: ctx.session.id, ...resolved.caller };
    return await next({ ctx: { user: ctx.session, actor } });
  } finally {
    if (type === "mutation") ctx.forgetResolvedSession();
  }
});

/**
 * A member of the active organisation (403 otherwise). Narrows `ctx.membership`:
 * every query below is scoped by `ctx.membership.organisationId`.
 */
export const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const { membership } = await ctx.resolveSession();
  if (!membership) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You are not a member of any organisation.",
    });
  }
  const actor: MemberActor = { ...ctx.actor, membership };
  return next({ ctx: { membership, actor } });
});

export const hasRole = (membership: MembershipSummary, role: Role): boolean =>
  membership.roles.includes(role);

/** A member holding `role` in the active organisation (403 otherwise). */
export const roleProcedure = (role: Extract<Role, "supervisor" | "admin" | "clinician">) =>
  orgProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.membership, role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `Only ${role}s of ${ctx.membership.organisationName} can do this.`,
      });
    }
    return next();
  });

export const supervisorProcedure = roleProcedure("supervisor");
export const adminProcedure = roleProcedure("admin");

/** Development tools: answered as if absent (404) unless the app runs with dev tools on. */
export const devToolsProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.devTools) throw new TRPCError({ code: "NOT_FOUND", message: "Not found." });
  return next();
});
/** Clinicians: the only role that takes self-checks and keeps a prevention plan. */
export const clinicianProcedure = roleProcedure("clinician");
