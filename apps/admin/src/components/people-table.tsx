"use client";

import { useId, useMemo, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { Badge, EmptyState, Input, Label, Select, Table, Td, Th } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";

type Person = RouterOutputs["person"]["list"][number];

/** The organisation's people, filterable by name or email and by role. Read-only for now. */
export function PeopleTable({ people }: { people: Person[] }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [role, setRole] = useState<"" | keyof typeof ROLE_LABELS>("");
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return people.filter(
      (p) =>
        (!q || p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q)) &&
        (!role || p.roles.includes(role)),
    );
  }, [people, query, role]);

  if (people.length === 0)
    return <EmptyState title="No people yet">Invite your team to get started.</EmptyState>;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-2">
          <Label htmlFor={`${id}-q`}>Search</Label>
          <Input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Name or email"
            className="w-64"
          />
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-role`}>Role</Label>
          <Select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as typeof role)}
            className="w-48"
          >
            <option value="">All roles</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <p className="pb-2 text-sm text-muted-foreground" aria-live="polite">
          {shown.length} of {people.length} people
        </p>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="Nobody matches">Try another name or role.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">People in your organisation</caption>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Roles</Th>
              <Th>Teams</Th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.membershipId}>
                <Td>
                  <span className="font-medium">{p.name}</span>
                  {p.title ? (
                    <span className="block text-xs text-muted-foreground">{p.title}</span>
                  ) : null}
                </Td>
                <Td>{p.email}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {p.roles.map((r) => (
                      <Badge key={r}>{ROLE_LABELS[r]}</Badge>
                    ))}
                  </span>
                </Td>
                <Td>
                  {p.teams.length ? (
                    p.teams.join(", ")
                  ) : (
                    <span className="text-muted-foreground">No team</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
