import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Alert } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import { GroupSessionForm, SeriesForm } from "./plan-forms";
import { ScheduleEditor } from "./schedule-editor";
import { SessionTypes } from "./session-types";

export const metadata = { title: "Availability · Tend" };

/** A supervisor's offer: when they can be booked, what can be booked, groups and series. */
export default async function AvailabilityPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const api = await signedInApi();
  const unavailable = await unlessRole("supervisor", ROLE_PAGES.supervisees);
  if (unavailable) return unavailable;
  const [{ saved }, me, schedules, supervisees] = await Promise.all([
    searchParams,
    currentProfile(),
    api.availability.mine(),
    api.supervision.listSupervisees(),
  ]);
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Availability</h1>
        <p className="mt-1 text-muted-foreground">
          When your supervisees can book you, on your own clock. A window that ends before it starts
          runs past midnight (a night service&apos;s 22:00–02:00).
        </p>
      </div>
      {saved ? (
        <Alert tone="success">
          Saved. Booking now offers these times once you add a kind of session below.
        </Alert>
      ) : null}
      {schedules.length === 0 ? (
        <ScheduleEditor zones={zones} schedule={null} defaultTimeZone={me.timeZone} />
      ) : (
        schedules.map((s) => (
          <div key={s.id} className="space-y-4">
            <ScheduleEditor zones={zones} schedule={s} defaultTimeZone={me.timeZone} />
            <SessionTypes scheduleId={s.id} types={s.types} />
          </div>
        ))
      )}
      <GroupSessionForm timeZone={me.timeZone} />
      <SeriesForm
        timeZone={me.timeZone}
        supervisees={supervisees.map((s) => ({ membershipId: s.membershipId, name: s.name }))}
      />
    </div>
  );
}
