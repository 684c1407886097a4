import Link from "next/link";
import { notFound } from "next/navigation";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { formatLocal } from "@tend/scheduling";
import { Alert } from "@tend/ui";

import { licenceName } from "~/lib/development";
import { ROLE_PAGES } from "~/lib/role-pages";
import { CertificateCard } from "../../certificate-card";
import { EntryForm } from "../../entry-form";

export const metadata = { title: "Edit a CE entry · Tend" };

export default async function EditEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ entryId: string }>;
  searchParams: Promise<{ logged?: string }>;
}) {
  const [{ entryId }, { logged }] = await Promise.all([params, searchParams]);
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const [entries, licences, profile] = await Promise.all([
    api.development.entries(),
    api.development.licences(),
    currentProfile(),
  ]);
  const entry = entries.find((e) => e.id === entryId);
  if (!entry) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{entry.title}</h1>
      {logged === "workshop" ? (
        <Alert tone="success">
          Logged from the catalog. Check its details and the licences it counts toward, and add its
          certificate.
        </Alert>
      ) : null}
      {logged === "1" ? (
        <Alert tone="success">
          Logged. Add its certificate below, or go back to{" "}
          <Link href="/development" className="font-medium underline underline-offset-4">
            your licences and log
          </Link>
          .
        </Alert>
      ) : null}
      <CertificateCard entryId={entry.id} hasCertificate={entry.hasCertificate} />
      <EntryForm
        initial={{
          id: entry.id,
          title: entry.title,
          provider: entry.provider,
          date: entry.date,
          minutes: entry.minutes,
          format: entry.format,
          categories: entry.categories,
          licenceIds: entry.licenceIds,
        }}
        licences={licences.map((l) => ({ id: l.id, name: licenceName(l) }))}
        today={formatLocal(new Date(), profile.timeZone, "yyyy-MM-dd")}
      />
    </div>
  );
}
