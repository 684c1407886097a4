import { securityProxy } from "@tend/nextjs/proxy";

export const proxy = securityProxy;

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
