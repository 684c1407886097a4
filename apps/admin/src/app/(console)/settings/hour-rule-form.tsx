"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input } from "@tend/ui";

import { setHourRuleAction } from "~/actions/settings";

/**
 * How the organisation's licensing board counts supervision hours: what a group hour is worth
 * and how many group hours may count. Clinicians' hour logs and verification pages follow it.
 */
export function HourRuleForm({
  name: initialName,
  rule,
}: {
  name: string;
  rule: { groupWeight?: number; groupCapMinutes?: number; groupMaxShare?: number };
}) {
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const [weight, setWeight] = useState(String(Math.round((rule.groupWeight ?? 1) * 100)));
  const [capHours, setCapHours] = useState(
    rule.groupCapMinutes === undefined ? "" : String(rule.groupCapMinutes / 60),
  );
  const [share, setShare] = useState(
    rule.groupMaxShare === undefined ? "" : String(Math.round(rule.groupMaxShare * 100)),
  );
  const save = useAction(setHourRuleAction, { onSuccess: () => router.refresh() });
  return (
    <Card className="space-y-3" aria-labelledby="hour-rule-title">
      <h2 id="hour-rule-title" className="text-lg font-semibold tracking-tight">
        Supervision hours: the board&apos;s rule
      </h2>
      <CardDescription>
        Licensing boards differ in how they count group supervision. Leave the limits empty when
        yours has none.
      </CardDescription>
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            name,
            rule: {
              groupWeight: Number(weight) / 100,
              ...(capHours.trim() === ""
                ? {}
                : { groupCapMinutes: Math.round(Number(capHours) * 60) }),
              ...(share.trim() === "" ? {} : { groupMaxShare: Number(share) / 100 }),
            },
          });
        }}
      >
        <label className="space-y-1 text-sm sm:col-span-2">
          <span className="block font-medium">Name of the rule (shown to clinicians)</span>
          <Input
            value={name}
            maxLength={120}
            placeholder="e.g. State licensing board"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">A group hour counts as (% of an hour)</span>
          <Input
            type="number"
            min={0}
            max={100}
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Group hours count up to (hours)</span>
          <Input
            type="number"
            min={0}
            step="0.5"
            value={capHours}
            onChange={(e) => setCapHours(e.target.value)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Group hours make up at most (% of the total)</span>
          <Input
            type="number"
            min={0}
            max={100}
            value={share}
            onChange={(e) => setShare(e.target.value)}
          />
        </label>
        {save.error ? (
          <Alert tone="error" className="sm:col-span-2">
            {save.error.message}
          </Alert>
        ) : null}
        {save.isSuccess ? (
          <Alert tone="success" className="sm:col-span-2">
            Saved. Hour logs count by this rule now.
          </Alert>
        ) : null}
        <div className="sm:col-span-2">
          <Button type="submit" size="sm" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save the rule"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
