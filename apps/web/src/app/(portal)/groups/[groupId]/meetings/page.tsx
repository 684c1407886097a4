import Link from "next/link";
import { notFound } from "next/navigation";

import { EVALUATION_MIN_ANSWERS } from "@tend/groups";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Badge, Card, EmptyState } from "@tend/ui";

import { formatDate, formatMeetingTime } from "~/lib/dates";
import { readInsideGroup } from "~/lib/group-pages";
import { MembersOnly } from "../members-only";
import {
  AnswerButtons,
  CancelMeeting,
  EvaluationForm,
  NewMeetingForm,
  OccurrenceActions,
} from "./meeting-forms";

type Params = Promise<{ groupId: string }>;

export const metadata = { title: "Group meetings · Tend" };

async function load(groupId: string) {
  const api = await signedInApi();
  return readInsideGroup(() => api.group.meetings({ groupId }));
}

const REPEAT_WORDS: Record<string, string> = {
  "1": "Every week",
  "2": "Every two weeks",
  "4": "Every four weeks",
};
/** "Every two weeks", from a rule such as "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=8". */
function repeats(rule: string | null): string {
  if (!rule) return "Once";
  if (!rule.includes("FREQ=WEEKLY")) return "Repeats";
  return REPEAT_WORDS[/INTERVAL=(\d+)/u.exec(rule)?.[1] ?? "1"] ?? "Repeats";
}

