import { TRPCError } from "@trpc/server";

import { signedInApi } from "@tend/nextjs/server";

/** The certificate of one of the caller's CE entries, as the file it was uploaded as. */
export async function GET(_request: Request, { params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  const api = await signedInApi();
  try {
    const file = await api.development.certificate({ entryId });
    // Headers carry ASCII only: the plain name falls back, `filename*` keeps the real one.
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_");
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
      return new Response("No such certificate.\n", { status: 404 });
    throw error;
  }
}
