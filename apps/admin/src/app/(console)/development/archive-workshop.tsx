"use client";

import { archiveWorkshopAction } from "~/actions/development";
import { ArchiveControl } from "~/components/archive-control";

/** Takes a workshop out of the catalog, or puts it back; those enrolled keep it either way. */
export function ArchiveWorkshop(props: { workshopId: string; title: string; archived: boolean }) {
  return (
    <ArchiveControl
      name={props.title}
      archived={props.archived}
      action={(archived) => archiveWorkshopAction({ workshopId: props.workshopId, archived })}
      restoreLabel="Put back in the catalog"
      confirm={{
        description:
          "It leaves the catalog and nobody new can enrol. Clinicians already enrolled still see it and can mark it complete; CE already logged from it stays in their logs. You can put it back later.",
        confirmLabel: "Archive the workshop",
        cancelLabel: "Keep it",
      }}
    />
  );
}
