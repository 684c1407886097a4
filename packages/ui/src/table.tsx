import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A table in a bordered box that scrolls sideways when it is wider than the page. Give a wide
 * table `scrollLabel`: its box is then a named region keyboard users can focus and scroll.
 */
export function Table({
  className,
  scrollLabel,
  ...props
}: ComponentProps<"table"> & { scrollLabel?: string }) {
  return (
    <div
      className="w-full overflow-x-auto rounded-lg border border-border"
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {})}
    >
      <table className={cn("ui-table", className)} {...props} />
    </div>
  );
}
export const Th = ({ className, ...props }: ComponentProps<"th">) => (
  <th scope="col" className={cn("ui-th", className)} {...props} />
);
export const Td = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("ui-td", className)} {...props} />
);
export const Badge = ({ className, ...props }: ComponentProps<"span">) => (
  <span className={cn("ui-badge", className)} {...props} />
);
