import "server-only";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { createCaller, createTRPCContext } from "@tend/api";
import { currentSessionUser } from "@tend/auth";
import { devOutboxEnabled, portalUrl } from "@tend/auth/env";
import { REQUESTED_PATH_HEADER, signInPathFor } from "@tend/auth/sign-in-path";
import { getDb } from "@tend/db";

/** The tRPC context of this request: one per request, so the session is resolved once. */
const requestContext = cache(async () =>
  createTRPCContext({
    db: getDb(),
    session: await currentSessionUser(),
    headers: await headers(),
    devTools: devOutboxEnabled,
    webUrl: portalUrl(),
  }),
);

/**
 * The tRPC caller for server components and actions: the same procedures, middleware and
 * authorisation as /api/trpc, without HTTP. One per request.
 */
export const serverApi = cache(async () => createCaller(await requestContext()));

/**
 * The caller for pages that need a signed-in person: anyone else is sent to sign in (and back
 * to the page they asked for once they have, as the proxy passes its path), as is a session
 * that has ended (signed out everywhere, a new password, deactivation). The check is
 * the request's one session lookup, which the procedures then reuse.
 */
export async function signedInApi() {
  const context = await requestContext();
  if (!context.session || !(await context.resolveSession()).current) {
    redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  }
  return serverApi();
}

/**
 * The caller for admin console pages. The console layout explains the refusal to
 * non-admins; the page itself renders nothing for them (and never queries).
 */
export async function adminApi() {
  const api = await signedInApi();
  const current = await currentMembership().catch(() => null);
  if (!current?.roles.includes("admin")) notFound();
  return { api, current };
}

/**
 * The signed-in person's profile and active membership, read once per request however many
 * layouts and pages ask for them.
 */
export const currentProfile = cache(async () => (await signedInApi()).me.get());
export const currentMembership = cache(async () => (await signedInApi()).org.current());
/** Every organisation the signed-in person belongs to, with their roles there; once per request. */
export const currentMemberships = cache(async () => (await signedInApi()).org.listMemberships());
