import { currentMembership, currentProfile, signedInApi } from "@tend/nextjs/server";
import { CardDescription, EmptyState } from "@tend/ui";
import { formatDays, ROLE_LABELS } from "@tend/ui/labels";

import { firstNameOf } from "~/lib/names";
import { Block } from "./_home/blocks";
import { ClinicianHome } from "./_home/clinician";
import { SupervisorHome } from "./_home/supervisor";

export const metadata = { title: "Dashboard · Tend" };

/**
 * Home: for a clinician their checks, plan, shares, next session and meeting and CE deadlines;
 * for a supervisor what waits for them. Each block links to its page.
 */
export default async function DashboardPage() {
  const api = await signedInApi();
  const [me, current, home] = await Promise.all([
    currentProfile(),
    currentMembership(),
    api.home.get(),
  ]);
  const boundaries = (
    <Block
      id="boundaries-title"
      title="Your boundaries"
      more={{ href: "/profile", label: "Change your hours" }}
    >
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
    </Block>
  );
  const firstName = firstNameOf(me.name);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {firstName}</h1>
        <p className="mt-1 text-muted-foreground">
          {current.organisationName} · {current.roles.map((r) => ROLE_LABELS[r]).join(", ")}
        </p>
      </div>

      {home.supervisor ? (
        <section aria-labelledby="home-supervising" className="space-y-3">
          <h2 id="home-supervising" className="text-lg font-semibold">
            Waiting for you as a supervisor
          </h2>
          <SupervisorHome home={home.supervisor} timeZone={me.timeZone} />
        </section>
      ) : null}

      {!home.clinician && !home.supervisor ? (
        <EmptyState title="Nothing to show here for your role">
          Self-checks and supervision are for clinicians and supervisors.{" "}
          {current.roles.includes("admin")
            ? "The admin console has your organisation's people and reports."
            : null}
        </EmptyState>
      ) : null}

      {home.clinician ? (
        <ClinicianHome home={home.clinician} timeZone={me.timeZone}>
          {boundaries}
        </ClinicianHome>
      ) : (
        <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">{boundaries}</div>
      )}
    </div>
  );
}
