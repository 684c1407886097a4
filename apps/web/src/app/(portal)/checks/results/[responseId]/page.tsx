import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { largeChangesClosing } from "@tend/instruments";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Card, CardDescription, CardTitle } from "@tend/ui";

import { Attribution } from "~/components/attribution";
import { ResultSummary } from "~/components/result-summary";
import { formatDateTime } from "~/lib/dates";
import { NEXT_STEP_TARGETS } from "~/lib/next-step-targets";
import { ROLE_PAGES } from "~/lib/role-pages";
import { ShareSection } from "./share-section";

export const metadata = { title: "Your results · Tend" };

export default async function ResultPage({ params }: { params: Promise<{ responseId: string }> }) {
  const { responseId } = await params;
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.checks);
  if (unavailable) return unavailable;
  const [data, me] = await Promise.all([
    api.selfCheck.get({ responseId }).catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
      )
        notFound();
      throw error;
    }),
    currentProfile(),
  ]);

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-muted-foreground">
          {formatDateTime(data.completedAt, me.timeZone)}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          Your {data.instrument.shortName} results
        </h1>
        <p className="mt-1 text-muted-foreground">
          A screening result to help you notice how you are doing — not a diagnosis.
          {data.previous
            ? " Changes are compared with your previous result."
            : " This is your first result for this check."}
        </p>
      </div>

      {data.supportResources ? (
        <section
          aria-labelledby="support-title"
          className="rounded-lg border border-primary/30 bg-secondary p-5"
        >
          <h2 id="support-title" className="font-semibold">
            Some of these results suggest a hard time. Support is available.
          </h2>
          <p className="mt-2 text-sm whitespace-pre-line">{data.supportResources}</p>
        </section>
      ) : null}

      {data.largeChanges.length > 0 ? (
        <section
          aria-labelledby="changes-title"
          className="rounded-lg border border-border bg-card p-5"
        >
          <h2 id="changes-title" className="font-semibold">
            {data.largeChanges.length === 1 ? "A large change" : "Large changes"} since your last
            result
          </h2>
          {data.largeChanges.length === 1 ? (
            <p className="mt-2 text-sm">{data.largeChanges[0]?.message}</p>
          ) : (
            <>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {data.largeChanges.map((change) => (
                  <li key={change.subscaleId}>{change.what}</li>
                ))}
              </ul>
              <p className="mt-2 text-sm">{largeChangesClosing(data.largeChanges)}</p>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="scores-title" className="space-y-3">
        <h2 id="scores-title" className="text-lg font-semibold">
          Scores
        </h2>
        <ResultSummary
          instrument={data.instrument}
          result={data.result}
          comparison={data.comparison}
          largeChanges={data.largeChanges}
        />
        <Link
          href={`/checks/${data.instrument.id}/history`}
          className="inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
        >
          See your {data.instrument.shortName} history
        </Link>
      </section>

      <section aria-labelledby="next-title" className="space-y-3">
        <h2 id="next-title" className="text-lg font-semibold">
          Next steps
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {data.nextSteps.map((step) => {
            const target = NEXT_STEP_TARGETS[step.target];
            return (
              <li key={step.ruleId} className="rounded-lg border border-border bg-card p-4">
                <p className="font-medium">{step.title}</p>
                <p className="mt-1 text-sm text-muted-foreground">{step.body}</p>
                <a
                  href={target.href}
                  className="mt-2 inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
                >
                  {target.action}
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      <Card aria-labelledby="review-title">
        <CardTitle id="review-title">Review your prevention plan</CardTitle>
        <CardDescription>
          A minute with your plan after each check keeps it useful: is each commitment still right
          for you?
        </CardDescription>
        <Link
          href="/plan?review=1"
          className="mt-4 inline-flex h-10 items-center rounded-md border border-input px-4 text-sm font-medium hover:bg-accent"
        >
          Review my plan
        </Link>
      </Card>

      <ShareSection responseId={data.id} shares={data.shares} supervisors={data.supervisors} />

      <Attribution attribution={data.instrument.attribution} />
    </div>
  );
}
