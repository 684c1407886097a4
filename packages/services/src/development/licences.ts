/**
 * A clinician's licences and their renewal progress: each licence's current cycle measured by
 * `@tend/development` against the organisation's template it follows, from the CE entries
 * linked to it. Only the owner reads or changes them here.
 */
import type { DbOrTx } from "@tend/db";
import type { LicenceFields, LicenceRow, TemplateRow } from "@tend/db/queries";
import type { CeEntryFacts, Progress } from "@tend/development";
import {
  deleteLicence,
  findTemplate,
  insertLicence,
  listEntries,
  listHourEntries,
  listLicences,
  listTemplates,
  templatesByIds,
  updateLicence,
} from "@tend/db/queries";
import { addDays, licenceProgress, nextCycle, projectLicensure } from "@tend/development";
import { formatLocal } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { asTemplate, ensureTemplates } from "./templates";

const LICENCE_GONE = "This licence is no longer in your list.";
/** How many renewal cycles after the current one the timeline shows. */
const CYCLES_AHEAD = 2;

/** The person's today, on their own calendar. */
export function todayFor(actor: MemberActor, now: Date): string {
  return formatLocal(now, actor.person.timeZone, "yyyy-MM-dd");
}

/**
 * The organisation's templates in use, and any archived one the caller's licences still follow
 * (marked archived: kept for those licences, offered for no other). An organisation that never
 * had one starts with the shipped examples, marked as examples until an admin checks them.
 */
export async function organisationTemplates(db: DbOrTx, actor: MemberActor) {
  const organisationId = actor.membership.organisationId;
  await ensureTemplates(db, organisationId);
  const [inUse, own] = await Promise.all([
    listTemplates(db, organisationId),
    listLicences(db, actor.membership.membershipId),
  ]);
  const followed = own.flatMap((l) => (l.templateId ? [l.templateId] : []));
  const kept = (await templatesByIds(db, [...new Set(followed)])).filter(
    (t) => t.archivedAt !== null && t.organisationId === organisationId,
  );
  return [...inUse, ...kept].map((row) => ({
    id: row.id,
    name: row.name,
    example: row.example === "example",
    archived: row.archivedAt !== null,
    ...asTemplate(row),
  }));
}

/** Every licence of the caller, with its template and its current cycle's progress. */
export function listOwnLicences(db: DbOrTx, actor: MemberActor, now = new Date()) {
  return licencesOf(
    db,
    {
      organisationId: actor.membership.organisationId,
      membershipId: actor.membership.membershipId,
      timeZone: actor.person.timeZone,
    },
    now,
  );
}

/**
 * Every licence of a member, with its template, its current cycle's progress on the member's own
 * calendar, and for one worked toward the road to licensure from their supervision hours (unless
 * `licensure` is false). Callers decide who may read it.
 */
export async function licencesOf(
  db: DbOrTx,
  owner: { organisationId: string; membershipId: string; timeZone: string },
  now: Date,
  options: { licensure: boolean } = { licensure: true },
) {
  const { membershipId } = owner;
  const [rows, entries] = await Promise.all([
    listLicences(db, membershipId),
    listEntries(db, membershipId),
  ]);
  // The road to licensure reads supervision hours: only for those who may see them.
  const pursuing = options.licensure && rows.some((r) => r.status === "pursuing");
  const [templates, supervised] = await Promise.all([
    templatesByIds(db, [...new Set(rows.flatMap((r) => (r.templateId ? [r.templateId] : [])))]),
    // The road to licensure counts supervision hours a supervisor approved, nothing else.
    pursuing
      ? listHourEntries(db, {
          organisationId: owner.organisationId,
          superviseeMembershipId: membershipId,
          approvedOnly: true,
        })
      : Promise.resolve([]),
  ]);
  const today = formatLocal(now, owner.timeZone, "yyyy-MM-dd");
  return rows.map((licence) => {
    const template = templates.find((t) => t.id === licence.templateId);
    const licensure =
      pursuing && licence.status === "pursuing" && licence.supervisedMinutesRequired
        ? projectLicensure({
            requiredMinutes: licence.supervisedMinutesRequired,
            entries: supervised.map((e) => ({ date: e.date, minutes: e.minutes })),
            today,
          })
        : null;
    const facts: CeEntryFacts[] = entries
      .filter((e) => e.licenceIds.includes(licence.id))
      .map((e) => ({
        id: e.id,
        date: e.date,
        minutes: e.minutes,
        format: e.format,
        categories: e.categories,
      }));
    return {
      ...licenceOutput(licence),
      template: template
        ? { id: template.id, name: template.name, example: template.example === "example" }
        : null,
      progress: progressOf(licence, template, facts, today),
      laterCycles: laterCycles(licence, template, licensure?.projectedDate ?? null),
      licensure,
    };
  });
}

