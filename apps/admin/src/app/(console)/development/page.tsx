import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import {
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  dayText,
  hoursText,
  LICENCE_TYPE_LABELS,
} from "@tend/development";
import { adminApi } from "@tend/nextjs/server";
import { Badge, buttonVariants, EmptyState } from "@tend/ui";

import { ArchiveTemplate } from "./archive-template";
import { ArchiveWorkshop } from "./archive-workshop";

export const metadata = { title: "Professional development · Tend admin" };

type Workshop = RouterOutputs["development"]["workshops"][number];
type Template = RouterOutputs["development"]["editableTemplates"][number];

function TemplateRow({ template }: { template: Template }) {
  const subjects = template.categories
    .map((c) => `${hoursText(c.minMinutes)} of ${CE_CATEGORY_LABELS[c.category]}`)
    .join(", ");
  const limits = template.caps
    .map(
      (c) =>
        `${c.formats.map((f) => CE_FORMAT_LABELS[f]).join(" and ")} at most ${hoursText(c.maxMinutes)}`,
    )
    .join("; ");
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-medium break-words">
          {template.name}
          {template.example ? <Badge className="ml-2">Example, not checked</Badge> : null}
          {template.archived ? <Badge className="ml-2">Archived</Badge> : null}
        </p>
        <p className="text-sm text-muted-foreground">
          {LICENCE_TYPE_LABELS[template.licenceType]} · {template.jurisdiction} ·{" "}
          {hoursText(template.totalMinutes)} every {template.cycleMonths} months
          {template.carryOverMaxMinutes > 0
            ? ` · up to ${hoursText(template.carryOverMaxMinutes)} carry over`
            : ""}
        </p>
        {subjects ? <p className="text-sm text-muted-foreground">Including {subjects}</p> : null}
        {limits ? <p className="text-sm text-muted-foreground">{limits}</p> : null}
        <p className="text-sm">
          {template.licences} {template.licences === 1 ? "licence follows" : "licences follow"} it
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/development/templates/${template.id}`}
          className={buttonVariants({ size: "sm", variant: "ghost" })}
        >
          {template.example ? "Check and edit" : "Edit"}
          <span className="sr-only">: {template.name}</span>
        </Link>
        <ArchiveTemplate
          templateId={template.id}
          name={template.name}
          archived={template.archived}
        />
      </div>
    </li>
  );
}

function WorkshopRow({ workshop }: { workshop: Workshop }) {
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-medium break-words">
          {workshop.title}
          {workshop.archived ? <Badge className="ml-2">Archived</Badge> : null}
        </p>
        <p className="text-sm text-muted-foreground">
          {workshop.startsOn ? dayText(workshop.startsOn) : "Self-paced"} ·{" "}
          {hoursText(workshop.minutes)} · {CE_FORMAT_LABELS[workshop.format]}
          {workshop.provider ? ` · ${workshop.provider}` : ""}
        </p>
        {workshop.categories.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            {workshop.categories.map((c) => CE_CATEGORY_LABELS[c]).join(", ")}
          </p>
        ) : null}
        <p className="text-sm">
          {workshop.enrolled} enrolled
          {workshop.completed > 0 ? `, ${workshop.completed} of them completed` : ""}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/development/workshops/${workshop.id}`}
          className={buttonVariants({ size: "sm", variant: "ghost" })}
        >
          Edit<span className="sr-only">: {workshop.title}</span>
        </Link>
        <ArchiveWorkshop
          workshopId={workshop.id}
          title={workshop.title}
          archived={workshop.archived}
        />
      </div>
    </li>
  );
}

export default async function DevelopmentPage() {
  const { api, current } = await adminApi();
  const [workshops, templates] = await Promise.all([
    api.development.workshops(),
    api.development.editableTemplates(),
  ]);

  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Professional development</h1>
        <p className="mt-1 text-muted-foreground">
          The learning {current.organisationName} offers its clinicians, and the licence renewal
          rules their CE progress is measured by. Clinicians keep their own licences and CE logs in
          the portal; open a clinician&apos;s CE log from their page under People.
        </p>
      </div>

      <section aria-labelledby="catalog-title" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="max-w-2xl">
            <h2 id="catalog-title" className="text-xl font-semibold tracking-tight">
              Workshop catalog
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">
              Clinicians enrol from their catalog; marking a workshop complete logs it as CE.
            </p>
          </div>
          <Link href="/development/workshops/new" className={buttonVariants()}>
            Publish a workshop
          </Link>
        </div>
        {workshops.length === 0 ? (
          <EmptyState title="Nothing published yet">
            Publish the workshops, courses and trainings your clinicians can take, with their CE
            hours and subjects.
          </EmptyState>
        ) : (
          <ul
            aria-label="Workshops"
            className="divide-y divide-border rounded-lg border border-border bg-card"
          >
            {workshops.map((w) => (
              <WorkshopRow key={w.id} workshop={w} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="templates-title" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="max-w-2xl">
            <h2 id="templates-title" className="text-xl font-semibold tracking-tight">
              Renewal requirements
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">
              Each licensing board&apos;s rules: hours per cycle, minimums per subject, limits on
              formats and carry-over. Tend&apos;s examples are not legal advice: check each against
              your board&apos;s rules.
            </p>
          </div>
          <Link
            href="/development/templates/new"
            className={buttonVariants({ variant: "outline" })}
          >
            Add requirements
          </Link>
        </div>
        <ul
          aria-label="Renewal requirements"
          className="divide-y divide-border rounded-lg border border-border bg-card"
        >
          {templates.map((t) => (
            <TemplateRow key={t.id} template={t} />
          ))}
        </ul>
      </section>
    </div>
  );
}
