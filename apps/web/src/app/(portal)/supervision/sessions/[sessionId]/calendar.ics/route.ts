import { TRPCError } from "@trpc/server";

import { signedInApi } from "@tend/nextjs/server";

/** The session's `.ics` file, for its people only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const { sessionId } = await params;
  const api = await signedInApi();
  try {
    const { filename, ics } = await api.calendar.sessionFile({ sessionId });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return new Response("No such session.\n", { status: 404 });
    throw error;
  }
}
