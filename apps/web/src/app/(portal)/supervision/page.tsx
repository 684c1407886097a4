import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { currentMembership, currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, CardDescription, EmptyState } from "@tend/ui";

import { ROLE_PAGES } from "~/lib/role-pages";
import {
  FORMAT_LABELS,
  formatClock,
  formatDay,
  formatWhen,
  KIND_LABELS,
  localDate,
  weekOf,
} from "~/lib/supervision";
import { FeedCard } from "./feed-card";

export const metadata = { title: "Supervision · Tend" };

type Session = RouterOutputs["session"]["listMine"][number];
const DAY = 86_400_000;

function SessionLine({ s, timeZone }: { s: Session; timeZone: string }) {
  return (
    <Link
      href={`/supervision/sessions/${s.id}`}
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-4 py-3 hover:bg-accent"
    >
      <span>
        <span className="font-medium">{formatWhen(s.startsAt, timeZone)}</span>
        <span className="ml-2">{s.title ?? KIND_LABELS[s.kind]}</span>
        <span className="block text-sm text-muted-foreground">
          {s.role === "supervisor" ? "You supervise" : `With ${s.supervisorName}`} ·{" "}
          {FORMAT_LABELS[s.format]}
          {s.kind === "group" ? ` · ${s.seated} of ${s.seatLimit} seats` : ""}
          {s.waiting > 0 ? `, ${s.waiting} waiting` : ""}
        </span>
      </span>
      <span className="flex flex-wrap gap-1">
        {s.cancelled ? <Badge>Cancelled</Badge> : null}
        {s.role === "waitlisted" ? <Badge>On the waitlist</Badge> : null}
        {s.inSeries ? <Badge>Recurring</Badge> : null}
        {s.moved ? <Badge>Moved</Badge> : null}
      </span>
    </Link>
  );
}

/** A supervisor's week: a column per day on wide screens, a list of days on a phone. */
function WeekView({
  sessions,
  week,
  timeZone,
}: {
  sessions: Session[];
  week: ReturnType<typeof weekOf>;
  timeZone: string;
}) {
  return (
    <Card className="space-y-4" aria-labelledby="week-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="week-title" className="text-lg font-semibold tracking-tight">
          Week of {formatDay(week.start, timeZone)}
        </h2>
        <nav aria-label="Weeks" className="flex gap-2 text-sm">
          <Link className="text-primary underline" href={`/supervision?week=${week.previous}`}>
            ← Previous week
          </Link>
          <Link className="text-primary underline" href="/supervision">
            This week
          </Link>
          <Link className="text-primary underline" href={`/supervision?week=${week.next}`}>
            Next week →
          </Link>
        </nav>
      </div>
      <ol className="grid gap-2 md:grid-cols-7">
        {week.days.map((day) => {
          const key = localDate(day, timeZone);
          const today = sessions.filter(
            (s) => localDate(s.startsAt, timeZone) === key && s.role === "supervisor",
          );
          return (
            <li key={key} className="rounded-md border border-border p-2 md:min-h-32">
              <p className="text-sm font-medium">{formatDay(day, timeZone)}</p>
              {today.length === 0 ? (
                <p className="text-xs text-muted-foreground">Nothing booked</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {today.map((s) => (
                    <li key={s.id}>
                      <Link
                        href={`/supervision/sessions/${s.id}`}
                        className={`block rounded px-1.5 py-1 text-xs hover:bg-accent ${
                          s.cancelled ? "text-muted-foreground line-through" : "bg-muted"
                        }`}
                      >
                        <span className="font-medium">{formatClock(s.startsAt, timeZone)}</span>{" "}
                        {s.title ?? (s.kind === "individual" ? "Individual" : "Group")}
                        {s.kind === "group" ? ` (${s.seated}/${s.seatLimit})` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

export default async function SupervisionPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string }>;
}) {
  const api = await signedInApi();
  const { roles } = await currentMembership();
  if (!roles.includes("clinician")) {
    const unavailable = await unlessRole("supervisor", ROLE_PAGES.supervision);
    if (unavailable) return unavailable;
  }
  const [me, params] = await Promise.all([currentProfile(), searchParams]);
  const now = new Date();
  const week = weekOf(params.week, me.timeZone, now);
  const supervisor = roles.includes("supervisor");
  const [sessions, weekSessions, feed] = await Promise.all([
    api.session.listMine({
      from: new Date(now.getTime() - 30 * DAY),
      to: new Date(now.getTime() + 90 * DAY),
    }),
    supervisor ? api.session.listMine({ from: week.start, to: week.end }) : Promise.resolve([]),
    api.calendar.feedStatus(),
  ]);
  const upcoming = sessions.filter((s) => s.endsAt > now);
  const past = sessions.filter((s) => s.endsAt <= now).reverse();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Supervision</h1>
        <p className="mt-1 text-muted-foreground">
          Your supervision sessions and case discussions. Times are in your time zone, {me.timeZone}
          .
        </p>
      </div>
      {supervisor ? <WeekView sessions={weekSessions} week={week} timeZone={me.timeZone} /> : null}
      <Card className="space-y-3" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title" className="text-lg font-semibold tracking-tight">
          Upcoming
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState title="Nothing booked">
            {roles.includes("clinician") ? (
              <>
                <Link href="/supervision/book" className="text-primary underline">
                  Book supervision
                </Link>{" "}
                with your supervisor or take a seat in a case discussion.
              </>
            ) : (
              "Sessions your supervisees book appear here."
            )}
          </EmptyState>
        ) : (
          <ul className="space-y-2">
            {upcoming.map((s) => (
              <li key={s.id}>
                <SessionLine s={s} timeZone={me.timeZone} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {past.length > 0 ? (
        <Card className="space-y-3" aria-labelledby="past-title">
          <h2 id="past-title" className="text-lg font-semibold tracking-tight">
            The last 30 days
          </h2>
          <CardDescription>Open a session to see its notes or record attendance.</CardDescription>
          <ul className="space-y-2">
            {past.map((s) => (
              <li key={s.id}>
                <SessionLine s={s} timeZone={me.timeZone} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <FeedCard active={feed.active} />
    </div>
  );
}
