import { fileDownload } from "@tend/nextjs/file-response";
import { adminApi } from "@tend/nextjs/server";

/** A member's CE log as CSV, for a licensing audit; each export is audited. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ membershipId: string }> },
) {
  const [{ membershipId }, { api }] = await Promise.all([params, adminApi()]);
  return fileDownload(
    request,
    () => api.development.exportMemberLog({ membershipId }),
    "No such member.",
  );
}
