"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { Badge, Table, Td, Th } from "@tend/ui";
import { ROLE_LABELS } from "@tend/ui/labels";

import type { PeopleParams } from "./people-query";
import { peopleHref } from "./people-query";

type Person = RouterOutputs["person"]["search"]["rows"][number];

const joined = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

function Roles({ person }: { person: Person }) {
  return (
    <span className="flex flex-wrap gap-1">
      {person.roles.map((r) => (
        <Badge key={r}>{ROLE_LABELS[r]}</Badge>
      ))}
      {person.deactivatedAt && (
        <Badge className="border-destructive/40 text-destructive">Deactivated</Badge>
      )}
    </span>
  );
}

const teamsText = (person: Person) =>
  person.teams.length > 0 ? person.teams.map((t) => t.name).join(", ") : "No team";

const columns: ColumnDef<Person>[] = [
  {
    id: "name",
    header: "Name",
    cell: ({ row }) => (
      <div>
        <Link
          href={`/people/${row.original.membershipId}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {row.original.name || row.original.email}
        </Link>
      </div>
    ),
  },
  { id: "email", header: "E-mail", cell: ({ row }) => row.original.email },
  { id: "roles", header: "Roles", cell: ({ row }) => <Roles person={row.original} /> },
  { id: "teams", header: "Teams", cell: ({ row }) => teamsText(row.original) },
  { id: "title", header: "Job title", cell: ({ row }) => row.original.title ?? "—" },
  {
    id: "joined",
    header: "Joined",
    cell: ({ row }) => (
      <span className="whitespace-nowrap">{joined.format(row.original.joinedAt)}</span>
    ),
  },
];

const SORTABLE = new Set(["name", "email", "title", "joined"]);

/**
 * One page of people. Sorting and paging happen on the server (the table is told, not asked):
 * a column header is a link to the list sorted by it. On a phone, rows become cards.
 */
export function PeopleTable({ rows, params }: { rows: Person[]; params: PeopleParams }) {
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.membershipId,
    manualSorting: true,
    manualPagination: true,
    state: { sorting: [{ id: params.sort, desc: params.direction === "desc" }] },
  });

  return (
    <>
      <div className="hidden md:block">
        <Table>
          <caption className="sr-only">People, sorted by {params.sort}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  if (!SORTABLE.has(id)) return <Th key={header.id}>{label}</Th>;
                  const sorted = params.sort === id;
                  const sort = id as PeopleParams["sort"];
                  return (
                    <Th
                      key={header.id}
                      aria-sort={
                        sorted ? (params.direction === "asc" ? "ascending" : "descending") : "none"
                      }
                    >
                      <Link
                        href={peopleHref(params, {
                          sort,
                          direction: sorted && params.direction === "asc" ? "desc" : "asc",
                          page: 1,
                        })}
                        className="inline-flex items-center gap-1 hover:text-foreground"
                      >
                        {label}
                        <span aria-hidden className="text-xs">
                          {sorted ? (params.direction === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </Link>
                    </Th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Td key={cell.id} className="align-top">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="People">
        {rows.map((person) => (
          <li key={person.membershipId} className="rounded-lg border border-border bg-card p-4">
            <Link
              href={`/people/${person.membershipId}`}
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              {person.name || person.email}
            </Link>
            <p className="text-sm break-all text-muted-foreground">{person.email}</p>
            <div className="mt-2">
              <Roles person={person} />
            </div>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">Teams</dt>
              <dd>{teamsText(person)}</dd>
              <dt className="text-muted-foreground">Job title</dt>
              <dd>{person.title ?? "—"}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
