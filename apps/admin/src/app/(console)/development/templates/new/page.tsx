import Link from "next/link";

import { adminApi } from "@tend/nextjs/server";

import { TemplateForm } from "../../template-form";

export const metadata = { title: "Add requirements · Tend admin" };

export default async function NewTemplatePage() {
  await adminApi();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/development" className="text-primary underline-offset-4 hover:underline">
          ← Professional development
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add renewal requirements</h1>
        <p className="mt-1 text-muted-foreground">
          A licensing board&apos;s rules for one licence and jurisdiction. Clinicians choose them
          for their licence and see their progress measured by them.
        </p>
      </div>
      <TemplateForm />
    </div>
  );
}
