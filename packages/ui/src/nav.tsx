"use client";

import type { ReactNode } from "react";
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

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
export interface NavItem {
  href: string;
  label: string;
  exact?: boolean;
  /** Other paths under which the entry is current (its detail pages elsewhere). */
  also?: string[];
}

export function AppNav({
  items,
  label = "Main",
  stacked = false,
}: {
  items: NavItem[];
  label?: string;
  /** One entry per line on phones (inside the header's menu), in a row from `md` up. */
  stacked?: boolean;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={cn("flex gap-1", stacked ? "flex-col md:flex-row md:flex-wrap" : "flex-wrap")}>
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

/**
 * An app's header: its name, the main navigation and the account controls. From `md` up they
 * sit in a row; on a phone they fold behind a Menu button, so the header is one line and no
 * page scrolls sideways. The menu closes on Escape (focus back on the button), when a page is
 * chosen, and when `context` changes (another organisation chosen in it).
 */
export function AppHeader({
  brand,
  items,
  account,
  className,
  context,
  status,
}: {
  brand: ReactNode;
  items: NavItem[];
  /** Always in sight, beside the menu button on a phone (the notification bell). */
  status?: ReactNode;
  /** The organisation, the person and signing out. */
  account: ReactNode;
  /** The row's width, e.g. `max-w-5xl`. */
  className?: string;
  /** What the pages are about (the current organisation): when it changes, the menu folds. */
  context?: string;
}) {
  const pathname = usePathname();
  const panel = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname, context]);
  return (
    <div
      className={cn("mx-auto flex flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3", className)}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      {brand}
      <div className="ml-auto flex items-center gap-2 md:hidden">
        {status}
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen((o) => !o)}
          className="inline-flex items-center gap-2 rounded-md border border-border px-3 py-2 text-sm font-medium hover:bg-accent md:hidden"
        >
          <span aria-hidden="true" className="text-base leading-none">
            {open ? "×" : "☰"}
          </span>
          Menu
        </button>
      </div>
      <div
        id={panel}
        className={cn("w-full flex-col gap-4 md:contents", open ? "flex" : "hidden")}
        // A page chosen, even the one shown, folds the menu.
        onClick={(e) => {
          if (e.target instanceof Element && e.target.closest("a")) setOpen(false);
        }}
      >
        <AppNav items={items} stacked />
        <div className="flex flex-wrap items-center gap-3 md:ml-auto">
          {account}
          {/* On a wider screen the status comes last, where it is drawn (its phone copy is hidden). */}
          {status ? <span className="hidden md:contents">{status}</span> : null}
        </div>
      </div>
    </div>
  );
}
