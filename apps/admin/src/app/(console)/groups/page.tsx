import { adminApi } from "@tend/nextjs/server";
import { Badge, EmptyState } from "@tend/ui";

import { ArchiveGroup } from "./archive-group";

export const metadata = { title: "Peer groups · Tend admin" };

const FORMATS = {
  "peer-support": "Peer support",
  balint: "Balint group",
  "schwartz-round": "Schwartz round",
  other: "Other",
} as const;
const VISIBILITIES = {
  open: "Open to join",
  request: "Ask to join",
  "invite-only": "By invitation",
} as const;

export default async function GroupsPage() {
  const { api, current } = await adminApi();
  const groups = await api.group.adminList();
  const live = groups.filter((g) => !g.archivedAt);
  const archived = groups.filter((g) => g.archivedAt);
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Peer groups</h1>
        <p className="mt-1 text-muted-foreground">
          The peer support groups of {current.organisationName}. Clinicians start and run them; what
          members write and who they are stays inside each group. Here you see only each
          group&apos;s frame and how many places are taken, and you can archive a group that has
          ended.
        </p>
      </div>
      {live.length === 0 ? (
        <EmptyState title="No peer groups yet">
          Clinicians start groups from the portal&apos;s Groups page.
        </EmptyState>
      ) : (
        <ul
          aria-label="Current groups"
          className="divide-y divide-border rounded-lg border border-border bg-card"
        >
          {live.map((g) => (
            <li key={g.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{g.name}</p>
                <p className="text-sm text-muted-foreground">
                  {FORMATS[g.format]} · {VISIBILITIES[g.visibility]} · {g.activeMembers} of{" "}
                  {g.memberLimit} places taken · started {when.format(g.createdAt)}
                </p>
              </div>
              <ArchiveGroup groupId={g.id} name={g.name} />
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 ? (
        <section aria-labelledby="archived-groups" className="space-y-3">
          <h2 id="archived-groups" className="text-lg font-semibold tracking-tight">
            Archived groups
          </h2>
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {archived.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-3 p-4">
                <span className="break-words">{g.name}</span>
                <Badge>Archived {g.archivedAt ? when.format(g.archivedAt) : ""}</Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