export default async function MeetingsPage({ params }: { params: Params }) {
  const { groupId } = await params;
  const loaded = await load(groupId);
  if (!loaded) notFound();
  if (loaded === "refused")
    return <MembersOnly groupId={groupId} title="Meetings are for the group's members" />;
  const { group, ...data } = loaded;
  const { timeZone } = await currentProfile();
  const { facilitates } = group;
  // Occurrences nobody has evaluated yet would only be noise.
  const evaluations = data.evaluations?.filter((e) => e.summary.answers > 0) ?? [];

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link
          href={`/groups/${group.id}`}
          className="text-primary underline-offset-4 hover:underline"
        >
          ← {group.name}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Meetings</h1>
        <p className="mt-1 text-muted-foreground">
          Say whether you are coming, to one meeting or to all of them. Times are shown in your time
          zone ({timeZone}).
        </p>
      </div>

      {data.toEvaluate.map((e) => {
        const when = formatMeetingTime(e.start, timeZone);
        return (
          <Card key={`${e.meetingId}-${e.originalStart.toISOString()}`} className="space-y-3">
            <h2 className="text-lg font-semibold tracking-tight">
              How was {e.title} on {when}?
            </h2>
            <p className="text-sm text-muted-foreground">
              Two questions, anonymous: the facilitators see only everyone&apos;s answers together,
              after answering closes two weeks after the meeting, and only if at least{" "}
              {EVALUATION_MIN_ANSWERS} members answered.
            </p>
            <EvaluationForm
              groupId={group.id}
              meetingId={e.meetingId}
              originalStart={e.originalStart.toISOString()}
              when={when}
            />
          </Card>
        );
      })}

      {data.meetings.length === 0 ? (
        <EmptyState title="No meetings yet">
          {facilitates
            ? "Set up the first one below."
            : "When the facilitators set up a meeting, it appears here."}
        </EmptyState>
      ) : (
        data.meetings.map((m) => (
          <Card key={m.id} aria-labelledby={`meeting-${m.id}`} className="space-y-4">
            <div className="space-y-1">
              <h2
                id={`meeting-${m.id}`}
                className="text-lg font-semibold tracking-tight break-words"
              >
                {m.title}
              </h2>
              <p className="text-sm text-muted-foreground">
                {repeats(m.rule)} · {m.durationMinutes} minutes
                {m.place ? ` · ${m.place}` : ""}
              </p>
              {m.link ? (
                <p className="text-sm">
                  <a
                    href={m.link}
                    className="text-primary underline-offset-4 hover:underline"
                    rel="noreferrer"
                    target="_blank"
                  >
                    Video link
                  </a>
                </p>
              ) : null}
              <p className="text-sm">
                <a
                  href={`/groups/${group.id}/meetings/${m.id}/calendar.ics`}
                  className="text-primary underline-offset-4 hover:underline"
                >
                  Add to your calendar (.ics)
                </a>
              </p>
            </div>
            {m.rule ? (
              <div className="flex flex-wrap items-center gap-3">
                <span className="text-sm font-medium">Every meeting of the series:</span>
                <AnswerButtons
                  groupId={group.id}
                  meetingId={m.id}
                  originalStart={null}
                  answer={m.yourSeriesAnswer}
                  label={`Your answer for every meeting of ${m.title}`}
                />
              </div>
            ) : null}
            {m.upcoming.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                No meetings of this series in the next three months.
              </p>
            ) : (
              <ul className="divide-y divide-border">
                {m.upcoming.map((o) => {
                  const when = formatMeetingTime(o.start, timeZone);
                  return (
                    <li
                      key={o.originalStart.toISOString()}
                      className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3"
                    >
                      <span className="min-w-40 sm:w-56">
                        <span className={o.cancelled ? "line-through" : "font-medium"}>{when}</span>
                        {o.moved ? <Badge className="ml-2">Moved</Badge> : null}
                        {o.cancelled ? <Badge className="ml-2">Cancelled</Badge> : null}
                        {!o.cancelled ? (
                          <span className="block text-sm text-muted-foreground">
                            {o.going} {o.going === 1 ? "member" : "members"} going
                          </span>
                        ) : null}
                      </span>
                      {!o.cancelled ? (
                        <AnswerButtons
                          groupId={group.id}
                          meetingId={m.id}
                          originalStart={o.originalStart.toISOString()}
                          answer={o.yourAnswer}
                          label={`Your answer for ${when}`}
                        />
                      ) : null}
                      {facilitates && !o.cancelled ? (
                        <OccurrenceActions
                          groupId={group.id}
                          meetingId={m.id}
                          originalStart={o.originalStart.toISOString()}
                          timeZone={timeZone}
                          when={when}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
            {facilitates ? (
              <CancelMeeting groupId={group.id} meetingId={m.id} title={m.title} />
            ) : null}
          </Card>
        ))
      )}

      {evaluations.length > 0 ? (
        <Card aria-labelledby="evaluations-title" className="space-y-3">
          <h2 id="evaluations-title" className="text-lg font-semibold tracking-tight">
            How the meetings went
          </h2>
          <p className="text-sm text-muted-foreground">
            Anonymous answers, shown together once answering has closed (two weeks after each
            meeting) and only if at least {EVALUATION_MIN_ANSWERS} members answered. You do not
            answer for the meetings you run.
          </p>
          <ul className="divide-y divide-border">
            {evaluations.map((e) => (
              <li
                key={`${e.meetingId}-${e.originalStart.toISOString()}`}
                className="space-y-1 py-3 text-sm"
              >
                <p className="font-medium">
                  {e.title}, {formatDate(e.start, timeZone)}
                </p>
                {e.summary.withheld ? (
                  <p className="text-muted-foreground">
                    {e.closes.getTime() > Date.now()
                      ? `${e.summary.answers} ${e.summary.answers === 1 ? "answer" : "answers"} so far. Results on ${formatDate(e.closes, timeZone)}, when answering ends, if at least ${EVALUATION_MIN_ANSWERS} members answered.`
                      : `${e.summary.answers} ${e.summary.answers === 1 ? "answer" : "answers"}: fewer than the ${EVALUATION_MIN_ANSWERS} needed to show results.`}
                  </p>
                ) : (
                  <>
                    <p>
                      Helpful: {e.summary.helpful.mean} of 5 · Felt safe: {e.summary.safe.mean} of 5
                      · {e.summary.answers} answers
                    </p>
                    {e.summary.comments.length ? (
                      <ul className="list-disc pl-5 text-muted-foreground">
                        {e.summary.comments.map((c, i) => (
                          <li key={i} className="break-words">
                            {c}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {facilitates ? (
        <Card aria-labelledby="new-meeting-title" className="space-y-3">
          <h2 id="new-meeting-title" className="text-lg font-semibold tracking-tight">
            Set up a meeting
          </h2>
          <NewMeetingForm groupId={group.id} timeZone={timeZone} />
        </Card>
      ) : null}
    </div>
  );
}
