import { TRPCError } from "@trpc/server";

import { adminApi } from "@tend/nextjs/server";

/** A member's CE log as CSV, for a licensing audit; each export is audited. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ membershipId: string }> },
) {
  const [{ membershipId }, { api }] = await Promise.all([params, adminApi()]);
  try {
    const { filename, csv } = await api.development.exportMemberLog({ membershipId });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return new Response("No such member.\n", { status: 404 });
    throw error;
  }
}
