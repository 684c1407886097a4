import { fileDownload } from "@tend/nextjs/file-response";
import { adminApi } from "@tend/nextjs/server";

/** The certificate of a member's CE entry, for licence compliance; each download is audited. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ membershipId: string; entryId: string }> },
) {
  const [{ membershipId, entryId }, { api }] = await Promise.all([params, adminApi()]);
  return fileDownload(
    request,
    () => api.development.memberCertificate({ membershipId, entryId }),
    "No such certificate.",
  );
}
