import Link from "next/link";

import { SignOutButton } from "@tend/auth/next/sign-out-button";
import { OrganisationSwitcher } from "@tend/nextjs/organisation-switcher";
import { RoleUnavailable } from "@tend/nextjs/role-unavailable";
import { currentMembership, currentMemberships, currentProfile } from "@tend/nextjs/server";
import { AppHeader } from "@tend/ui/nav";

import { env } from "~/env";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const [me, memberships] = await Promise.all([currentProfile(), currentMemberships()]);
  const current = memberships.length > 0 ? await currentMembership() : null;
  const adminElsewhere = memberships.filter((m) => m.roles.includes("admin"));

  if (!current?.roles.includes("admin")) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
        <RoleUnavailable
          role="admin"
          title="Administrators only"
          purpose="The admin console is where an organisation's administrators look after its people, teams and settings."
          feature="the admin console is"
        >
          <p className="mt-4 text-sm text-muted-foreground">You are signed in as {me.email}.</p>
          <div className="mt-6 flex flex-wrap items-center gap-3">
            <a
              href={env.WEB_URL}
              className="text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              Go to the clinician portal
            </a>
            <SignOutButton />
          </div>
        </RoleUnavailable>
      </main>
    );
  }

  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-card print:hidden">
        <AppHeader
          context={current.organisationId}
          className="max-w-6xl"
          brand={
            <Link href="/" className="font-semibold text-primary">
              Tend admin
            </Link>
          }
          items={[
            { href: "/", label: "People", also: ["/people/"] },
            { href: "/invitations", label: "Invitations" },
            { href: "/teams", label: "Teams" },
            { href: "/groups", label: "Groups" },
            { href: "/development", label: "Development", also: ["/development/"] },
            { href: "/reports", label: "Reports" },
            { href: "/audit", label: "Audit log" },
            { href: "/settings", label: "Settings" },
          ]}
          account={
            <>
              <a
                href={env.WEB_URL}
                className="text-sm text-primary underline-offset-4 hover:underline"
              >
                Clinician portal
              </a>
              <OrganisationSwitcher
                current={current.organisationId}
                memberships={adminElsewhere.map((m) => ({
                  id: m.organisationId,
                  name: m.organisationName,
                }))}
              />
              <span className="text-sm text-muted-foreground">{me.name || me.email}</span>
              <SignOutButton />
            </>
          }
        />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
