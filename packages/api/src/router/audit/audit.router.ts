import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { ADMIN_AUDIT_CATEGORIES, browseAuditLog } from "@tend/services/audit";

import { adminProcedure } from "../../trpc";

const categories = Object.keys(ADMIN_AUDIT_CATEGORIES) as [
  keyof typeof ADMIN_AUDIT_CATEGORIES,
  ...(keyof typeof ADMIN_AUDIT_CATEGORIES)[],
];

export const auditListSchema = z
  .object({
    category: z.enum(categories, { message: "Choose a kind of event from the list." }).nullable(),
    from: z.date({ message: "Enter a valid start date." }).nullable().default(null),
    to: z.date({ message: "Enter a valid end date." }).nullable().default(null),
    before: z.object({ at: z.date(), id: z.number().int().positive() }).nullable().default(null),
    limit: z.number().int().min(10).max(100).default(50),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: "The end date must be after the start date.",
    path: ["to"],
  });

/** Only these fields of an event leave: who, what, when, about whom; never its raw data. */
export const auditPageOutput = z.object({
  entries: z.array(
    z.object({
      id: z.number(),
      at: z.date(),
      action: z.string(),
      actorName: z.string(),
      verb: z.string(),
      subject: z.string().nullable(),
      detail: z.string().nullable(),
    }),
  ),
  next: z.object({ at: z.date(), id: z.number() }).nullable(),
});

export const auditRouter = {
  /** The organisation's administrative audit events, newest first; never wellbeing events. */
  list: adminProcedure
    .input(auditListSchema)
    .output(auditPageOutput)
    .query(({ ctx, input }) => browseAuditLog(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
