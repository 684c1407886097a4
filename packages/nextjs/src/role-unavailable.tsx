import "server-only";

import type { ReactNode } from "react";

import { Card, CardDescription } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";

import { currentMembership, currentMemberships } from "./server";
import { SwitchOrganisationButton } from "./switch-organisation-button";

type Role = keyof typeof ROLE_LABELS;

const ROLE_PLURAL: Record<Role, string> = {
  clinician: "clinicians",
  supervisor: "supervisors",
  admin: "administrators",
};

/** "a supervisor", "a clinician and an administrator". */
function rolesPhrase(roles: readonly Role[]): string {
  const words = roles.map((r) => {
    const word = ROLE_LABELS[r].toLowerCase();
    return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
  });
  if (words.length <= 1) return words[0] ?? "a member";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

export interface RoleUnavailableCopy {
  /** The page's own name, shown as its heading. */
  title: string;
  /** One sentence on what the page is for. */
  purpose: string;
  /** The page's subject and verb, e.g. "self-checks are", "the prevention plan is". */
  feature: string;
}

/**
 * What a page a role cannot use shows instead of an error: what it is for, why it is not
 * available in the active organisation, and a one-step switch to each organisation where the
 * person holds the role.
 */
export async function RoleUnavailable({
  role,
  title,
  purpose,
  feature,
  children,
}: RoleUnavailableCopy & { role: Role; children?: ReactNode }) {
  const [memberships, current] = await Promise.all([
    currentMemberships(),
    currentMembership().catch(() => null),
  ]);
  const elsewhere = memberships.filter(
    (m) => m.roles.includes(role) && m.organisationId !== current?.organisationId,
  );
  return (
    <Card className="max-w-2xl" aria-labelledby="role-unavailable-title">
      <h1 id="role-unavailable-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <CardDescription>{purpose}</CardDescription>
      <p className="mt-4">
        {current
          ? `You are ${rolesPhrase(current.roles)} in ${current.organisationName}; ${feature} for ${ROLE_PLURAL[role]}.`
          : `${feature.charAt(0).toUpperCase()}${feature.slice(1)} for ${ROLE_PLURAL[role]}.`}
      </p>
      {elsewhere.length > 0 ? (
        <div className="mt-4 space-y-3">
          <p className="text-sm">
            You are {rolesPhrase([role])} in{" "}
            {elsewhere.length === 1 ? "another organisation" : "other organisations"}:
          </p>
          <ul className="flex flex-wrap gap-3">
            {elsewhere.map((m) => (
              <li key={m.organisationId}>
                <SwitchOrganisationButton
                  organisationId={m.organisationId}
                  organisationName={m.organisationName}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm text-muted-foreground">
          None of your organisations gives you this role. If you think it should, talk to your
          organisation&apos;s administrator.
        </p>
      )}
      {children}
    </Card>
  );
}

/**
 * For a page only one role may use: null when the active membership holds the role,
 * otherwise the explanation to render instead of the page.
 */
export async function unlessRole(role: Role, copy: RoleUnavailableCopy): Promise<ReactNode> {
  const current = await currentMembership().catch(() => null);
  if (current?.roles.includes(role)) return null;
  return <RoleUnavailable role={role} {...copy} />;
}
