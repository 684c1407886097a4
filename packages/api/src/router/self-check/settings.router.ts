import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { getSelfCheckSettings, recordAuditEvent, upsertSelfCheckSettings } from "@tend/db/queries";
import { DEFAULT_ROLE_WORDS, getInstrument, renderItemText } from "@tend/instruments";

import { plainText } from "../../common.schemas";
import { adminProcedure } from "../../trpc";
import { DEFAULT_SUPPORT_RESOURCES, supportResourcesText } from "./present";

const roleWord = plainText()
  .trim()
  .max(30, { message: "Use at most 30 characters." })
  .regex(/^[\p{L} '-]*$/u, { message: "Use letters, spaces, hyphens or apostrophes only." });

/**
 * An organisation's self-check settings, edited by its admins: the support text shown on high
 * results, and the words that replace ProQOL's bracketed terms. No personal data.
 */
export const selfCheckSettingsRouter = {
  get: adminProcedure.query(async ({ ctx }) => {
    const settings = await getSelfCheckSettings(ctx.db, ctx.membership.organisationId);
    const roleWords = { ...DEFAULT_ROLE_WORDS, ...(settings?.roleWords ?? {}) };
    const proqol = getInstrument("proqol5");
    const sample = proqol.items.find((i) => i.number === 2);
    return {
      supportResources: {
        text: supportResourcesText(settings?.supportResources),
        isDefault: !settings?.supportResources?.trim(),
        defaultText: DEFAULT_SUPPORT_RESOURCES,
      },
      roleWords,
      roleWordsPreview: sample ? renderItemText(proqol, sample, roleWords) : "",
    };
  }),

  /** Saves the organisation's support text; `null` restores the default. */
  updateSupportResources: adminProcedure
    .input(
      z
        .object({
          text: plainText()
            .trim()
            .min(20, { message: "Write at least a sentence, and include an emergency number." })
            .max(2000, { message: "Keep the text under 2,000 characters." })
            .nullable(),
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      await upsertSelfCheckSettings(ctx.db, {
        organisationId: ctx.membership.organisationId,
        supportResources: input.text,
      });
      await recordAuditEvent(ctx.db, {
        organisationId: ctx.membership.organisationId,
        actorUserId: ctx.user.id,
        action: "settings.support_resources_updated",
        data: { reset: input.text === null },
      });
      return { text: supportResourcesText(input.text), isDefault: input.text === null };
    }),

  /**
   * The role words shown in place of ProQOL's [help], [helper], [helping], [helped] and [work],
   * as its licence allows (e.g. helper → counsellor). Blank words fall back to the plain defaults.
   */
  updateRoleWords: adminProcedure
    .input(
      z
        .object({
          help: roleWord,
          helper: roleWord,
          helping: roleWord,
          helped: roleWord,
          work: roleWord,
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) => {
      const chosen = Object.fromEntries(Object.entries(input).filter(([, word]) => word !== ""));
      await upsertSelfCheckSettings(ctx.db, {
        organisationId: ctx.membership.organisationId,
        roleWords: Object.keys(chosen).length > 0 ? chosen : null,
      });
      await recordAuditEvent(ctx.db, {
        organisationId: ctx.membership.organisationId,
        actorUserId: ctx.user.id,
        action: "settings.role_words_updated",
        data: chosen,
      });
      return { ...DEFAULT_ROLE_WORDS, ...chosen };
    }),
} satisfies TRPCRouterRecord;
