import Link from "next/link";

import { SignOutButton } from "@tend/auth/next/sign-out-button";
import { OrganisationSwitcher } from "@tend/nextjs/organisation-switcher";
import {
  currentMembership,
  currentMemberships,
  currentProfile,
  signedInApi,
} from "@tend/nextjs/server";
import { Badge, Card, CardDescription, CardTitle } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";
import { AppHeader } from "@tend/ui/nav";

import { Bell } from "~/components/bell";
import { env } from "~/env";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [me, memberships] = await Promise.all([currentProfile(), currentMemberships()]);

  if (memberships.length === 0) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
        <Card>
          <CardTitle>You are not part of an organisation yet</CardTitle>
          <CardDescription>
            Ask your clinic&apos;s administrator for an invitation. Once you accept it, your
            organisation appears here.
          </CardDescription>
          <div className="mt-4">
            <SignOutButton />
          </div>
        </Card>
      </main>
    );
  }

  const [current, bell] = await Promise.all([
    currentMembership(),
    signedInApi().then((api) => api.notification.unread()),
  ]);
  const roles = current.roles;
  const nav = [
    { href: "/", label: "Dashboard" },
    ...(roles.includes("clinician")
      ? [
          { href: "/checks", label: "Self-checks" },
          { href: "/plan", label: "Plan" },
        ]
      : []),
    ...(roles.includes("clinician") || roles.includes("supervisor")
      ? [{ href: "/supervision", label: "Supervision" }]
      : []),
    ...(roles.includes("supervisor")
      ? [
          { href: "/supervisees", label: "Supervisees" },
          { href: "/shared", label: "Shared with you" },
        ]
      : []),
    { href: "/groups", label: "Groups" },
    ...(roles.includes("clinician") ? [{ href: "/development", label: "Development" }] : []),
    { href: "/profile", label: "Profile" },
  ];

  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-card">
        <AppHeader
          context={current.organisationId}
          className="max-w-5xl"
          brand={
            <Link href="/" className="font-semibold text-primary">
              Tend
            </Link>
          }
          items={nav}
          status={<Bell {...bell} timeZone={me.timeZone} />}
          account={
            <>
              {roles.includes("admin") ? (
                <a
                  href={env.ADMIN_URL}
                  className="text-sm text-primary underline-offset-4 hover:underline"
                >
                  Admin console
                </a>
              ) : null}
              <OrganisationSwitcher
                current={current.organisationId}
                memberships={memberships.map((m) => ({
                  id: m.organisationId,
                  name: m.organisationName,
                }))}
              />
              <span className="text-sm text-muted-foreground" aria-label="Signed in as">
                {me.name || me.email}
              </span>
              <span className="flex gap-1" aria-label="Your roles">
                {roles.map((r) => (
                  <Badge key={r}>{ROLE_LABELS[r]}</Badge>
                ))}
              </span>
              <SignOutButton />
            </>
          }
        />
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
