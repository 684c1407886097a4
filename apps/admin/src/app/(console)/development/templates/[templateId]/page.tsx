import Link from "next/link";
import { notFound } from "next/navigation";

import { adminApi } from "@tend/nextjs/server";

import { TemplateForm } from "../../template-form";

export const metadata = { title: "Edit requirements · Tend admin" };

export default async function EditTemplatePage({
  params,
}: {
  params: Promise<{ templateId: string }>;
}) {
  const [{ templateId }, { api }] = await Promise.all([params, adminApi()]);
  const template = (await api.development.editableTemplates()).find((t) => t.id === templateId);
  if (!template) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{template.name}</h1>
        <p className="mt-1 text-muted-foreground">
          {template.licences === 0
            ? "No licence follows these requirements yet."
            : `${template.licences} ${template.licences === 1 ? "licence follows" : "licences follow"} these requirements: their progress is measured by what you save here, from now on.`}
        </p>
      </div>
      <TemplateForm initial={template} example={template.example} />
    </div>
  );
}
