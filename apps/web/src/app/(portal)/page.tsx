import Link from "next/link";

import { currentMembership, currentProfile, signedInApi } from "@tend/nextjs/server";
import { Card, CardDescription, CardTitle, EmptyState } from "@tend/ui";
import { formatDays, ROLE_LABELS } from "@tend/ui/labels";

export const metadata = { title: "Dashboard · Tend" };

export default async function DashboardPage() {
  const api = await signedInApi();
  const [me, current, teams] = await Promise.all([
    currentProfile(),
    currentMembership(),
    api.team.list(),
  ]);
  const isSupervisor = current.roles.includes("supervisor");
  const isClinician = current.roles.includes("clinician");
  const [supervisors, supervisees, checks] = await Promise.all([
    api.supervision.listMySupervisors(),
    isSupervisor ? api.supervision.listSupervisees() : Promise.resolve([]),
    isClinician ? api.selfCheck.listInstruments() : Promise.resolve([]),
  ]);
  const due = checks.filter((c) => c.due && !c.cadence.paused);
  const firstName = me.name.split(" ").find((part) => part !== "Dr") ?? me.name;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {firstName}</h1>
        <p className="mt-1 text-muted-foreground">
          {current.organisationName} · {current.roles.map((r) => ROLE_LABELS[r]).join(", ")}
        </p>
      </div>

      {isClinician ? (
        <Card aria-labelledby="due-title">
          <CardTitle id="due-title">Your self-checks</CardTitle>
          {due.length > 0 ? (
            <>
              <CardDescription>Due now — a few private minutes for yourself:</CardDescription>
              <ul className="mt-3 flex flex-wrap gap-3">
                {due.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/checks/${c.id}`}
                      className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
                    >
                      Take the {c.shortName}
                      <span className="ml-2 font-normal opacity-80">
                        · {c.estimatedMinutes} min
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <CardDescription>Nothing is due. You are up to date.</CardDescription>
          )}
          <Link
            href="/checks"
            className="mt-4 inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            All self-checks and reminders
          </Link>
        </Card>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="supervision-title">
          <CardTitle id="supervision-title">Your supervision</CardTitle>
          {supervisors.length > 0 ? (
            <>
              <CardDescription>Your supervisors in {current.organisationName}:</CardDescription>
              <ul className="mt-3 space-y-1">
                {supervisors.map((s) => (
                  <li key={s.membershipId}>{s.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <CardDescription>
              {isSupervisor
                ? "You have no supervisor recorded here."
                : "No supervisor is recorded for you here yet."}
            </CardDescription>
          )}
          {isSupervisor ? (
            <p className="mt-4 text-sm">
              You supervise{" "}
              <Link
                href="/supervisees"
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {supervisees.length} {supervisees.length === 1 ? "person" : "people"}
              </Link>
              .
            </p>
          ) : null}
        </Card>

        <Card aria-labelledby="boundaries-title">
          <CardTitle id="boundaries-title">Your boundaries</CardTitle>
          <CardDescription>Reminders and notifications respect these hours.</CardDescription>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Working hours</dt>
            <dd>
              {formatDays(me.workingHours.days)}, {me.workingHours.start}–{me.workingHours.end}
            </dd>
            <dt className="text-muted-foreground">Quiet hours</dt>
            <dd>
              {me.quietHours.start}–{me.quietHours.end}
            </dd>
            <dt className="text-muted-foreground">Time zone</dt>
            <dd>{me.timeZone}</dd>
          </dl>
          <Link
            href="/profile"
            className="mt-4 inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Change your hours
          </Link>
        </Card>
      </div>

      <section aria-labelledby="teams-title" className="space-y-3">
        <h2 id="teams-title" className="text-lg font-semibold">
          Teams in {current.organisationName}
        </h2>
        {teams.length === 0 ? (
          <EmptyState title="No teams yet">Your administrator has not set up teams.</EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {teams.map((t) => (
              <li key={t.id} className="rounded-lg border border-border bg-card p-4">
                <p className="font-medium">{t.name}</p>
                <p className="text-sm text-muted-foreground">{t.description}</p>
                <p className="mt-2 text-xs text-muted-foreground">
                  {t.memberCount} {t.memberCount === 1 ? "member" : "members"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
