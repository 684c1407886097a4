import { STRATEGIES } from "@tend/instruments";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";
import { formatLocal } from "@tend/scheduling";
import { formatDays } from "@tend/ui/labels";

import { formatDateTime } from "~/lib/dates";
import { ROLE_PAGES } from "~/lib/role-pages";
import { PlanEditor } from "./plan-editor";

export const metadata = { title: "Prevention plan · Tend" };

export default async function PlanPage({
  searchParams,
}: {
  searchParams: Promise<{ review?: string }>;
}) {
  const { review } = await searchParams;
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.plan);
  if (unavailable) return unavailable;
  const [plan, goals] = await Promise.all([api.plan.get(), api.development.goals()]);
  const hours = {
    working: `${formatDays(plan.workingHours.days)}, ${plan.workingHours.start}–${plan.workingHours.end}`,
    quiet: `${plan.quietHours.start}–${plan.quietHours.end}`,
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your prevention plan</h1>
        <p className="mt-1 text-muted-foreground">
          Small, specific commitments across five strategies. Your plan is private: nobody else can
          read it.
        </p>
        {plan.reviewedAt ? (
          <p className="mt-1 text-sm text-muted-foreground">
            Last reviewed {formatDateTime(plan.reviewedAt, plan.timeZone)}.
          </p>
        ) : null}
      </div>
      <PlanEditor
        strategies={STRATEGIES}
        plan={plan}
        hours={hours}
        goals={goals}
        reviewing={review === "1"}
        today={formatLocal(new Date(), plan.timeZone, "yyyy-MM-dd")}
      />
    </div>
  );
}
