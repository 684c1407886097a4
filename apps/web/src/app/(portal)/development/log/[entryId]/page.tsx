import Link from "next/link";
import { notFound } from "next/navigation";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { formatLocal } from "@tend/scheduling";

import { licenceName } from "~/lib/development";
import { EntryForm } from "../../entry-form";

export const metadata = { title: "Edit a CE entry · Tend" };

export default async function EditEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
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
