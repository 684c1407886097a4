"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { regenerateFeedAction, revokeFeedAction } from "~/actions/supervision";

/** The private calendar feed: its address is shown once, when made; it can be replaced or turned off. */
export function FeedCard({ active }: { active: boolean }) {
  const router = useRouter();
  const [address, setAddress] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<"replace" | "off" | null>(null);
  const regenerate = useAction(regenerateFeedAction, {
    onSuccess: ({ token }) => {
      setConfirming(null);
      setAddress(`${window.location.origin}/api/calendar/${token}`);
      router.refresh();
    },
  });
  const revoke = useAction(revokeFeedAction, {
    onSuccess: () => {
      setConfirming(null);
      setAddress(null);
      router.refresh();
    },
  });
  return (
    <Card className="space-y-3" aria-labelledby="feed-title">
      <h2 id="feed-title" className="text-lg font-semibold tracking-tight">
        Your calendar
      </h2>
      <CardDescription>
        Subscribe to your sessions and your peer groups&apos; meetings from Google Calendar, Outlook
        or Apple Calendar with a private address. It shows times and who you meet, never agendas,
        notes or what is said in a group. Anyone with the address can read it, so keep it to
        yourself; you can replace it or turn it off at any time.
      </CardDescription>
      {address ? (
        <div className="space-y-2">
          <label htmlFor="feed-address" className="text-sm font-medium">
            Your private calendar address (shown only now)
          </label>
          <Input
            id="feed-address"
            readOnly
            value={address}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            size="sm"
            variant="outline"
            onClick={() => void navigator.clipboard.writeText(address)}
          >
            Copy address
          </Button>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {active ? (
          <>
            <Button size="sm" variant="outline" onClick={() => setConfirming("replace")}>
              Make a new address
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming("off")}>
              Turn the feed off
            </Button>
          </>
        ) : (
          <Button size="sm" onClick={() => regenerate.mutate()} disabled={regenerate.isPending}>
            {regenerate.isPending ? "Making…" : "Make my calendar address"}
          </Button>
        )}
      </div>
      {regenerate.error && !confirming ? (
        <Alert tone="error">{regenerate.error.message}</Alert>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirming === "off" ? "Turn your calendar feed off?" : "Make a new address?"}
        description={
          confirming === "off"
            ? "Calendar apps subscribed to it stop receiving your sessions and meetings."
            : "The current address stops working at once; subscribe again with the new one."
        }
        confirmLabel={confirming === "off" ? "Turn it off" : "Make a new address"}
        cancelLabel="Keep it"
        pending={regenerate.isPending || revoke.isPending}
        error={(confirming === "off" ? revoke.error : regenerate.error)?.message}
        onConfirm={() => (confirming === "off" ? revoke.mutate() : regenerate.mutate())}
      />
    </Card>
  );
}
