"use client";

import { archiveTemplateAction } from "~/actions/development";
import { ArchiveControl } from "~/components/archive-control";

/** Archives requirements, or restores them; licences that follow them keep them either way. */
export function ArchiveTemplate(props: { templateId: string; name: string; archived: boolean }) {
  return (
    <ArchiveControl
      name={props.name}
      archived={props.archived}
      action={(archived) => archiveTemplateAction({ templateId: props.templateId, archived })}
      confirm={{
        description:
          "Clinicians can no longer choose these requirements for a licence. Licences that already follow them keep being measured by them. You can restore them later.",
        confirmLabel: "Archive the requirements",
        cancelLabel: "Keep them",
      }}
    />
  );
}
