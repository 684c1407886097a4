/**
 * Shown while the report is worked out: the first viewing in an hour (or after a change to
 * people or teams) reads every record of the period, which takes seconds in a large clinic.
 */
export default function ReportLoading() {
  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">Team wellbeing</h1>
        <p role="status" className="mt-1 text-muted-foreground">
          Working out the figures from your clinic&apos;s records…
        </p>
      </div>
      <div aria-hidden="true" className="space-y-3">
        {[0, 1, 2].map((i) => (
          <div
            key={i}
            className="h-24 animate-pulse rounded-lg bg-muted motion-reduce:animate-none"
          />
        ))}
      </div>
    </div>
  );
}
