"use client";

import { useRouter } from "next/navigation";

import { Button } from "@tend/ui";

import { switchOrganisationAction } from "./organisation-actions";
import { useAction } from "./use-action";

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
  const router = useRouter();
  const switchOrg = useAction(switchOrganisationAction, { onSuccess: () => router.refresh() });
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
          {switchOrg.error.message}
        </span>
      ) : null}
    </div>
  );
}
