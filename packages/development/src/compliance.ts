/**
 * Where a clinician stands with their CE requirements on a given day, across every licence they
 * hold: the figure behind the admin's compliance shares. Pure, and measured exactly as the
 * clinician's own page measures each licence (`licenceProgress`), so the two always agree.
 */
import type { CeEntryFacts, LicenceFacts, ProgressStatus } from "./progress";
import type { RequirementTemplate } from "./requirements";
import { dayNumber } from "./days";
import { licenceProgress } from "./progress";

/** Most urgent last: a clinician's standing is the most urgent of their licences'. */
const URGENCY: readonly ProgressStatus[] = ["complete", "on-track", "at-risk"];

/**
 * The most urgent of several statuses: at risk when any is, else on track when any is, else
 * complete. Null when there are none.
 */
export function worstStatus(statuses: readonly ProgressStatus[]): ProgressStatus | null {
  let worst: ProgressStatus | null = null;
  for (const status of statuses)
    if (worst === null || URGENCY.indexOf(status) > URGENCY.indexOf(worst)) worst = status;
  return worst;
}

/** One licence of a clinician, with its template and the CE entries linked to it. */
export interface LicenceToMeasure {
  licence: LicenceFacts;
  template: RequirementTemplate | null;
  entries: readonly CeEntryFacts[];
}

/**
 * A clinician's standing on `day`, as their page would have shown it that day: each licence that
 * is held, has a template, and whose current cycle began by the day, measured with the entries
 * dated on or before it; then the most urgent of them. A cycle that ended without being renewed
 * is still measured, as the clinician's page shows it: at risk when something is missing. Null
 * when no licence is measured that day: the clinician is not counted at all.
 */
export function complianceOn(
  licences: readonly LicenceToMeasure[],
  day: string,
): ProgressStatus | null {
  const today = dayNumber(day);
  const statuses = licences.flatMap(({ licence, template, entries }) => {
    const { cycleStart, cycleEnd } = licence;
    if (!cycleStart || !cycleEnd) return [];
    if (today < dayNumber(cycleStart)) return [];
    const progress = licenceProgress({
      licence,
      template,
      entries: entries.filter((e) => dayNumber(e.date) <= today),
      today: day,
    });
    return progress ? [progress.status] : [];
  });
  return worstStatus(statuses);
}
