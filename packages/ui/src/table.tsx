import type { ComponentProps } from "react";

import { cn } from "./cn";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-border">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}
export const Th = ({ className, ...props }: ComponentProps<"th">) => (
  <th
    scope="col"
    className={cn("bg-muted px-4 py-2 text-left font-medium text-muted-foreground", className)}
    {...props}
  />
);
export const Td = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("border-t border-border px-4 py-2 align-top", className)} {...props} />
);
export const Badge = ({ className, ...props }: ComponentProps<"span">) => (
  <span
    className={cn(
      "inline-flex items-center rounded-full border border-border bg-secondary px-2 py-0.5 text-xs font-medium",
      className,
    )}
    {...props}
  />
);
