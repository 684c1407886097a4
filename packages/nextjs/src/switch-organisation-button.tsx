"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { describeError, useTRPC } from "@tend/api/client";
import { Button } from "@tend/ui";

/**
 * One step to another of the person's organisations, staying on the same page: after the
 * switch the page renders again for that organisation.
 */
export function SwitchOrganisationButton({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const switchOrg = useMutation(
    trpc.org.switch.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        type="button"
        onClick={() => switchOrg.mutate({ organisationId })}
        disabled={switchOrg.isPending || switchOrg.isSuccess}
      >
        {switchOrg.isPending || switchOrg.isSuccess
          ? "Switching…"
          : `Switch to ${organisationName}`}
      </Button>
      {switchOrg.error ? (
        <span role="alert" className="text-sm text-destructive">
          {describeError(switchOrg.error).message}
        </span>
      ) : null}
    </div>
  );
}
