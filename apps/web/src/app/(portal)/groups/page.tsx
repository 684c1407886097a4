import Link from "next/link";

import { signedInApi } from "@tend/nextjs/server";
import { Badge, buttonVariants, Card, EmptyState } from "@tend/ui";

import { FORMAT_LABELS, standingLabel, VISIBILITY_LABELS } from "~/lib/groups";

export const metadata = { title: "Peer groups · Tend" };

export default async function GroupsPage() {
  const api = await signedInApi();
  const groups = await api.group.list();
  const yours = groups.filter((g) => g.you.status === "active");
  const others = groups.filter((g) => g.you.status !== "active");

  const list = (items: typeof groups, labelledBy: string) => (
    <ul aria-labelledby={labelledBy} className="grid gap-4 md:grid-cols-2">
      {items.map((g) => {
        const badge = standingLabel(g.you.status, g.you.role);
        const places = g.memberLimit - g.activeMembers;
        return (
          <li key={g.id}>
            <Card className="flex h-full flex-col gap-2">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="text-lg font-semibold tracking-tight break-words">
                  <Link href={`/groups/${g.id}`} className="hover:underline">
                    {g.name}
                  </Link>
                </h3>
                {badge ? <Badge>{badge}</Badge> : null}
              </div>
              <p className="text-sm text-muted-foreground">
                {FORMAT_LABELS[g.format]} · {VISIBILITY_LABELS[g.visibility]} ·{" "}
                {places > 0 ? `${places} of ${g.memberLimit} places free` : "Full"}
              </p>
              {g.purpose ? <p className="line-clamp-3 text-sm break-words">{g.purpose}</p> : null}
              {g.you.agreementToAccept ? (
                <p className="text-sm font-medium text-primary">
                  The agreement has changed: open the group to accept it.
                </p>
              ) : null}
            </Card>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight">Peer groups</h1>
          <p className="mt-1 text-muted-foreground">
            Small groups of colleagues who understand the work, with facilitators and an agreement
            that what is said stays in the group. Joining is your choice; your self-check results
            are never shared with a group.
          </p>
        </div>
        <Link href="/groups/new" className={buttonVariants({ variant: "outline" })}>
          Start a group
        </Link>
      </div>

      <section className="space-y-3">
        <h2 id="your-groups" className="text-lg font-semibold tracking-tight">
          Your groups
        </h2>
        {yours.length ? (
          list(yours, "your-groups")
        ) : (
          <EmptyState title="You are not in a group yet">
            Choose one below, or start your own.
          </EmptyState>
        )}
      </section>

      <section className="space-y-3">
        <h2 id="other-groups" className="text-lg font-semibold tracking-tight">
          Other groups
        </h2>
        {others.length ? (
          list(others, "other-groups")
        ) : (
          <EmptyState title="No other groups yet">
            When colleagues start a group you may join, it appears here.
          </EmptyState>
        )}
      </section>
    </div>
  );
}
