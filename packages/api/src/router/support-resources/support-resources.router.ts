import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getSelfCheckSettings, recordAuditEvent, upsertSelfCheckSettings } from "@tend/db/queries";

import { adminProcedure } from "../../trpc";
import { DEFAULT_SUPPORT_RESOURCES, supportResourcesText } from "../self-check/present";

/** The support text shown on results that suggest high strain; edited by admins. No personal data. */
export const supportResourcesRouter = {
  get: adminProcedure.query(async ({ ctx }) => {
    const settings = await getSelfCheckSettings(ctx.db, ctx.membership.organisationId);
    return {
      text: supportResourcesText(settings?.supportResources),
      isDefault: !settings?.supportResources?.trim(),
      defaultText: DEFAULT_SUPPORT_RESOURCES,
    };
  }),

  /** Saves the organisation's text; `null` restores the default. */
  update: adminProcedure
    .input(
      z
        .object({
          text: z
            .string()
            .trim()
            .min(20, { message: "Write at least a sentence, and include an emergency number." })
            .max(2000, { message: "Keep the text under 2,000 characters." })
            .nullable(),
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      await upsertSelfCheckSettings(ctx.db, { organisationId: ctx.membership.organisationId, supportResources: input.text });
      await recordAuditEvent(ctx.db, {
        organisationId: ctx.membership.organisationId,
        actorUserId: ctx.user.id,
        action: "settings.support_resources_updated",
        data: { reset: input.text === null },
      });
      return { text: supportResourcesText(input.text), isDefault: input.text === null };
    }),
} satisfies TRPCRouterRecord;
