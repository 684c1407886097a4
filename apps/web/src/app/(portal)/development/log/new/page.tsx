import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { formatLocal } from "@tend/scheduling";

import { licenceName } from "~/lib/development";
import { ROLE_PAGES } from "~/lib/role-pages";
import { EntryForm } from "../../entry-form";

export const metadata = { title: "Log CE · Tend" };

export default async function NewEntryPage() {
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const [licences, profile] = await Promise.all([api.development.licences(), currentProfile()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Log CE</h1>
        <p className="mt-1 text-muted-foreground">
          A course, workshop, conference session or reading you completed, with the hours on its
          certificate.
        </p>
      </div>
      <EntryForm
        licences={licences.map((l) => ({ id: l.id, name: licenceName(l) }))}
        today={formatLocal(new Date(), profile.timeZone, "yyyy-MM-dd")}
      />
    </div>
  );
}