function licenceOutput(row: LicenceRow) {
  return {
    id: row.id,
    type: row.type,
    typeName: row.typeName,
    jurisdiction: row.jurisdiction,
    number: row.number,
    status: row.status,
    issuedOn: row.issuedOn,
    cycleStart: row.cycleStart,
    cycleEnd: row.cycleEnd,
    supervisedMinutesRequired: row.supervisedMinutesRequired,
  };
}

/**
 * The current cycle's progress, when the licence has a cycle and a template to measure by (the
 * rule the admin's CE compliance figures follow too: `licenceProgress`).
 */
function progressOf(
  licence: LicenceRow,
  template: TemplateRow | undefined,
  entries: CeEntryFacts[],
  today: string,
): Progress | null {
  return licenceProgress({
    licence,
    template: template ? asTemplate(template) : null,
    entries,
    today,
  });
}

/**
 * The renewal cycles after the current one; for a licence worked toward, its first cycles from
 * the projected day of licensure (when its requirements are chosen and a day is projected).
 */
function laterCycles(
  licence: LicenceRow,
  template: TemplateRow | undefined,
  licensed: string | null,
) {
  if (!template) return [];
  // For a licence worked toward, the first cycle follows the day before licensure.
  let cycle =
    licence.status === "pursuing"
      ? licensed && { start: addDays(licensed, -1), end: addDays(licensed, -1) }
      : licence.cycleStart &&
        licence.cycleEnd && { start: licence.cycleStart, end: licence.cycleEnd };
  if (!cycle) return [];
  const cycles = [];
  for (let i = 0; i < CYCLES_AHEAD; i++) {
    cycle = nextCycle(cycle, template.cycleMonths);
    cycles.push(cycle);
  }
  return cycles;
}

export type LicenceInput = Omit<LicenceFields, "typeName" | "number"> & {
  typeName?: string | undefined;
  number?: string | undefined;
};

/**
 * The fields to store, once the template is checked to be the organisation's and fit the type.
 * A licence keeps the archived template it follows (`kept`); only templates in use are chosen.
 */
async function checkedFields(
  db: DbOrTx,
  actor: MemberActor,
  input: LicenceInput,
  kept: string | null = null,
): Promise<LicenceFields> {
  if (input.templateId) {
    const template = await findTemplate(db, {
      organisationId: actor.membership.organisationId,
      templateId: input.templateId,
      archivedToo: input.templateId === kept,
    });
    if (!template)
      throw new DomainError("INVALID", "Choose requirements from the list.", {
        templateId: ["Choose requirements from the list: that one is no longer offered."],
      });
    if (input.type !== "other" && template.licenceType !== input.type)
      throw new DomainError("INVALID", "These requirements are for another kind of licence.", {
        templateId: ["Choose requirements for this kind of licence."],
      });
  }
  return {
    ...input,
    typeName: input.type === "other" ? (input.typeName ?? "").trim() : "",
    number: (input.number ?? "").trim(),
    supervisedMinutesRequired: input.status === "pursuing" ? input.supervisedMinutesRequired : null,
  };
}

export async function addLicence(db: DbOrTx, actor: MemberActor, input: LicenceInput) {
  const fields = await checkedFields(db, actor, input);
  const row = await insertLicence(
    db,
    {
      organisationId: actor.membership.organisationId,
      membershipId: actor.membership.membershipId,
    },
    fields,
  );
  return licenceOutput(row);
}

export async function changeLicence(
  db: DbOrTx,
  actor: MemberActor,
  input: LicenceInput & { licenceId: string },
) {
  const { licenceId, ...rest } = input;
  const before = (await listLicences(db, actor.membership.membershipId)).find(
    (l) => l.id === licenceId,
  );
  if (!before) throw new DomainError("NOT_FOUND", LICENCE_GONE);
  const fields = await checkedFields(db, actor, rest, before.templateId);
  const row = await updateLicence(
    db,
    { membershipId: actor.membership.membershipId, licenceId },
    fields,
  );
  if (!row) throw new DomainError("NOT_FOUND", LICENCE_GONE);
  return licenceOutput(row);
}

export async function removeLicence(db: DbOrTx, actor: MemberActor, licenceId: string) {
  const removed = await deleteLicence(db, {
    membershipId: actor.membership.membershipId,
    licenceId,
  });
  if (!removed) throw new DomainError("NOT_FOUND", LICENCE_GONE);
  return { id: licenceId };
}
