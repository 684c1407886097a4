/** A clinician's home: their checks with the latest results, then plan, shares, sessions, CE. */
import type { ReactNode } from "react";
import Link from "next/link";

import type { RouterOutputs } from "@tend/api";
import { dayText, hoursText, PROGRESS_STATUS_LABELS } from "@tend/development";
import { STRATEGIES } from "@tend/instruments";
import { Badge, buttonVariants, Card, CardTitle } from "@tend/ui";

import { bandTone, TONE_STYLE } from "~/lib/bands";
import { changeText } from "~/lib/change";
import { formatDate, formatMeetingTime } from "~/lib/dates";
import { PROGRESS_STATUS_TONE } from "~/lib/development";
import { Block, Calm, linkStyle, Rows } from "./blocks";

type ClinicianHome = NonNullable<RouterOutputs["home"]["get"]["clinician"]>;
type Check = ClinicianHome["checks"][number];
type Scale = NonNullable<Check["latest"]>["scales"][number];

/**
 * The scales worth a line on the home page: a checklist's families in one line; otherwise the
 * scales with a band or marker, or the first (the pulse's index).
 */
function ScaleLines({ scales }: { scales: Scale[] }) {
  const families = scales.filter((s) => s.flagged !== null);
  if (families.length > 0) {
    const noticed = families.filter((s) => s.flagged).map((s) => s.name.toLowerCase());
    return (
      <p className="text-sm">
        {noticed.length > 0
          ? `Signs noticed: ${noticed.join(", ")}.`
          : "No family of signs stood out."}
      </p>
    );
  }
  const graded = scales.filter((s) => s.band !== null || s.marker !== null);
  const shown = graded.length > 0 ? graded : scales.slice(0, 1);
  return (
    <ul className="space-y-2">
      {shown.map((s) => (
        <li key={s.subscaleId} className="text-sm">
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium">{s.name}</span>
            <span className="tabular-nums">{s.display ?? "not scored"}</span>
            {s.band ? (
              <Badge className={TONE_STYLE[bandTone(s.band.id, s.higherIsBetter)]}>
                {s.band.label}
              </Badge>
            ) : null}
            {s.marker ? <Badge className={TONE_STYLE.hard}>{s.marker}</Badge> : null}
          </span>
          {s.change ? (
            <span className="block text-muted-foreground">{changeText(s.change)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function CheckCard({ check, timeZone }: { check: Check; timeZone: string }) {
  const headingId = `home-check-${check.id}`;
  return (
    <li aria-labelledby={headingId} className="flex flex-col rounded-lg border border-border p-4">
      <h3 id={headingId} className="font-semibold">
        {check.shortName}
      </h3>
      {check.latest ? (
        <>
          <p className="mb-2 text-sm text-muted-foreground">
            Latest on{" "}
            <Link
              href={`/checks/results/${check.latest.id}`}
              prefetch={false}
              className={linkStyle}
            >
              {formatDate(check.latest.completedAt, timeZone)}
            </Link>
          </p>
          <ScaleLines scales={check.latest.scales} />
        </>
      ) : (
        <p className="text-sm text-muted-foreground">
          No result yet: your first one starts your history.
        </p>
      )}
      <div className="mt-auto pt-3 text-sm">
        {check.due ? (
          <Link href={`/checks/${check.id}`} className={buttonVariants({ size: "sm" })}>
            Take the {check.shortName} · {check.estimatedMinutes} min
          </Link>
        ) : check.paused ? (
          <span className="text-muted-foreground">Reminders paused.</span>
        ) : check.nextDueAt ? (
          <span className="text-muted-foreground">
            Next due {formatDate(check.nextDueAt, timeZone)}.
          </span>
        ) : null}
      </div>
    </li>
  );
}

const strategyName = (id: string) => STRATEGIES.find((s) => s.id === id)?.name ?? id;

export function ClinicianHome({
  home,
  timeZone,
  children,
}: {
  home: ClinicianHome;
  timeZone: string;
  /** Blocks to add at the end of the grid. */
  children?: ReactNode;
}) {
  const due = home.checks.filter((c) => c.due);
  const { plan, shares, supervisors, nextSession, nextMeeting, ce } = home;
  return (
    <>
      <Card aria-labelledby="home-checks">
        <CardTitle id="home-checks">Your self-checks</CardTitle>
        <p className="mt-1 text-sm text-muted-foreground">
          {due.length > 0
            ? `${due.length === 1 ? "One is" : `${due.length} are`} due: a few private minutes for yourself.`
            : "Nothing is due. You are up to date."}{" "}
          Only you see these results.
        </p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {home.checks.map((check) => (
            <CheckCard key={check.id} check={check} timeZone={timeZone} />
          ))}
        </ul>
        <Link href="/checks" className={`mt-4 inline-block text-sm ${linkStyle}`}>
          All self-checks, results and reminders
        </Link>
      </Card>

      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        <Block
          id="home-plan"
          title="Your prevention plan"
          more={{ href: "/plan", label: plan.reviewDue ? "Review your plan" : "Open your plan" }}
        >
          {plan.commitments === 0 && plan.ritual === "" ? (
            <Calm>
              Your plan is empty. One small commitment, such as an end-of-day ritual, is a good
              start.
            </Calm>
          ) : (
            <>
              <p className="mb-2 text-sm">
                {plan.reviewDue
                  ? "You have taken a check since you last looked at your plan: is it still right for you?"
                  : plan.reviewedAt
                    ? `Last reviewed ${formatDate(plan.reviewedAt, timeZone)}.`
                    : "Not reviewed yet."}
              </p>
              <ul className="space-y-1 text-sm">
                {plan.ritual ? (
                  <li>
                    <span className="break-words">{plan.ritual}</span>
                    <span className="text-muted-foreground"> · your end-of-day ritual</span>
                  </li>
                ) : null}
                {plan.toReview.map((c) => (
                  <li key={c.id}>
                    <span className="break-words">{c.text}</span>
                    <span className="text-muted-foreground"> · {strategyName(c.strategy)}</span>
                  </li>
                ))}
              </ul>
              {plan.commitments > plan.toReview.length ? (
                <p className="mt-1 text-sm text-muted-foreground">
                  and {plan.commitments - plan.toReview.length} more
                </p>
              ) : null}
            </>
          )}
        </Block>

        <Block
          id="home-shares"
          title="What you share"
          more={{ href: "/shares", label: "Everything you have shared" }}
        >
          {shares.count === 0 ? (
            <Calm>You share nothing: your results stay yours unless you choose to share one.</Calm>
          ) : (
            <Rows
              rows={shares.latest.map((s) => ({
                key: s.id,
                href: `/checks/results/${s.responseId}`,
                label: `${s.instrumentName} with ${s.supervisorName}`,
                detail: `Shared ${formatDate(s.sharedAt, timeZone)}`,
              }))}
            />
          )}
        </Block>

        <Block
          id="home-session"
          title="Next supervision"
          more={{ href: "/supervision", label: "Your supervision" }}
        >
          {supervisors.length > 0 ? (
            <p className="mb-2 text-sm text-muted-foreground">
              Your {supervisors.length === 1 ? "supervisor" : "supervisors"}:{" "}
              {supervisors.join(", ")}
            </p>
          ) : null}
          {nextSession ? (
            <Rows
              rows={[
                {
                  key: nextSession.id,
                  href: `/supervision/sessions/${nextSession.id}`,
                  label:
                    nextSession.title ??
                    (nextSession.kind === "group"
                      ? "Group case discussion"
                      : `Supervision with ${nextSession.supervisorName}`),
                  detail: `${formatMeetingTime(nextSession.startsAt, timeZone)}${nextSession.waitlisted ? " · on the waiting list" : ""}`,
                },
              ]}
            />
          ) : supervisors.length === 0 ? (
            <Calm>No supervisor is recorded for you here yet, and no session is booked.</Calm>
          ) : (
            <Calm>
              No session in the next two months.{" "}
              <Link href="/supervision/book" prefetch={false} className={linkStyle}>
                Book one
              </Link>{" "}
              when you are ready.
            </Calm>
          )}
        </Block>

        <Block
          id="home-meeting"
          title="Next group meeting"
          more={{ href: "/groups", label: "Your peer groups" }}
        >
          {nextMeeting ? (
            <Rows
              rows={[
                {
                  key: `${nextMeeting.groupId}-${nextMeeting.start.toISOString()}`,
                  href: `/groups/${nextMeeting.groupId}/meetings`,
                  label:
                    nextMeeting.title === nextMeeting.groupName
                      ? nextMeeting.title
                      : `${nextMeeting.title} · ${nextMeeting.groupName}`,
                  detail: formatMeetingTime(nextMeeting.start, timeZone),
                },
              ]}
            />
          ) : (
            <Calm>No meeting in your groups in the next two months.</Calm>
          )}
        </Block>

        <Block
          id="home-ce"
          title="Continuing education"
          more={{ href: "/development", label: "Your licences and CE log" }}
        >
          {ce.deadlines.length > 0 ? (
            <ul className="divide-y divide-border text-sm">
              {ce.deadlines.map((d) => (
                <li key={d.licenceId} className="py-2 first:pt-0 last:pb-0">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{d.name}</span>
                    <Badge className={PROGRESS_STATUS_TONE[d.status]}>
                      {PROGRESS_STATUS_LABELS[d.status]}
                    </Badge>
                  </span>
                  <span className="block text-muted-foreground">
                    {d.missingMinutes > 0
                      ? `${hoursText(d.missingMinutes)} to go`
                      : "Some required subjects still need hours"}{" "}
                    by {dayText(d.cycleEnd)}
                    {d.daysLeft >= 0
                      ? ` (${d.daysLeft} ${d.daysLeft === 1 ? "day" : "days"} left)`
                      : " (the cycle has ended)"}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Calm>
              {ce.licences === 0
                ? "Record your licence to see what its renewal asks of you."
                : ce.tracked === 0
                  ? "Choose the requirements your licence follows to see what its renewal asks of you."
                  : "Every licence's requirements are met for this cycle."}
            </Calm>
          )}
        </Block>
        {children}
      </div>
    </>
  );
}
