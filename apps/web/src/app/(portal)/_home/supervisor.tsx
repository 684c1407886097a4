/** A supervisor's home: results newly shared with them, this week's sessions, hours to sign. */
import type { RouterOutputs } from "@tend/api";
import { hoursText } from "@tend/development";

import { formatDate, formatMeetingTime } from "~/lib/dates";
import { Block, Calm, Rows } from "./blocks";

type SupervisorHome = NonNullable<RouterOutputs["home"]["get"]["supervisor"]>;

export function SupervisorHome({ home, timeZone }: { home: SupervisorHome; timeZone: string }) {
  const { newlyShared, sessionsThisWeek, hoursToSign } = home;
  return (
    <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
      <Block
        level={3}
        id="home-shared"
        title="Shared with you"
        more={{ href: "/shared", label: "Everything shared with you" }}
      >
        {newlyShared.count === 0 ? (
          <Calm>
            Nothing new in the last two weeks. Supervisees share a result only when they choose to.
          </Calm>
        ) : (
          <Rows
            rows={newlyShared.latest.map((s) => ({
              key: s.id,
              href: `/shared/${s.id}`,
              label: `${s.ownerName}: ${s.instrumentName}`,
              detail: `Shared ${formatDate(s.sharedAt, timeZone)}`,
            }))}
          />
        )}
      </Block>

      <Block
        level={3}
        id="home-week"
        title="Your sessions this week"
        more={{ href: "/supervision", label: "All your sessions" }}
      >
        {sessionsThisWeek.count === 0 ? (
          <Calm>No session to lead in the next seven days.</Calm>
        ) : (
          <>
            <Rows
              rows={sessionsThisWeek.next.map((s) => ({
                key: s.id,
                href: `/supervision/sessions/${s.id}`,
                label:
                  s.kind === "group"
                    ? (s.title ?? "Group case discussion")
                    : s.participantName
                      ? `Supervision with ${s.participantName}`
                      : (s.title ?? "Individual supervision"),
                detail:
                  s.kind === "group"
                    ? `${formatMeetingTime(s.startsAt, timeZone)} · ${s.seated} ${s.seated === 1 ? "place" : "places"} taken`
                    : formatMeetingTime(s.startsAt, timeZone),
              }))}
            />
            {sessionsThisWeek.count > sessionsThisWeek.next.length ? (
              <p className="mt-2 text-sm text-muted-foreground">
                and {sessionsThisWeek.count - sessionsThisWeek.next.length} more
              </p>
            ) : null}
          </>
        )}
      </Block>

      <Block
        level={3}
        id="home-sign"
        title="Hours to sign"
        more={{ href: "/supervision/cosign", label: "Sign supervision hours" }}
      >
        {hoursToSign.entries === 0 ? (
          <Calm>No hours are waiting for your signature.</Calm>
        ) : (
          <p className="text-sm">
            <span className="text-2xl font-semibold tabular-nums">{hoursToSign.entries}</span>{" "}
            {hoursToSign.entries === 1 ? "entry" : "entries"} ({hoursText(hoursToSign.minutes)})
            waiting for your signature.
          </p>
        )}
      </Block>
    </div>
  );
}
