import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { CE_CATEGORY_LABELS, CE_FORMAT_LABELS } from "@tend/development";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";
import { Badge, Card, EmptyState } from "@tend/ui";

import { dayText, hoursText } from "~/lib/development";
import { ROLE_PAGES } from "~/lib/role-pages";
import { WorkshopActions } from "./workshop-actions";

export const metadata = { title: "Workshop catalog · Tend" };

type Workshop = RouterOutputs["development"]["catalog"][number];

function WorkshopCard({ workshop }: { workshop: Workshop }) {
  const headingId = `workshop-${workshop.id}`;
  return (
    <Card aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        {/* Focused when the card moves to another shelf (see WorkshopActions). */}
        <h3 id={headingId} tabIndex={-1} className="ui-card-title focus:outline-none">
          {workshop.title}
        </h3>
        {workshop.archived ? <Badge>No longer offered</Badge> : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {workshop.startsOn
          ? // A dated workshop one can complete has taken place (or takes place today).
            `${workshop.completable && !workshop.completedAt ? "Took place " : ""}${dayText(workshop.startsOn)}`
          : "Self-paced"}{" "}
        · {hoursText(workshop.minutes)} · {CE_FORMAT_LABELS[workshop.format]}
        {workshop.provider ? ` · ${workshop.provider}` : ""}
      </p>
      {workshop.categories.length > 0 ? (
        <p className="text-sm">
          {workshop.categories.map((c) => CE_CATEGORY_LABELS[c]).join(", ")}
        </p>
      ) : null}
      {workshop.description ? <p className="text-sm">{workshop.description}</p> : null}
      {workshop.link ? (
        <a
          href={workshop.link}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sm font-medium text-primary underline underline-offset-4"
        >
          Details and sign-up<span className="sr-only"> for {workshop.title}</span> (opens in a new
          tab)
        </a>
      ) : null}
      <div className="mt-auto pt-1">
        {workshop.completedAt ? (
          <p className="text-sm">
            Completed ·{" "}
            {workshop.entryId ? (
              <Link
                href={`/development/log/${workshop.entryId}`}
                className="font-medium text-primary underline underline-offset-4"
              >
                In your CE log<span className="sr-only">: {workshop.title}</span>
              </Link>
            ) : (
              "its entry was removed from your log"
            )}
          </p>
        ) : (
          <WorkshopActions workshop={workshop} />
        )}
      </div>
    </Card>
  );
}

function Shelf({
  id,
  title,
  intro,
  workshops,
  empty,
}: {
  id: string;
  title: string;
  intro?: string;
  workshops: Workshop[];
  empty?: string;
}) {
  if (workshops.length === 0 && !empty) return null;
  return (
    <section aria-labelledby={id} className="space-y-4">
      <div className="max-w-2xl">
        <h2 id={id} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {intro ? <p className="mt-1 text-sm text-muted-foreground">{intro}</p> : null}
      </div>
      {workshops.length === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {workshops.map((w) => (
            <WorkshopCard key={w.id} workshop={w} />
          ))}
        </div>
      )}
    </section>
  );
}

export default async function CatalogPage() {
  const unavailable = await unlessRole("clinician", ROLE_PAGES.development);
  if (unavailable) return unavailable;
  const api = await signedInApi();
  const catalog = await api.development.catalog();
  const enrolled = catalog.filter((w) => w.enrolled && !w.completedAt);
  const open = catalog.filter((w) => !w.enrolled);
  const completed = catalog.filter((w) => w.completedAt);

  return (
    <div className="space-y-8">
      <div className="max-w-2xl space-y-2">
        <p className="text-sm">
          <Link href="/development" className="text-primary underline-offset-4 hover:underline">
            ← Professional development
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Workshop catalog</h1>
        <p className="text-muted-foreground">
          Workshops and courses your organisation offers. Enrol to keep track of them; when you have
          taken one, mark it complete and it is logged as CE, ready for your certificate.
        </p>
      </div>
      {catalog.length === 0 ? (
        <EmptyState title="Nothing in the catalog yet">
          Your organisation&apos;s administrators publish workshops here. You can still log any CE
          you take from{" "}
          <Link href="/development/log/new" className="text-primary underline underline-offset-4">
            your CE log
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <Shelf
            id="enrolled-title"
            title="Your workshops"
            intro="What you enrolled in and have not completed yet."
            workshops={enrolled}
            empty="You are not enrolled in anything. Choose from what is offered below."
          />
          <Shelf
            id="offered-title"
            title="Offered"
            workshops={open}
            empty="You are enrolled in everything on offer."
          />
          <Shelf id="completed-title" title="Completed" workshops={completed} />
        </>
      )}
    </div>
  );
}
