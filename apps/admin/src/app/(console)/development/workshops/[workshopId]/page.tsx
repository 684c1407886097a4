import Link from "next/link";
import { notFound } from "next/navigation";

import { adminApi } from "@tend/nextjs/server";

import { WorkshopForm } from "../../workshop-form";

export const metadata = { title: "Edit a workshop · Tend admin" };

export default async function EditWorkshopPage({
  params,
}: {
  params: Promise<{ workshopId: string }>;
}) {
  const [{ workshopId }, { api }] = await Promise.all([params, adminApi()]);
  const workshop = (await api.development.workshops()).find((w) => w.id === workshopId);
  if (!workshop) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{workshop.title}</h1>
        <p className="mt-1 text-muted-foreground">
          Changes reach the catalog at once. CE entries already logged from it keep the details they
          were logged with.
        </p>
      </div>
      <WorkshopForm initial={workshop} />
    </div>
  );
}
