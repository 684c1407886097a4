import { adminApi } from "@tend/nextjs/server";
import { Card, CardDescription } from "@tend/ui";

import { BulkInvite } from "./bulk-invite";
import { InviteForm } from "./invite-form";
import { PendingInvitations } from "./pending-invitations";

export const metadata = { title: "Invitations · Tend admin" };

export default async function InvitationsPage() {
  const { api, current } = await adminApi();
  const [pending, teams] = await Promise.all([api.invitation.list(), api.team.list()]);
  const teamOptions = teams.map((t) => ({ id: t.id, name: t.name }));

  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Invitations</h1>
        <p className="mt-1 text-muted-foreground">
          Invite people to {current.organisationName}. Each gets an e-mail with a link that works
          for 14 days; they choose their own password. Their self-check results stay private to
          them.
        </p>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card className="min-w-0 space-y-3" aria-labelledby="invite-title">
          <h2 id="invite-title" className="text-lg font-semibold tracking-tight">
            Invite someone
          </h2>
          <InviteForm teams={teamOptions} />
        </Card>
        <Card className="min-w-0 space-y-3" aria-labelledby="bulk-title">
          <h2 id="bulk-title" className="text-lg font-semibold tracking-tight">
            Invite from a file
          </h2>
          <CardDescription id="bulk-columns">
            A CSV file with a header row. Only <code>email</code> is required; the other columns are{" "}
            <code>name</code>, <code>roles</code> (clinician, supervisor, admin — separate several
            with <code>;</code>, clinician if empty), <code>teams</code> (team names, separated by{" "}
            <code>;</code>) and <code>title</code>. Up to 500 people per file. Good rows are invited
            even when others are not; you get a report of every row.
          </CardDescription>
          <p className="text-sm text-muted-foreground">For example:</p>
          <pre className="rounded-md bg-muted p-3 text-xs break-all whitespace-pre-wrap">
            {
              "email,name,roles,teams,title\nrobin@clinic.example,Robin Ellis,clinician,Adult Outpatient,Counsellor"
            }
          </pre>
          <BulkInvite describedBy="bulk-columns" />
        </Card>
      </div>

      <section aria-labelledby="pending-title" className="space-y-3">
        <h2
          id="pending-title"
          tabIndex={-1}
          className="text-lg font-semibold tracking-tight focus:outline-none"
        >
          Pending invitations
        </h2>
        <PendingInvitations invitations={pending} headingId="pending-title" />
      </section>
    </div>
  );
}
