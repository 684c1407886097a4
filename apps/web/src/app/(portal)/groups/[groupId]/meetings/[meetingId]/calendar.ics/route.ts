import { TRPCError } from "@trpc/server";

import { signedInApi } from "@tend/nextjs/server";

/** A meeting's `.ics` file (its next six months), for the group's members only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ groupId: string; meetingId: string }> },
) {
  const { groupId, meetingId } = await params;
  const api = await signedInApi();
  try {
    const { filename, ics } = await api.group.meetingCalendar({ groupId, meetingId });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST" || error.code === "FORBIDDEN")
    )
      return new Response("No such meeting.\n", { status: 404 });
    throw error;
  }
}
