import { securityProxy } from "@tend/nextjs/proxy";

export const proxy = securityProxy;

export const config = {
  matcher: [
    {
      // The API routes (/api/trpc, /api/auth) check their own requests and need no page policy.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
