import { TRPCError } from "@trpc/server";

import { serverApi } from "@tend/nextjs/server";

/**
 * A person's private calendar feed, read by calendar apps (no sign-in: the long random token in
 * the address is the key). An unknown, replaced or turned-off token answers 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  try {
    const ics = await api.calendar.feed({ token: token.replace(/\.ics$/, "") });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return new Response("This calendar feed does not exist or was turned off.\n", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}
