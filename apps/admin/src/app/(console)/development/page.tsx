import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { CE_CATEGORY_LABELS, CE_FORMAT_LABELS, dayText, hoursText } from "@tend/development";
import { adminApi } from "@tend/nextjs/server";
import { Badge, buttonVariants, EmptyState } from "@tend/ui";

import { ArchiveWorkshop } from "./archive-workshop";

export const metadata = { title: "Professional development · Tend admin" };

type Workshop = RouterOutputs["development"]["workshops"][number];

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
          {workshop.enrolled} enrolled · {workshop.completed} completed
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
  const workshops = await api.development.workshops();

  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Professional development</h1>
        <p className="mt-1 text-muted-foreground">
          The learning {current.organisationName} offers its clinicians. Clinicians keep their own
          licences and CE logs in the portal.
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
    </div>
  );
}
