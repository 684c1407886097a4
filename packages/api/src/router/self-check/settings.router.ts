import type { TRPCRouterRecord } from "@trpc/server";

import { getSettings, updateRoleWords, updateSupportResources } from "@tend/services/self-check";

import { adminProcedure } from "../../trpc";
import { roleWordsSchema, supportResourcesSchema } from "./self-check.schemas";

/** An organisation's self-check settings, edited by its admins. No personal data. */
export const selfCheckSettingsRouter = {
  get: adminProcedure.query(({ ctx }) => getSettings(ctx.db, ctx.actor)),

  /** Saves the organisation's support text; `null` restores the default. */
  updateSupportResources: adminProcedure
    .input(supportResourcesSchema)
    .mutation(({ ctx, input }) => updateSupportResources(ctx.db, ctx.actor, input)),

  /** The words shown in place of ProQOL's bracketed terms; blank words fall back to the defaults. */
  updateRoleWords: adminProcedure
    .input(roleWordsSchema)
    .mutation(({ ctx, input }) => updateRoleWords(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
