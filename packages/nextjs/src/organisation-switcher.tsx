"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { Button, Select } from "@tend/ui";

import { switchOrganisationAction } from "./organisation-actions";
import { useAction } from "./use-action";

/** Lets a member of several organisations choose which one the portal shows. */
export function OrganisationSwitcher({
  current,
  memberships,
}: {
  current: string;
  memberships: { id: string; name: string }[];
}) {
  const router = useRouter();
  const id = useId();
  const [selected, setSelected] = useState(current);
  const switchOrg = useAction(switchOrganisationAction, {
    onSuccess: () => {
      router.push("/");
      router.refresh();
    },
  });

  if (memberships.length < 2) {
    return <span className="text-sm font-medium">{memberships[0]?.name}</span>;
  }
  return (
    <form
      className="flex w-full min-w-0 flex-wrap items-center gap-2 sm:w-auto"
      onSubmit={(e) => {
        e.preventDefault();
        switchOrg.mutate({ organisationId: selected });
      }}
    >
      <label htmlFor={id} className="sr-only">
        Organisation
      </label>
      <Select
        id={id}
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        className="h-9 min-w-0 flex-1 sm:w-auto sm:flex-none"
      >
        {memberships.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      <Button
        type="submit"
        size="sm"
        variant="outline"
        disabled={selected === current || switchOrg.isPending}
      >
        {switchOrg.isPending ? "Switching…" : "Switch"}
      </Button>
      {switchOrg.error ? (
        <span role="alert" className="text-sm text-destructive">
          {switchOrg.error.message}
        </span>
      ) : null}
    </form>
  );
}
