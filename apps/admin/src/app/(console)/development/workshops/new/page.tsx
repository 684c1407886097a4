import Link from "next/link";

import { adminApi } from "@tend/nextjs/server";

import { WorkshopForm } from "../../workshop-form";

export const metadata = { title: "Publish a workshop · Tend admin" };

export default async function NewWorkshopPage() {
  const { current } = await adminApi();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Publish a workshop</h1>
        <p className="mt-1 text-muted-foreground">
          Clinicians of {current.organisationName} see it in their catalog and can enrol. When one
          marks it complete, it is logged as CE with these details.
        </p>
      </div>
      <WorkshopForm />
    </div>
  );
}
