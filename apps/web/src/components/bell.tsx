import Link from "next/link";

import { formatTime } from "~/lib/dates";

/**
 * The header's bell: a link to the inbox naming how many notices are unread. In the reader's
 * quiet hours it stays still (no count) and says so.
 */
export function Bell({
  unread,
  quietUntil,
  timeZone,
}: {
  unread: number;
  quietUntil: Date | null;
  timeZone: string;
}) {
  const label = quietUntil
    ? `Notifications: quiet until ${formatTime(quietUntil, timeZone)}`
    : unread > 0
      ? `Notifications: ${unread} unread`
      : "Notifications: none unread";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md border border-border hover:bg-accent"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-primary px-1 text-center text-xs leading-5 font-semibold text-primary-foreground"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
