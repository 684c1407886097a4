"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import { switchOrganisationAction } from "./organisation-actions";
import { useAction } from "./use-action";

/**
 * Lets a member of several organisations choose which one the portal shows: the current one's
 * name opens the list of the others, and choosing one switches at once (no second button).
 * Escape closes the list.
 */
export function OrganisationSwitcher({
  current,
  memberships,
}: {
  current: string;
  memberships: { id: string; name: string }[];
}) {
  const router = useRouter();
  const list = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const switchOrg = useAction(switchOrganisationAction, {
    onSuccess: () => {
      setOpen(false);
      router.push("/");
      router.refresh();
    },
  });
  const here = memberships.find((m) => m.id === current) ?? memberships[0];
  const others = memberships.filter((m) => m.id !== here?.id);

  if (others.length === 0) return <span className="text-sm font-medium">{here?.name}</span>;
  return (
    <div
      className="relative"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={list}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex max-w-full items-center gap-1 rounded-md px-2 py-1.5 text-left text-sm font-medium hover:bg-accent"
      >
        {here?.name}
        <span className="sr-only">: switch organisation</span>
        <span aria-hidden="true">▾</span>
      </button>
      <div
        id={list}
        hidden={!open}
        className="z-10 mt-1 w-full min-w-64 rounded-md border border-border bg-card p-1 shadow-md md:absolute md:right-0 md:w-auto"
      >
        <p className="px-2 py-1 text-xs text-muted-foreground">Switch to</p>
        <ul>
          {others.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                aria-disabled={switchOrg.isPending}
                onClick={() => {
                  if (!switchOrg.isPending) switchOrg.mutate({ organisationId: m.id });
                }}
                className="w-full rounded-sm px-2 py-2 text-left text-sm hover:bg-accent"
              >
                {m.name}
              </button>
            </li>
          ))}
        </ul>
        {switchOrg.isPending ? (
          <p role="status" className="px-2 py-1 text-sm text-muted-foreground">
            Switching…
          </p>
        ) : null}
        {switchOrg.error ? (
          <p role="alert" className="px-2 py-1 text-sm text-destructive">
            {switchOrg.error.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
