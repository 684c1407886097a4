import type { NextStepTarget } from "@tend/instruments";

/**
 * Where the portal acts on each next-step target. Capabilities added later register their
 * targets here the same way (the type makes a missing one a compile error).
 */
export const NEXT_STEP_TARGETS: Record<NextStepTarget, { href: string; action: string }> = {
  "plan.boundaries": { href: "/plan#boundaries", action: "Set your boundaries" },
  "plan.self-care": { href: "/plan#self-care", action: "Add a self-care commitment" },
  "plan.support-outside-work": {
    href: "/plan#support-outside-work",
    action: "Plan support outside work",
  },
  "profile.hours": { href: "/profile", action: "Review your working and quiet hours" },
  "supervision.share": { href: "#share", action: "Share this result with your supervisor" },
  "supervision.book": { href: "/supervision/book", action: "Book supervision" },
  "groups.join": { href: "/groups", action: "Find a peer group" },
  "development.plan": {
    href: "/development#goals-title",
    action: "Plan your professional development",
  },
};
