/**
 * An organisation's self-check settings, edited by its admins: the support text shown on
 * high results, and the words that replace ProQOL's bracketed terms. No personal data.
 */
import type { DbOrTx } from "@tend/db";
import type { RoleWords } from "@tend/instruments";
import { getSelfCheckSettings, recordAuditEvent, upsertSelfCheckSettings } from "@tend/db/queries";
import { DEFAULT_ROLE_WORDS, getInstrument, renderItemText } from "@tend/instruments";

import type { MemberActor } from "../actor";
import { DEFAULT_SUPPORT_RESOURCES, supportResourcesText } from "./present";

export async function getSettings(db: DbOrTx, actor: MemberActor) {
  const settings = await getSelfCheckSettings(db, actor.membership.organisationId);
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
}

/** Saves the organisation's support text; `null` restores the default. */
export async function updateSupportResources(
  db: DbOrTx,
  actor: MemberActor,
  input: { text: string | null },
) {
  await upsertSelfCheckSettings(db, {
    organisationId: actor.membership.organisationId,
    supportResources: input.text,
  });
  await recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action: "settings.support_resources_updated",
    data: { reset: input.text === null },
  });
  return { text: supportResourcesText(input.text), isDefault: input.text === null };
}

/**
 * The role words shown in place of ProQOL's [help], [helper], [helping], [helped] and [work],
 * as its licence allows (e.g. helper → counsellor). Blank words fall back to the plain defaults.
 */
export async function updateRoleWords(db: DbOrTx, actor: MemberActor, input: RoleWords) {
  const chosen = Object.fromEntries(Object.entries(input).filter(([, word]) => word !== ""));
  await upsertSelfCheckSettings(db, {
    organisationId: actor.membership.organisationId,
    roleWords: Object.keys(chosen).length > 0 ? chosen : null,
  });
  await recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action: "settings.role_words_updated",
    data: chosen,
  });
  return { ...DEFAULT_ROLE_WORDS, ...chosen };
}
