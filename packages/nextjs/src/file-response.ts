import { TRPCError } from "@trpc/server";

import { isCrossSite } from "@tend/api";

/** A file answer's headers: downloaded, never cached, never sniffed as another type. */
export function downloadHeaders(filename: string, contentType: string): HeadersInit {
  // Headers carry ASCII only: the plain name falls back, `filename*` keeps the real one.
  const ascii = filename.replace(/[^\x20-\x7e]/gu, "_").replace(/"/gu, "'");
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
}

/**
 * A file a procedure reads (as text, or as bytes in base64) as a download; 404 with `missing`
 * when the procedure says there is none for the caller (not found, not theirs, or an id that is
 * not one). A download another site started is refused: reading some files is audited, and
 * another site must not make that happen in someone's name.
 */
export async function fileDownload(
  request: Request,
  read: () => Promise<
    { filename: string } & ({ contentType: string; base64: string } | { csv: string })
  >,
  missing: string,
): Promise<Response> {
  if (isCrossSite(request))
    return new Response("Open this from Tend's own pages.\n", { status: 403 });
  try {
    const file = await read();
    return "csv" in file
      ? new Response(file.csv, {
          headers: downloadHeaders(file.filename, "text/csv; charset=utf-8"),
        })
      : new Response(Buffer.from(file.base64, "base64"), {
          headers: downloadHeaders(file.filename, file.contentType),
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
