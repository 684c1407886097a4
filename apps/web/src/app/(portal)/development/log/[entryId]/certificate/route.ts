import { fileDownload } from "@tend/nextjs/file-response";
import { signedInApi } from "@tend/nextjs/server";

/** The certificate of one of the caller's CE entries, as the file it was uploaded as. */
export async function GET(_request: Request, { params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  const api = await signedInApi();
  return fileDownload(() => api.development.certificate({ entryId }), "No such certificate.");
}
