import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { adminApi } from "@tend/nextjs/server";
import { Badge, Card, CardDescription } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";

import { MemberForm } from "./member-form";
import { MemberStatus } from "./member-status";
import { AssignSupervisor, EndSupervisionButton } from "./supervision-controls";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

interface Props {
  params: Promise<{ membershipId: string }>;
}

async function load(membershipId: string) {
  if (!UUID.test(membershipId)) notFound();
  const { api, current } = await adminApi();
  try {
    return { api, current, person: await api.person.get({ membershipId }) };
  } catch {
    notFound();
  }
}

/**
 * A title that does not wait for the person: a streamed title is dropped for a moment while a
 * save refreshes the page, and a page without a title fails WCAG 2.4.2.
 */
export const metadata: Metadata = { title: "Person · People · Tend admin" };

export default async function PersonPage({ params }: Props) {
  const { api, current, person } = await load((await params).membershipId);
  const [teams, supervisors] = await Promise.all([
    api.team.list(),
    api.person.search({ role: "supervisor", status: "active", pageSize: 100 }),
  ]);
  const isSelf = person.membershipId === current.membershipId;
  const supervisorOptions = supervisors.rows
    .filter(
      (s) =>
        s.membershipId !== person.membershipId &&
        !person.supervisors.some((link) => link.membershipId === s.membershipId),
    )
    .map((s) => ({ membershipId: s.membershipId, name: s.name || s.email }));
  const name = person.name || person.email;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-primary underline-offset-4 hover:underline">
          ← People
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
        <p className="mt-1 break-all text-muted-foreground">{person.email}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {person.roles.map((r) => (
            <Badge key={r}>{ROLE_LABELS[r]}</Badge>
          ))}
          {person.deactivatedAt && (
            <Badge className="border-destructive/40 text-destructive">
              Deactivated {date.format(person.deactivatedAt)}
            </Badge>
          )}
          <span>Member since {date.format(person.joinedAt)}</span>
        </p>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card className="space-y-3" aria-labelledby="member-title">
          <h2 id="member-title" className="text-lg font-semibold tracking-tight">
            Roles, teams and job title
          </h2>
          <CardDescription>
            Changes apply from their next page and are recorded in the audit log.
          </CardDescription>
          <MemberForm
            person={{
              membershipId: person.membershipId,
              roles: person.roles,
              teamIds: person.teams.map((t) => t.id),
              title: person.title,
            }}
            teams={teams.map((t) => ({ id: t.id, name: t.name }))}
            isSelf={isSelf}
          />
        </Card>

        <div className="space-y-6">
          <Card className="space-y-3" aria-labelledby="supervision-title">
            <h2 id="supervision-title" className="text-lg font-semibold tracking-tight">
              Supervision
            </h2>
            <div>
              <h3 className="text-sm font-medium">Supervised by</h3>
              <SupervisionList
                links={person.supervisors}
                empty="Nobody at the moment."
                pair={(link) => ({ supervisor: link.name, supervisee: name })}
              />
              {!person.deactivatedAt && (
                <AssignSupervisor
                  superviseeMembershipId={person.membershipId}
                  options={supervisorOptions}
                />
              )}
            </div>
            {person.roles.includes("supervisor") && (
              <div>
                <h3 className="text-sm font-medium">Supervises</h3>
                <SupervisionList
                  links={person.supervisees}
                  empty="Nobody yet. Assign a supervisor from the supervisee's page."
                  pair={(link) => ({ supervisor: name, supervisee: link.name })}
                />
              </div>
            )}
          </Card>

          {person.roles.includes("clinician") && (
            <Card className="space-y-3" aria-labelledby="ce-title">
              <h2 id="ce-title" className="text-lg font-semibold tracking-tight">
                Continuing education
              </h2>
              <CardDescription>
                Their licences, CE hours and certificates, for licence compliance. Opening the log
                is recorded in the audit log.
              </CardDescription>
              <Link
                href={`/people/${person.membershipId}/ce-log`}
                prefetch={false}
                className="text-sm font-medium text-primary underline underline-offset-4"
              >
                View the CE log<span className="sr-only"> of {name}</span>
              </Link>
            </Card>
          )}

          <Card className="space-y-3" aria-labelledby="status-title">
            <h2 id="status-title" className="text-lg font-semibold tracking-tight">
              Access
            </h2>
            <MemberStatus
              membershipId={person.membershipId}
              name={name}
              deactivated={person.deactivatedAt !== null}
              isSelf={isSelf}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}

interface SupervisionLink {
  relationshipId: string;
  membershipId: string;
  name: string;
  startedAt: Date;
}

/** Current supervision links, each with a link to the other person and an End button. */
function SupervisionList({
  links,
  empty,
  pair,
}: {
  links: SupervisionLink[];
  empty: string;
  pair: (link: SupervisionLink) => { supervisor: string; supervisee: string };
}) {
  if (links.length === 0) return <p className="mt-1 text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul className="mt-2 space-y-2">
      {links.map((link) => (
        <li key={link.relationshipId} className="flex flex-wrap items-center gap-3">
          <Link
            href={`/people/${link.membershipId}`}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            {link.name}
          </Link>
          <span className="text-sm text-muted-foreground">since {date.format(link.startedAt)}</span>
          <EndSupervisionButton relationshipId={link.relationshipId} {...pair(link)} />
        </li>
      ))}
    </ul>
  );
}
