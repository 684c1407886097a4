import Form from "next/form";
import Link from "next/link";

import type { RouterInputs } from "@tend/api";
import { adminApi, currentProfile } from "@tend/nextjs/server";
import { startOfLocalDay } from "@tend/scheduling";
import { buttonVariants, EmptyState, Input, Label, Select, Table, Td, Th } from "@tend/ui";

export const metadata = { title: "Audit log · Tend admin" };

type Category = NonNullable<RouterInputs["audit"]["list"]["category"]>;

const CATEGORIES: Record<Category, string> = {
  people: "People and invitations",
  teams: "Teams",
  supervision: "Supervision assignments",
  settings: "Settings",
  groups: "Peer groups",
  development: "Professional development",
  reports: "Reports",
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const DAY_MS = 86_400_000;

/** `before` in the address: the last entry of the previous page, as "<ISO instant>_<id>". */
function readCursor(text: string | undefined) {
  const match = /^(.+)_(\d+)$/u.exec(text ?? "");
  if (!match) return null;
  const at = new Date(match[1] ?? "");
  const id = Number(match[2]);
  return Number.isNaN(at.getTime()) || !Number.isSafeInteger(id) || id < 1 ? null : { at, id };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { api } = await adminApi();
  const me = await currentProfile();
  const category = (Object.keys(CATEGORIES) as Category[]).find((c) => c === one(params.kind));
  const fromText = one(params.from) ?? "";
  const toText = one(params.to) ?? "";
  const from = startOfLocalDay(fromText, me.timeZone);
  const toStart = startOfLocalDay(toText, me.timeZone);
  // "To" includes the whole of that day.
  const to = toStart ? new Date(toStart.getTime() + DAY_MS) : null;
  const rangeBackwards = from !== null && to !== null && from >= to;
  const page = rangeBackwards
    ? { entries: [], next: null }
    : await api.audit.list({
        category: category ?? null,
        from,
        to,
        before: readCursor(one(params.before)),
        limit: 50,
      });
  const when = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: me.timeZone,
  });
  const query = (before: string | null) => {
    const q = new URLSearchParams();
    if (category) q.set("kind", category);
    if (fromText) q.set("from", fromText);
    if (toText) q.set("to", toText);
    if (before) q.set("before", before);
    const text = q.toString();
    return text ? `/audit?${text}` : "/audit";
  };
  const paged = Boolean(one(params.before));

  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 text-muted-foreground">
          Who changed what, and when: invitations, roles and teams, deactivations, supervision
          assignments, settings, and every time a report was viewed or exported. Events about a
          person&apos;s own wellbeing, such as sharing a result, are never shown here. Nobody can
          edit or delete this log. Times are in your time zone ({me.timeZone.replaceAll("_", " ")}
          ).
        </p>
      </div>

      <Form
        key={query(one(params.before) ?? null)}
        action="/audit"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
      >
        <div className="space-y-1.5">
          <Label htmlFor="audit-kind">Kind of event</Label>
          <Select id="audit-kind" name="kind" defaultValue={category ?? ""}>
            <option value="">Everything</option>
            {Object.entries(CATEGORIES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-from">From</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={from ? fromText : ""} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-to">To</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={toStart ? toText : ""} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            Show
          </button>
        </div>
      </Form>

      {rangeBackwards ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          The “To” date is before the “From” date: choose a range that runs forwards.
        </p>
      ) : page.entries.length === 0 ? (
        <EmptyState title="No events">
          {category || from || to
            ? "Nothing was recorded that matches these filters."
            : "Nothing has been recorded yet."}
        </EmptyState>
      ) : (
        <>
          <Table>
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="max-md:sr-only">
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>What</Th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => (
                <tr
                  key={e.id}
                  className="max-md:grid max-md:gap-0.5 max-md:border-b max-md:border-border max-md:py-2"
                >
                  <Td className="whitespace-nowrap text-muted-foreground max-md:border-0 max-md:py-0">
                    <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                  </Td>
                  <Td className="font-medium max-md:border-0 max-md:py-0">{e.actorName}</Td>
                  <Td className="max-md:border-0 max-md:py-0">
                    {e.verb}
                    {e.subject && <strong className="font-medium"> {e.subject}</strong>}
                    {e.detail && (
                      <span className="block text-sm break-words text-muted-foreground">
                        {e.detail}
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <nav aria-label="Pages" className="flex flex-wrap justify-between gap-3">
            {paged ? (
              <Link
                href={query(null)}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
              >
                ← Newest
              </Link>
            ) : (
              <span />
            )}
            {page.next && (
              <Link
                href={query(`${page.next.at.toISOString()}_${page.next.id}`)}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
              >
                Older events →
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
