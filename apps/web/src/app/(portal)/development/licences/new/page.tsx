import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";

import { ROLE_PAGES } from "~/lib/role-pages";
import { LicenceForm } from "../../licence-form";

export const metadata = { title: "Add a licence · Tend" };

export default async function NewLicencePage() {
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const templates = await api.development.templates();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add a licence</h1>
        <p className="mt-1 text-muted-foreground">
          A licence you hold, with its renewal cycle and requirements, or one you are working
          toward, with the supervised hours it needs.
        </p>
      </div>
      <LicenceForm templates={templates} />
    </div>
  );
}
