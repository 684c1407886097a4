import Link from "next/link";

import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { buttonVariants, Card, CardDescription, EmptyState, Select } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import { FORMAT_LABELS, formatMinutes, formatWhen } from "~/lib/supervision";
import { JoinGroupButton } from "./join-group-button";
import { SlotPicker } from "./slot-picker";

export const metadata = { title: "Book supervision · Tend" };

const DAY = 86_400_000;
const DAYS_SHOWN = 14;

export default async function BookPage({
  searchParams,
}: {
  searchParams: Promise<{ type?: string; from?: string }>;
}) {
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.supervision);
  if (unavailable) return unavailable;
  const [me, options, params] = await Promise.all([
    currentProfile(),
    api.booking.options(),
    searchParams,
  ]);
  const type = options.sessionTypes.find((t) => t.id === params.type) ?? options.sessionTypes[0];
  const now = new Date();
  const offset = Math.max(0, Math.min(56, Number.parseInt(params.from ?? "0", 10) || 0));
  const from = new Date(now.getTime() + offset * DAY);
  const slots = type
    ? await api.booking.slots({
        sessionTypeId: type.id,
        from,
        to: new Date(from.getTime() + DAYS_SHOWN * DAY),
      })
    : [];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Book supervision</h1>
        <p className="mt-1 text-muted-foreground">
          Times are in your time zone, {me.timeZone}
          {type && type.supervisorTimeZone !== me.timeZone
            ? `, with ${type.supervisorName}'s (${type.supervisorTimeZone}) beside them`
            : ""}
          .
        </p>
      </div>
      <Card className="space-y-4" aria-labelledby="individual-title">
        <h2 id="individual-title" className="text-lg font-semibold tracking-tight">
          Individual supervision
        </h2>
        {options.supervisors.length === 0 ? (
          <EmptyState title="You have no supervisor here yet">
            Your clinic&apos;s administrator records who supervises you.
          </EmptyState>
        ) : !type ? (
          <EmptyState title="No times offered yet">
            {options.supervisors.map((s) => s.name).join(" and ")} has not set up times to book yet.
            Ask them, or join a case discussion below.
          </EmptyState>
        ) : (
          <>
            <form className="flex flex-wrap items-end gap-3" action="/supervision/book">
              <label className="space-y-1 text-sm">
                <span className="block font-medium">Kind of session</span>
                <Select name="type" defaultValue={type.id}>
                  {options.sessionTypes.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name} with {t.supervisorName} ({formatMinutes(t.durationMinutes)})
                    </option>
                  ))}
                </Select>
              </label>
              <button type="submit" className={buttonVariants({ variant: "outline" })}>
                Show times
              </button>
            </form>
            <CardDescription>
              You can cancel or move a booking up to {formatMinutes(type.cancellationWindowMinutes)}{" "}
              before it starts.
            </CardDescription>
            <SlotPicker
              key={`${type.id}-${offset}`}
              sessionTypeId={type.id}
              slots={slots}
              timeZone={me.timeZone}
              supervisorTimeZone={type.supervisorTimeZone}
            />
            <nav aria-label="More times" className="flex gap-4 text-sm">
              {offset > 0 ? (
                <Link
                  className="text-primary underline"
                  href={`/supervision/book?type=${type.id}&from=${Math.max(0, offset - DAYS_SHOWN)}`}
                >
                  ← Earlier
                </Link>
              ) : null}
              {offset + DAYS_SHOWN <= 56 ? (
                <Link
                  className="text-primary underline"
                  href={`/supervision/book?type=${type.id}&from=${offset + DAYS_SHOWN}`}
                >
                  Later →
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </Card>
      <Card className="space-y-4" aria-labelledby="groups-title">
        <h2 id="groups-title" className="text-lg font-semibold tracking-tight">
          Group case discussions
        </h2>
        {options.groups.length === 0 ? (
          <EmptyState title="No case discussions planned">
            When a supervisor plans one in the next two months, it appears here.
          </EmptyState>
        ) : (
          <ul className="space-y-2">
            {options.groups.map((g) => (
              <li
                key={g.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border px-4 py-3"
              >
                <span>
                  <span className="font-medium">{formatWhen(g.startsAt, me.timeZone)}</span>{" "}
                  {g.title}
                  <span className="block text-sm text-muted-foreground">
                    With {g.supervisorName} · {FORMAT_LABELS[g.format]} · {g.seated} of{" "}
                    {g.seatLimit} seats taken
                    {g.waiting > 0 ? ` · ${g.waiting} on the waitlist` : ""}
                  </span>
                </span>
                {g.myStatus ? (
                  <Link
                    href={`/supervision/sessions/${g.id}`}
                    className="text-sm text-primary underline"
                  >
                    {g.myStatus === "seated" ? "You have a seat" : "You are on the waitlist"}
                  </Link>
                ) : (
                  <JoinGroupButton sessionId={g.id} full={g.seated >= g.seatLimit} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
