import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";

import { ownOriginPolicy } from "@tend/api/origin";
import { env, isDevelopment } from "@tend/auth/env";
import { REQUESTED_PATH_HEADER, requestedPath } from "@tend/auth/sign-in-path";
import { REQUEST_ID_HEADER, requestIdFrom } from "@tend/logger/request-id";
import { contentSecurityPolicy } from "@tend/next-config";

/**
 * Both apps' proxy (Next 16's middleware).
 *
 * Every page gets a fresh nonce and Content-Security-Policy: Next.js reads the policy from
 * the request headers and puts the nonce on its scripts.
 *
 * Every POST to a page is a server action (the sign-in forms, "sign out everywhere"). Next.js
 * answers a malformed one with a 500 (a wrong Origin, a body it cannot decode), so such posts
 * are refused here first, with a 4xx: they must come from the app's own pages (Origin, 403),
 * in one of the two encodings React sends actions in (415): a form (multipart/form-data) or,
 * for an action that reads no form, its argument list as JSON text (text/plain); and the body
 * must be readable as such (400). The API routes (/api/…) check their own requests.
 *
 * It also passes on the path asked for, so that a signed-out visit returns there after
 * sign-in, and a request id that the logs name. It does not run for /api/ (see the apps' matchers).
 */
export function createSecurityProxy(opts: { appUrl: string | undefined; development: boolean }) {
  const isOwnOrigin = ownOriginPolicy(opts);
  return async (request: NextRequest): Promise<NextResponse> => {
    if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
      const refusal = await refuseMalformedAction(request, isOwnOrigin);
      if (refusal) return refusal;
    }
    return securityHeaders(request, opts.development);
  };
}

export const securityProxy = createSecurityProxy({
  appUrl: env.AUTH_URL,
  development: isDevelopment,
});

function refuse(status: 400 | 403 | 415, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

async function refuseMalformedAction(
  request: NextRequest,
  isOwnOrigin: (origin: string) => boolean,
): Promise<NextResponse | null> {
  const origin = request.headers.get("origin");
  if (!origin || !isOwnOrigin(origin)) {
    return refuse(403, "This form was not sent from one of Tend's own pages.");
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "multipart/form-data" && mediaType !== "text/plain") {
    return refuse(415, "Send this form from its page.");
  }
  try {
    if (mediaType === "multipart/form-data") {
      await request.clone().formData();
    } else if (!Array.isArray(JSON.parse(await request.clone().text()))) {
      throw new Error("not an argument list");
    }
  } catch {
    return refuse(400, "The form could not be read. Please send it again from its page.");
  }
  return null;
}

function securityHeaders(request: NextRequest, development: boolean): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, isDev: development });
  const requestId = requestIdFrom(request.headers);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUESTED_PATH_HEADER, requestedPath(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}
