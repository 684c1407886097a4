import type { RouterOutputs } from "@tend/api";
import { currentProfile, signedInApi } from "@tend/nextjs/server";
import { Button, EmptyState } from "@tend/ui";

import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  openNotificationAction,
} from "~/actions/notifications";
import { formatDate, formatDateTime, formatMeetingTime, formatTime } from "~/lib/dates";

export const metadata = { title: "Notifications · Tend" };

type Notice = RouterOutputs["notification"]["list"]["items"][number];

const OPEN_LABEL: Record<Notice["kind"], string> = {
  result_shared: "Read the result",
  session_booked: "Open the session",
  session_changed: "Open the session",
  session_cancelled: "Open the session",
  session_seat: "Open the session",
  hours_to_sign: "Sign hours",
  hours_returned: "Open your hour log",
  post_flagged: "Review flagged posts",
  ce_deadline: "Open your CE log",
};

function NoticeRow({ notice, timeZone }: { notice: Notice; timeZone: string }) {
  const unread = notice.readAt === null;
  const textId = `notice-${notice.id}`;
  // A flag's time could point to who flagged: the facilitators see only its day.
  const when =
    notice.kind === "post_flagged"
      ? formatDate(notice.createdAt, timeZone)
      : formatDateTime(notice.createdAt, timeZone);
  return (
    <li
      className={`flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-start ${unread ? "bg-accent/40" : ""}`}
    >
      <div className="min-w-0 flex-1">
        <p className="break-words">
          {unread ? (
            <span
              className="mr-2 inline-block h-2 w-2 rounded-full bg-primary align-middle"
              aria-hidden="true"
            />
          ) : null}
          {unread ? <span className="sr-only">Unread: </span> : null}
          <span id={textId} className={unread ? "font-medium" : ""}>
            {notice.text}
          </span>
        </p>
        <p className="mt-1 text-sm text-muted-foreground">
          {notice.eventAt ? `For ${formatMeetingTime(notice.eventAt, timeZone)} · ` : ""}
          {when}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <form action={openNotificationAction}>
          <input type="hidden" name="id" value={notice.id} />
          <Button
            type="submit"
            size="sm"
            variant={unread ? "default" : "outline"}
            aria-describedby={textId}
          >
            {OPEN_LABEL[notice.kind]}
          </Button>
        </form>
        {unread ? (
          <form action={markNotificationReadAction}>
            <input type="hidden" name="id" value={notice.id} />
            <Button type="submit" size="sm" variant="ghost" aria-describedby={textId}>
              Mark as read
            </Button>
          </form>
        ) : null}
      </div>
    </li>
  );
}

/** The inbox: newest first, each notice opened (and so read) or marked read on its own. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ gone?: string }>;
}) {
  const api = await signedInApi();
  const [inbox, me, { gone }] = await Promise.all([
    api.notification.list(),
    currentProfile(),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="inbox-title" className="text-2xl font-semibold tracking-tight">
            Notifications
          </h1>
          <p className="mt-1 text-muted-foreground">
            {inbox.unread === 0
              ? "You have read everything."
              : `${inbox.unread} unread. Opening one marks it read.`}
          </p>
        </div>
        {inbox.unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <Button type="submit" variant="outline">
              Mark all as read
            </Button>
          </form>
        ) : null}
      </div>
      {inbox.quietUntil ? (
        <p role="status" className="rounded-md border border-border bg-card px-4 py-3 text-sm">
          It is your quiet time: the bell stays still until{" "}
          {formatTime(inbox.quietUntil, me.timeZone)}. Everything is here when you choose to look.
        </p>
      ) : null}
      {gone ? (
        <p role="alert" className="rounded-md border border-border bg-card px-4 py-3 text-sm">
          That notification is no longer here: what it spoke of may have been withdrawn.
        </p>
      ) : null}
      {inbox.items.length === 0 ? (
        <EmptyState title="No notifications">
          When someone shares a result with you, a session is booked or moved, hours wait for a
          signature, or a CE deadline nears, you will find it here.
        </EmptyState>
      ) : (
        <ul
          aria-labelledby="inbox-title"
          className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-card"
        >
          {inbox.items.map((notice) => (
            <NoticeRow key={notice.id} notice={notice} timeZone={me.timeZone} />
          ))}
        </ul>
      )}
    </div>
  );
}
