import { TRPCError } from "@trpc/server";

/**
 * A stored file (its bytes in base64, as a procedure returns them) as a download, or 404 with
 * `missing` when the procedure says there is no such file for the caller: not found, not
 * theirs, or an id that is not one.
 */
export async function fileDownload(
  read: () => Promise<{ filename: string; contentType: string; base64: string }>,
  missing: string,
): Promise<Response> {
  try {
    const file = await read();
    // Headers carry ASCII only: the plain name falls back, `filename*` keeps the real one.
    const ascii = file.filename.replace(/[^\x20-\x7e]/gu, "_").replace(/"/gu, "'");
    return new Response(Buffer.from(file.base64, "base64"), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST" || error.code === "FORBIDDEN")
    )
      return new Response(`${missing}\n`, { status: 404 });
    throw error;
  }
}
