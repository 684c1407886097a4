import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Alert, Badge, Card, CardDescription, EmptyState } from "@tend/ui";

import {
  FORMAT_LABELS,
  formatClock,
  formatDay,
  formatMinutes,
  formatWhen,
  KIND_LABELS,
  localDateTime,
} from "~/lib/supervision";
import { AgendaSection } from "./agenda";
import { AttendanceForm } from "./attendance";
import { NotesSection } from "./notes";
import { SeriesChange } from "./series-change";
import { SessionActions } from "./session-actions";

export const metadata = { title: "Session · Tend" };

const DAY = 86_400_000;

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ booked?: string }>;
}) {
  const api = await signedInApi();
  const [{ sessionId }, query, me] = await Promise.all([params, searchParams, currentProfile()]);
  const detail = await api.session.get({ sessionId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  });
  const { session, role, people, agenda, notes } = detail;
  const now = new Date();
  const started = session.startsAt <= now;
  const over = session.endsAt <= now;
  const tz = me.timeZone;
  // A seated participant moves an individual session to one of the type's offered times.
  const canMoveToSlot =
    role === "seated" &&
    session.kind === "individual" &&
    session.sessionTypeId &&
    !started &&
    !session.cancelled;
  const moveSlots =
    canMoveToSlot && session.sessionTypeId
      ? await api.booking
          .slots({
            sessionTypeId: session.sessionTypeId,
            from: now,
            to: new Date(now.getTime() + 21 * DAY),
          })
          .catch(() => [])
      : [];
  const seated = people.filter((p) => p.status === "seated");
  const waiting = people.filter((p) => p.status === "waitlisted");
  const windowOpen =
    session.startsAt.getTime() - now.getTime() < session.cancellationWindowMinutes * 60_000;

  return (
    <div className="space-y-6">
      {query.booked ? (
        <Alert tone="success">
          Booked. You and {session.supervisorName} will get an e-mail with a calendar invitation.
        </Alert>
      ) : null}
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/supervision" className="text-primary underline">
            ← Supervision
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {session.title ?? KIND_LABELS[session.kind]}
        </h1>
        <p className="text-muted-foreground">
          {formatDay(session.startsAt, tz)}, {formatClock(session.startsAt, tz)}–
          {formatClock(session.endsAt, tz)} ({tz}) ·{" "}
          {formatMinutes(
            Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
          )}{" "}
          · {FORMAT_LABELS[session.format]} · with{" "}
          {role === "supervisor" ? "you" : session.supervisorName}
        </p>
        <p className="flex flex-wrap gap-1">
          {session.cancelled ? <Badge>Cancelled</Badge> : null}
          {role === "waitlisted" ? <Badge>You are on the waitlist</Badge> : null}
          {session.inSeries ? <Badge>Part of a recurring series</Badge> : null}
        </p>
      </div>
      {session.cancelled ? (
        <Alert tone="info">
          This session was cancelled
          {session.cancellationReason ? `: ${session.cancellationReason}` : "."}
        </Alert>
      ) : null}

      <Card className="space-y-3" aria-labelledby="people-title">
        <h2 id="people-title" className="text-lg font-semibold tracking-tight">
          {session.kind === "group"
            ? `Participants (${seated.length} of ${session.seatLimit} seats)`
            : "Participant"}
        </h2>
        <ul className="space-y-1">
          {seated.map((p) => (
            <li key={p.membershipId}>
              {p.name}
              {p.attendance ? (
                <span className="ml-2 text-sm text-muted-foreground">
                  · {p.attendance === "attended" ? "attended" : "absent"}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {waiting.length > 0 ? (
          <p className="text-sm text-muted-foreground">
            Waitlist, in order: {waiting.map((p) => p.name).join(", ")}. When a seat frees, the
            first is seated and told by e-mail.
          </p>
        ) : null}
        <p className="text-sm">
          <a
            href={`/supervision/sessions/${session.id}/calendar.ics`}
            className="text-primary underline"
            download
          >
            Add to your calendar (.ics)
          </a>
        </p>
      </Card>

      {role === "supervisor" && started && !session.cancelled && seated.length > 0 ? (
        <AttendanceForm
          sessionId={session.id}
          people={seated.map((p) => ({
            membershipId: p.membershipId,
            name: p.name,
            attendance: p.attendance,
          }))}
          recorded={session.attendanceRecorded}
        />
      ) : null}

      {role === "waitlisted" ? (
        <Card>
          <CardDescription>
            The agenda is shared with the people seated in this session. If a seat frees, you are
            seated automatically and told by e-mail.
          </CardDescription>
        </Card>
      ) : (
        <AgendaSection
          sessionId={session.id}
          items={agenda}
          canAdd={!session.cancelled && !over}
          isSupervisor={role === "supervisor"}
        />
      )}

      {role === "supervisor" ? (
        <NotesSection sessionId={session.id} notes={notes} isSupervisor />
      ) : role === "seated" ? (
        notes.length > 0 ? (
          <NotesSection sessionId={session.id} notes={notes} isSupervisor={false} />
        ) : (
          <Card className="space-y-2" aria-labelledby="notes-title">
            <h2 id="notes-title" className="text-lg font-semibold tracking-tight">
              Notes
            </h2>
            <EmptyState title="No shared notes">
              Notes {session.supervisorName} shares with you appear here.
            </EmptyState>
          </Card>
        )
      ) : null}

      {role === "supervisor" && session.seriesId && !session.cancelled && !started ? (
        <SeriesChange
          seriesId={session.seriesId}
          from={session.startsAt}
          timeZone={tz}
          defaultLocal={localDateTime(session.startsAt, tz)}
          durationMinutes={Math.round(
            (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
          )}
        />
      ) : null}

      {!session.cancelled && !over ? (
        <SessionActions
          sessionId={session.id}
          role={role}
          kind={session.kind}
          timeZone={tz}
          windowOpen={windowOpen && role === "seated"}
          windowText={formatMinutes(session.cancellationWindowMinutes)}
          supervisorName={session.supervisorName}
          moveSlots={moveSlots.map((s) => ({ start: s.start, label: formatWhen(s.start, tz) }))}
        />
      ) : null}
    </div>
  );
}
