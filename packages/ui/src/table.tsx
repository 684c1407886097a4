import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A table in a bordered box that scrolls sideways when it is wider than the page. Give a wide
 * table `scrollLabel`: its box is then a named region keyboard users can focus and scroll. A
 * `stack` table becomes cards on a phone instead (each `Td` names its column with `label`).
 */
export function Table({
  className,
  scrollLabel,
  stack = false,
  ...props
}: ComponentProps<"table"> & { scrollLabel?: string; stack?: boolean }) {
  return (
    <div
      className="w-full overflow-x-auto rounded-lg border border-border"
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {})}
    >
      <table className={cn("ui-table", stack && "ui-table-stack", className)} {...props} />
    </div>
  );
}
export const Th = ({ className, ...props }: ComponentProps<"th">) => (
  <th scope="col" className={cn("ui-th", className)} {...props} />
);
/** A cell; `label` names its column where a stacked table shows the row as a card. */
export const Td = ({ className, label, ...props }: ComponentProps<"td"> & { label?: string }) => (
  <td className={cn("ui-td", className)} data-label={label} {...props} />
);
export const Badge = ({ className, ...props }: ComponentProps<"span">) => (
  <span className={cn("ui-badge", className)} {...props} />
);
