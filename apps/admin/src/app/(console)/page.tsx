import Form from "next/form";
import Link from "next/link";

import { adminApi } from "@tend/nextjs/server";
import { buttonVariants, EmptyState, Input, Label, Select } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";

import { PAGE_SIZE, peopleHref, readPeopleParams } from "./people-query";
import { PeopleTable } from "./people-table";

export const metadata = { title: "People · Tend admin" };

const STATUS_LABELS = { active: "Active", deactivated: "Deactivated", all: "Everyone" } as const;

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = readPeopleParams(await searchParams);
  const { api, current } = await adminApi();
  const { page, ...query } = params;
  const [people, teams] = await Promise.all([
    api.person.search({ ...query, page, pageSize: PAGE_SIZE }),
    api.team.list(),
  ]);
  const pages = Math.max(1, Math.ceil(people.total / PAGE_SIZE));
  const first = (page - 1) * PAGE_SIZE + 1;
  const filtered =
    params.search !== "" ||
    params.teamId !== null ||
    params.role !== null ||
    params.status !== "active";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold tracking-tight">People</h1>
          <p className="mt-1 text-muted-foreground">
            Everyone in {current.organisationName}, with their roles and teams. Individual wellbeing
            data is never shown here.
          </p>
        </div>
        <Link href="/invitations" className={buttonVariants()}>
          Invite people
        </Link>
      </div>

      {/* Keyed by the address, so the fields show the filters in force after any navigation. */}
      <Form
        key={peopleHref(params)}
        action="/"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
      >
        <div className="space-y-1.5">
          <Label htmlFor="people-q">Search</Label>
          <Input
            id="people-q"
            name="q"
            type="search"
            defaultValue={params.search}
            placeholder="Name, e-mail, team or job title"
            maxLength={100}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="people-team">Team</Label>
          <Select id="people-team" name="team" defaultValue={params.teamId ?? ""}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="people-role">Role</Label>
          <Select id="people-role" name="role" defaultValue={params.role ?? ""}>
            <option value="">All roles</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="people-status">Status</Label>
          <Select id="people-status" name="status" defaultValue={params.status}>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        {/* The sort survives a new search; the page starts again at 1. */}
        {params.sort !== "name" && <input type="hidden" name="sort" value={params.sort} />}
        {params.direction !== "asc" && <input type="hidden" name="dir" value={params.direction} />}
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            Apply
          </button>
          {filtered && (
            <Link href="/" className="pb-2 text-sm text-primary underline-offset-4 hover:underline">
              Clear
            </Link>
          )}
        </div>
      </Form>

      {people.total === 0 ? (
        filtered ? (
          <EmptyState title="Nobody matches">
            Try fewer words, another team or role, or{" "}
            <Link href="/" className="text-primary underline-offset-4 hover:underline">
              clear the filters
            </Link>
            .
          </EmptyState>
        ) : (
          <EmptyState title="No people yet">
            <Link href="/invitations" className="text-primary underline-offset-4 hover:underline">
              Invite your team
            </Link>{" "}
            to get started.
          </EmptyState>
        )
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {people.rows.length === 0
              ? `No people on page ${page}: the list has ${pages} ${pages === 1 ? "page" : "pages"}.`
              : `${first}–${first + people.rows.length - 1} of ${people.total} ${people.total === 1 ? "person" : "people"}`}
          </p>
          <PeopleTable rows={people.rows} params={params} />
          {pages > 1 && (
            <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
              <PageLink href={page > 1 ? peopleHref(params, { page: page - 1 }) : null}>
                ← Previous
              </PageLink>
              <span className="text-sm text-muted-foreground">
                Page {Math.min(page, pages)} of {pages}
              </span>
              <PageLink href={page < pages ? peopleHref(params, { page: page + 1 }) : null}>
                Next →
              </PageLink>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function PageLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  return href ? (
    <Link href={href} className={buttonVariants({ variant: "secondary", size: "sm" })}>
      {children}
    </Link>
  ) : (
    <span aria-hidden className="invisible">
      {children}
    </span>
  );
}
