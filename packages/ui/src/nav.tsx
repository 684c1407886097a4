"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "./cn";

/**
 * While the page a link leads to is on its way (pages are rendered whole on the server, with
 * no loading skeleton in between), a bar under the link shows that the click was taken.
 */
function Pending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span className="absolute inset-x-2 bottom-1 h-0.5 animate-pulse rounded-full bg-current">
      <span className="sr-only">Loading…</span>
    </span>
  );
}

/**
 * An app's main navigation (or, with another `label`, a section's); only the entries the
 * person's roles allow are passed in. An entry is current on its page and the pages under it,
 * or (`exact`) on its own page only.
 */
export function AppNav({
  items,
  label = "Main",
}: {
  /** `also`: other paths under which the entry is current (its detail pages elsewhere). */
  items: { href: string; label: string; exact?: boolean; also?: string[] }[];
  label?: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active =
            (item.href === "/" || item.exact
              ? pathname === item.href
              : pathname.startsWith(item.href)) ||
            (item.also ?? []).some((path) => pathname.startsWith(path));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "relative inline-block rounded-md px-2.5 py-2 text-sm font-medium whitespace-nowrap hover:bg-accent sm:px-3",
                  active ? "bg-accent text-accent-foreground" : "text-muted-foreground",
                )}
              >
                {item.label}
                <Pending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
