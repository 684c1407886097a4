import Link from "next/link";

import { DEFAULT_AGREEMENT, DEFAULT_MEMBER_LIMIT } from "@tend/groups";

import { CreateGroupForm } from "./create-group-form";

export const metadata = { title: "Start a peer group · Tend" };

export default function NewGroupPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/groups" className="text-primary underline-offset-4 hover:underline">
          ← Peer groups
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Start a peer group</h1>
        <p className="mt-1 text-muted-foreground">
          You will be the group&apos;s facilitator. Colleagues join by accepting its agreement; you
          can change it later, and members then accept it again.
        </p>
      </div>
      <CreateGroupForm defaultAgreement={DEFAULT_AGREEMENT} defaultLimit={DEFAULT_MEMBER_LIMIT} />
    </div>
  );
}
