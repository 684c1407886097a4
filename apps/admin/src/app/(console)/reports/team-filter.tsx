import Form from "next/form";
import Link from "next/link";

import { buttonVariants } from "@tend/ui";

/**
 * Choosing teams to see together, in the address (`?team=…&team=…`) so a filtered report can
 * be shared and reloaded. Works without JavaScript: a GET form.
 */
export function TeamFilter({
  choices,
  selected,
  selectionNames,
  by,
  stale,
}: {
  choices: { key: string; name: string }[];
  selected: string[];
  selectionNames: string[] | null;
  by: string;
  stale: boolean;
}) {
  const chosen = new Set(selected);
  return (
    <section aria-labelledby="team-filter-title" className="space-y-2 print:hidden">
      <details
        className="rounded-lg border border-border bg-card p-4"
        open={selectionNames !== null || stale}
      >
        <summary className="cursor-pointer font-medium" id="team-filter-title">
          Teams: {selectionNames ? selectionNames.join(", ") : "the whole organisation"}
        </summary>
        <Form action="/reports" className="mt-3 space-y-3">
          {by !== "month" && <input type="hidden" name="by" value={by} />}
          <fieldset>
            <legend className="text-sm text-muted-foreground">
              Choose teams to see together. A choice is refused when the teams left out, or some of
              the hidden ones, could then be worked out.
            </legend>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              {choices.map((c) => (
                <label key={c.key} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="team"
                    value={c.key}
                    defaultChecked={chosen.has(c.key)}
                    className="size-4 accent-primary"
                  />
                  {c.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonVariants({ variant: "secondary", size: "sm" })}>
              Show these teams
            </button>
            {selectionNames && (
              <Link
                href={by === "month" ? "/reports" : `/reports?by=${by}`}
                className="text-sm text-primary underline-offset-4 hover:underline"
              >
                Whole organisation
              </Link>
            )}
          </div>
        </Form>
      </details>
      {stale && (
        <p role="status" className="text-sm text-muted-foreground">
          One of the teams in that link no longer exists, so the whole organisation is shown.
        </p>
      )}
    </section>
  );
}
