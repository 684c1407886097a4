import Link from "next/link";

import { EmptyState } from "@tend/ui";

/** Shown instead of a part of a group to someone who may see the group but not read inside it. */
export function MembersOnly({ groupId, title }: { groupId: string; title: string }) {
  return (
    <EmptyState title={title}>
      <Link href={`/groups/${groupId}`} className="text-primary underline">
        Open the group
      </Link>{" "}
      to join it or to accept its agreement.
    </EmptyState>
  );
}
