import { fileDownload } from "@tend/nextjs/file-response";
import { signedInApi } from "@tend/nextjs/server";

/** The certificate of one of the caller's CE entries, as the file it was uploaded as. */
export async function GET(request: Request, { params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  const api = await signedInApi();
  return fileDownload(
    request,
    () => api.development.certificate({ entryId }),
    "No such certificate.",
  );
}
