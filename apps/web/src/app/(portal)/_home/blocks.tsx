/** What every block of the home page is made of: a card with a title, its rows and one link on. */
import type { ReactNode } from "react";
import Link from "next/link";

import { Card, CardDescription } from "@tend/ui";

export const linkStyle = "font-medium text-primary underline-offset-4 hover:underline";

export function Block({
  id,
  title,
  more,
  children,
  className,
  level = 2,
}: {
  id: string;
  title: string;
  /** The title's heading level: 3 inside a section that has its own heading. */
  level?: 2 | 3;
  /** Where the whole of it lives. */
  more: { href: string; label: string };
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card aria-labelledby={id} className={className}>
      {level === 2 ? (
        <h2 id={id} className="ui-card-title">
          {title}
        </h2>
      ) : (
        <h3 id={id} className="ui-card-title">
          {title}
        </h3>
      )}
      <div className="mt-2 flex-1">{children}</div>
      <Link href={more.href} prefetch={false} className={`mt-4 inline-block text-sm ${linkStyle}`}>
        {more.label}
      </Link>
    </Card>
  );
}

/** A block with nothing in it: calm words on what will appear and how. */
export function Calm({ children }: { children: ReactNode }) {
  return <CardDescription>{children}</CardDescription>;
}

/** A short list of rows, each a link with a line under it. */
export function Rows({
  rows,
}: {
  rows: { key: string; href: string; label: string; detail: string }[];
}) {
  return (
    <ul className="divide-y divide-border">
      {rows.map((row) => (
        <li key={row.key} className="py-2 first:pt-0 last:pb-0">
          <Link href={row.href} prefetch={false} className={`break-words ${linkStyle}`}>
            {row.label}
          </Link>
          <p className="text-sm text-muted-foreground">{row.detail}</p>
        </li>
      ))}
    </ul>
  );
}
