/**
 * What the team report's CE compliance figures are measured from: the licences the
 * organisation's clinicians hold, with their cell, template and linked CE entries, read in one
 * query for a whole report. `@tend/development` measures them for each period's day; only the
 * totals per period and cell leave the report.
 */
import { sql } from "drizzle-orm";

import type { CeEntryFacts, LicenceFacts, RequirementTemplate } from "@tend/development";

import type { DbOrTx } from "../client";
import { ceEntries, ceEntryLicences, ceTemplates, licences } from "../schema";
import { clinicianCells } from "./reports";

/** A licence to measure, as `complianceOn` takes it, and whose it is within this answer. */
export interface ComplianceLicence {
  /**
   * The clinician it belongs to, numbered within this answer only (never their id): their
   * licences share the number.
   */
  clinician: number;
  /** The clinician's cell (see `clinicianCells`). */
  cell: string;
  licence: LicenceFacts;
  template: RequirementTemplate;
  /** The entries linked to it, those of its cycle and the one before, up to `to`. */
  entries: CeEntryFacts[];
}

/**
 * Every licence of the organisation's active clinicians that may be measured on some day up to
 * `to` (YYYY-MM-DD): held (`active`), with a template and a cycle begun by then (one that ended
 * unrenewed is still measured, as its owner's page shows it). Each comes with the entries linked to it dated up to `to` and from the
 * start of the cycle before its own (for the hours it carries over), so the caller can measure
 * it as of any of those days. Archived templates still count: a licence keeps the rules it was
 * given.
 */
export async function listComplianceLicences(
  db: DbOrTx,
  params: { organisationId: string; to: string },
): Promise<ComplianceLicence[]> {
  const { organisationId } = params;
  const to = sql`${params.to}::date`;
  const rows = await db.execute<{
    clinician: number;
    cell: string;
    cycle_start: string;
    cycle_end: string;
    licence_type: RequirementTemplate["licenceType"];
    jurisdiction: string;
    cycle_months: number;
    total_minutes: number;
    categories: RequirementTemplate["categories"];
    caps: RequirementTemplate["caps"];
    carry_over_max_minutes: number;
    entries: CeEntryFacts[];
  }>(sql`
    with cells as (${clinicianCells(organisationId)}),
    held as (
      select c.membership_id, c.cell, l.id, l.cycle_start, l.cycle_end, l.template_id
      from ${licences} l join cells c on c.membership_id = l.membership_id
      where l.organisation_id = ${organisationId} and l.status = 'active'
        and l.template_id is not null and l.cycle_start is not null
        and l.cycle_start <= ${to})
    select dense_rank() over (order by h.membership_id)::int as clinician, h.cell,
      h.cycle_start::text as cycle_start, h.cycle_end::text as cycle_end,
      t.licence_type, t.jurisdiction, t.cycle_months, t.total_minutes, t.categories, t.caps,
      t.carry_over_max_minutes,
      coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', e.id, 'date', e.date::text, 'minutes', e.minutes, 'format', e.format,
            'categories', to_jsonb(e.categories))
          order by e.date, e.id)
        from ${ceEntryLicences} el join ${ceEntries} e on e.id = el.entry_id
        where el.licence_id = h.id and e.organisation_id = ${organisationId}
          and e.date <= ${to}
          -- The cycle before begins the template's length earlier (a month more, to be safe).
          and e.date >= h.cycle_start - make_interval(months => t.cycle_months + 1)
      ), '[]'::jsonb) as entries
    from held h join ${ceTemplates} t on t.id = h.template_id
    order by 1, h.cycle_end, h.id`);
  return rows.map((r) => ({
    clinician: r.clinician,
    cell: r.cell,
    licence: { status: "active", cycleStart: r.cycle_start, cycleEnd: r.cycle_end },
    template: {
      licenceType: r.licence_type,
      jurisdiction: r.jurisdiction,
      cycleMonths: r.cycle_months,
      totalMinutes: r.total_minutes,
      categories: r.categories,
      caps: r.caps,
      carryOverMaxMinutes: r.carry_over_max_minutes,
    },
    entries: r.entries,
  }));
}
