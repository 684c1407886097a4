"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Button, Input, Label } from "@tend/ui";

import { inviteCandidatesAction, inviteToGroupAction } from "~/actions/groups";

/**
 * A facilitator finds colleagues by a part of their name and invites them; each then sees the
 * group and joins by accepting its agreement.
 */
export function InviteColleagues({ groupId }: { groupId: string }) {
  const router = useRouter();
  const id = useId();
  const [search, setSearch] = useState("");
  const [invited, setInvited] = useState<string[]>([]);
  // Results are kept with the words they answer: a slow answer to an earlier search never
  // replaces the answer to the latest one.
  const [results, setResults] = useState<{
    search: string;
    people: { membershipId: string; name: string }[];
  } | null>(null);
  const find = useAction(inviteCandidatesAction, {
    onSuccess: (people, input) => setResults({ search: input.search ?? "", people }),
  });
  const invite = useAction(inviteToGroupAction, {
    onSuccess: (_data, input) => {
      setInvited((names) => [...names, input.membershipId]);
      router.refresh();
    },
  });
  // Looks a moment after typing stops, not at every key.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const look = (text: string) => {
    setSearch(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (text.trim()) find.mutate({ groupId, search: text });
      else setResults(null);
    }, 250);
  };
  const current = results?.search === search ? results.people : null;
  const found = (current ?? []).filter((p) => !invited.includes(p.membershipId));

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <Label htmlFor={`${id}-search`}>Find a colleague by name</Label>
        <Input
          id={`${id}-search`}
          type="search"
          value={search}
          maxLength={80}
          autoComplete="off"
          onChange={(e) => look(e.target.value)}
          aria-describedby={`${id}-results`}
        />
      </div>
      <p id={`${id}-results`} role="status" className="text-sm text-muted-foreground">
        {find.error
          ? find.error.message
          : !search.trim()
            ? "Type a part of a name."
            : !current
              ? "Looking…"
              : found.length === 0
                ? "Nobody to invite by that name."
                : `${found.length} ${found.length === 1 ? "colleague" : "colleagues"} you can invite.`}
      </p>
      {found.length > 0 ? (
        <ul className="divide-y divide-border">
          {found.map((p) => (
            <li key={p.membershipId} className="flex flex-wrap items-center gap-3 py-2">
              <span className="break-words">{p.name}</span>
              <Button
                size="sm"
                variant="outline"
                className="ml-auto"
                aria-label={`Invite ${p.name}`}
                disabled={invite.isPending}
                onClick={() => invite.mutate({ groupId, membershipId: p.membershipId })}
              >
                Invite
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {invite.error ? (
        <p role="alert" className="text-sm text-destructive">
          {invite.error.message}
        </p>
      ) : null}
    </div>
  );
}
