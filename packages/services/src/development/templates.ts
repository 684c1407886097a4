/**
 * Requirement templates: an organisation's renewal rules per licence type and jurisdiction, as
 * data `@tend/development` measures licences by. An organisation starts with the shipped
 * examples, marked as examples; its admins write their own and check, change or archive them.
 * Each change is audited: clinicians' progress and the compliance report follow these rules.
 */
import type { DbOrTx } from "@tend/db";
import type { TemplateFields, TemplateRow } from "@tend/db/queries";
import type { RequirementTemplate } from "@tend/development";
import {
  countLicencesFollowing,
  findTemplate,
  hasAnyTemplate,
  insertTemplate,
  insertTemplates,
  listTemplatesWithUse,
  recordAuditEvent,
  updateTemplate,
} from "@tend/db/queries";
import { checkTemplate, EXAMPLE_TEMPLATES } from "@tend/development";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

const TEMPLATE_GONE = "This template no longer exists.";

/** A stored template as the rules `@tend/development` measures by. */
export function asTemplate(row: TemplateRow): RequirementTemplate {
  return {
    licenceType: row.licenceType,
    jurisdiction: row.jurisdiction,
    cycleMonths: row.cycleMonths,
    totalMinutes: row.totalMinutes,
    categories: row.categories,
    caps: row.caps,
    carryOverMaxMinutes: row.carryOverMaxMinutes,
  };
}

/** An organisation that never had a template starts with the shipped examples. */
export async function ensureTemplates(db: DbOrTx, organisationId: string): Promise<void> {
  if (!(await hasAnyTemplate(db, organisationId)))
    await insertTemplates(
      db,
      organisationId,
      EXAMPLE_TEMPLATES.map((t) => ({ ...t, example: "example" as const })),
    );
}

function templateOutput(row: TemplateRow) {
  return {
    id: row.id,
    name: row.name,
    example: row.example === "example",
    archived: row.archivedAt !== null,
    ...asTemplate(row),
  };
}

/** Every template of the organisation, archived ones last, with how many licences follow each. */
export async function listEditableTemplates(db: DbOrTx, actor: MemberActor) {
  const organisationId = actor.membership.organisationId;
  await ensureTemplates(db, organisationId);
  const rows = await listTemplatesWithUse(db, organisationId);
  return rows.map((r) => ({ ...templateOutput(r), licences: r.licences }));
}

/** The rules `@tend/development` can measure by, or what is wrong with them. */
function checked(input: TemplateFields): TemplateFields {
  const problem = checkTemplate(input);
  if (problem) throw new DomainError("INVALID", problem);
  return { ...input, name: input.name.trim(), jurisdiction: input.jurisdiction.trim() };
}

const taken = (name: string) =>
  new DomainError("CONFLICT", `There is already a template called “${name}”.`, {
    name: ["Choose a name no other template has."],
  });

const isUniqueViolation = (err: unknown) =>
  (err as { cause?: { code?: string } }).cause?.code === "23505";

function audit(
  db: DbOrTx,
  actor: MemberActor,
  action:
    "ce_template.created" | "ce_template.changed" | "ce_template.archived" | "ce_template.restored",
  row: TemplateRow,
) {
  return recordAuditEvent(db, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: "ce_template",
    subjectId: row.id,
    data: { name: row.name },
  });
}

export async function addTemplate(db: DbOrTx, actor: MemberActor, input: TemplateFields) {
  const fields = checked(input);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertTemplate(tx, actor.membership.organisationId, fields);
      await audit(tx, actor, "ce_template.created", row);
      return templateOutput(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(fields.name);
    throw err;
  }
}

/**
 * Changes a template's rules; the licences that follow it are measured by them from now on (so
 * its kind of licence stays while any follows it). Saving an example marks it checked: the
 * admin has compared it with their board's rules.
 */
export async function changeTemplate(
  db: DbOrTx,
  actor: MemberActor,
  input: TemplateFields & { templateId: string },
) {
  const { templateId, ...rest } = input;
  const fields = checked(rest);
  const organisationId = actor.membership.organisationId;
  try {
    return await db.transaction(async (tx) => {
      const before = await findTemplate(tx, { organisationId, templateId, archivedToo: true });
      if (!before) throw new DomainError("NOT_FOUND", TEMPLATE_GONE);
      if (
        before.licenceType !== fields.licenceType &&
        (await countLicencesFollowing(tx, templateId)) > 0
      )
        throw new DomainError(
          "CONFLICT",
          "Licences follow these requirements, so they stay for the same kind of licence.",
          { licenceType: ["Add new requirements for another kind of licence."] },
        );
      const row = await updateTemplate(tx, { organisationId, templateId }, { fields });
      if (!row) throw new DomainError("NOT_FOUND", TEMPLATE_GONE);
      await audit(tx, actor, "ce_template.changed", row);
      return templateOutput(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(fields.name);
    throw err;
  }
}

/**
 * Archives a template (or restores it): it is no longer offered for a licence, and the licences
 * that follow it keep being measured by it.
 */
export async function archiveTemplate(
  db: DbOrTx,
  actor: MemberActor,
  input: { templateId: string; archived: boolean },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await updateTemplate(
      tx,
      { organisationId: actor.membership.organisationId, templateId: input.templateId },
      { archivedAt: input.archived ? now : null },
    );
    if (!row) throw new DomainError("NOT_FOUND", TEMPLATE_GONE);
    await audit(tx, actor, input.archived ? "ce_template.archived" : "ce_template.restored", row);
    return templateOutput(row);
  });
}
