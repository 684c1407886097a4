import { adminApi } from "@tend/nextjs/server";
import { Card, EmptyState } from "@tend/ui";

import { ArchivedTeam, NewTeamForm, TeamRow, TeamsStatus, TeamsStatusLine } from "./team-parts";

export const metadata = { title: "Teams · Tend admin" };

export default async function TeamsPage() {
  const { api, current } = await adminApi();
  const [teams, archived] = await Promise.all([api.team.list(), api.team.listArchived()]);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Teams</h1>
        <p className="mt-1 text-muted-foreground">
          Teams in {current.organisationName}. The team wellbeing report shows each team&apos;s
          figures only when enough people answered; put people in teams from their page under
          People.
        </p>
      </div>

      <TeamsStatus focusId="current-title">
        <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="current-title" className="min-w-0 space-y-3">
            <div>
              <h2
                id="current-title"
                tabIndex={-1}
                className="text-lg font-semibold tracking-tight focus:outline-none"
              >
                Current teams
              </h2>
              <TeamsStatusLine />
            </div>
            {teams.length === 0 ? (
              <EmptyState title="No current teams">
                {archived.length > 0
                  ? "Add a team with the form, or restore one under Archived teams."
                  : "Add your first team with the form."}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-border rounded-lg border border-border bg-card">
                {teams.map((team) => (
                  <TeamRow key={team.id} team={team} />
                ))}
              </ul>
            )}
          </section>
          <Card className="min-w-0 space-y-3" aria-labelledby="new-team-title">
            <h2 id="new-team-title" className="text-lg font-semibold tracking-tight">
              New team
            </h2>
            <NewTeamForm />
          </Card>
        </div>

        {archived.length > 0 && (
          <section aria-labelledby="archived-title" className="space-y-3">
            <h2 id="archived-title" className="text-lg font-semibold tracking-tight">
              Archived teams
            </h2>
            <p className="text-sm text-muted-foreground">
              Archived teams keep their members and history, and are left out of reports and team
              choices.
            </p>
            <ul className="divide-y divide-border rounded-lg border border-border bg-card">
              {archived.map((team) => (
                <ArchivedTeam key={team.id} team={team} />
              ))}
            </ul>
          </section>
        )}
      </TeamsStatus>
    </div>
  );
}
