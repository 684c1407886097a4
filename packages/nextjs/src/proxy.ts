import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";

import { contentSecurityPolicy } from "@tend/next-config";

import { isDevelopment } from "@tend/auth/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "@tend/logger/request-id";
import { REQUESTED_PATH_HEADER, requestedPath } from "@tend/auth/sign-in-path";

/**
 * Both apps' proxy (Next 16's middleware): a fresh nonce and Content-Security-Policy per
 * request. Next.js reads the policy from the request headers and puts the nonce on its scripts.
 * It also passes the path asked for, so that a signed-out visit returns there after sign-in.
 */
export function securityProxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, isDev: isDevelopment });
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
