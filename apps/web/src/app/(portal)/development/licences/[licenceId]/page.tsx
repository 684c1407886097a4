import Link from "next/link";
import { notFound } from "next/navigation";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";

import { licenceName } from "~/lib/development";
import { ROLE_PAGES } from "~/lib/role-pages";
import { LicenceForm } from "../../licence-form";

export const metadata = { title: "Edit a licence · Tend" };

export default async function EditLicencePage({
  params,
}: {
  params: Promise<{ licenceId: string }>;
}) {
  const { licenceId } = await params;
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const [licences, templates] = await Promise.all([
    api.development.licences(),
    api.development.templates(),
  ]);
  const licence = licences.find((l) => l.id === licenceId);
  if (!licence) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{licenceName(licence)}</h1>
      <LicenceForm
        initial={{
          id: licence.id,
          type: licence.type,
          typeName: licence.typeName,
          jurisdiction: licence.jurisdiction,
          number: licence.number,
          status: licence.status,
          issuedOn: licence.issuedOn,
          cycleStart: licence.cycleStart,
          cycleEnd: licence.cycleEnd,
          templateId: licence.template?.id ?? null,
          supervisedMinutesRequired: licence.supervisedMinutesRequired,
        }}
        templates={templates}
      />
    </div>
  );
}
