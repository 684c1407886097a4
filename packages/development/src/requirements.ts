/**
 * Renewal requirements as data: what a licence of one type in one jurisdiction asks of each
 * renewal cycle. An organisation keeps its own templates (the examples below are a start, not
 * legal advice); `evaluateProgress` reads them, so a new rule is a new row, not new code.
 *
 * Time is counted in whole minutes everywhere (a CE hour is 60, a quarter hour 15), so sums are
 * exact; pages show hours.
 */

/** How a CE activity was taken. */
export const CE_FORMATS = ["in-person", "live-online", "self-study"] as const;
export type CeFormat = (typeof CE_FORMATS)[number];

export const CE_FORMAT_LABELS: Record<CeFormat, string> = {
  "in-person": "Live, in person",
  "live-online": "Live, online",
  "self-study": "Self-study",
};

/** Subjects renewal rules name. An entry may cover several. */
export const CE_CATEGORIES = [
  "ethics",
  "suicide-prevention",
  "cultural-competence",
  "trauma-informed-care",
  "supervision",
  "clinical-practice",
  "self-care",
] as const;
export type CeCategory = (typeof CE_CATEGORIES)[number];

export const CE_CATEGORY_LABELS: Record<CeCategory, string> = {
  ethics: "Ethics",
  "suicide-prevention": "Suicide prevention",
  "cultural-competence": "Cultural competence",
  "trauma-informed-care": "Trauma-informed care",
  supervision: "Clinical supervision",
  "clinical-practice": "Clinical practice",
  "self-care": "Self-care and wellbeing",
};

/** Licence types clinicians hold; "other" for anything else. */
export const LICENCE_TYPES = ["LPC", "LCSW", "LMFT", "psychologist", "other"] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

export const LICENCE_TYPE_LABELS: Record<LicenceType, string> = {
  LPC: "Licensed Professional Counselor (LPC)",
  LCSW: "Licensed Clinical Social Worker (LCSW)",
  LMFT: "Licensed Marriage and Family Therapist (LMFT)",
  psychologist: "Psychologist",
  other: "Other",
};

export interface RequirementTemplate {
  licenceType: LicenceType;
  jurisdiction: string;
  /** How long a renewal cycle lasts, for the cycles after the current one. */
  cycleMonths: number;
  /** Minutes of CE a cycle needs in all. */
  totalMinutes: number;
  /** Minutes a cycle needs in a category; they count toward the total too. */
  categories: readonly { category: CeCategory; minMinutes: number }[];
  /**
   * Limits on formats: of the entries in `formats`, at most `maxMinutes` count in a cycle (the
   * earliest first, so what counts does not change when a later entry is logged).
   */
  caps: readonly { formats: readonly CeFormat[]; maxMinutes: number }[];
  /** Minutes beyond the total that may count toward the next cycle; 0 when none. */
  carryOverMaxMinutes: number;
}

/** Why a template cannot be used; null when it can. */
export function checkTemplate(template: RequirementTemplate): string | null {
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (
    !Number.isInteger(template.cycleMonths) ||
    template.cycleMonths < 1 ||
    template.cycleMonths > 120
  )
    return "A renewal cycle lasts from 1 to 120 months.";
  if (!whole(template.totalMinutes) || template.totalMinutes === 0)
    return "A cycle needs some hours in all.";
  const seen = new Set<string>();
  for (const { category, minMinutes } of template.categories) {
    if (seen.has(category)) return "Name each subject once.";
    seen.add(category);
    if (!whole(minMinutes) || minMinutes === 0) return "A subject's minimum needs some hours.";
  }
  // Overlapping categories may share hours, so only each category alone must fit in the total.
  if (template.categories.some((c) => c.minMinutes > template.totalMinutes))
    return "A subject cannot need more hours than the cycle needs in all.";
  for (const cap of template.caps) {
    if (cap.formats.length === 0) return "A limit applies to at least one format.";
    if (!whole(cap.maxMinutes)) return "Give each limit in hours, from 0.";
  }
  if (!whole(template.carryOverMaxMinutes)) return "Give the hours that may carry over, from 0.";
  if (template.carryOverMaxMinutes > template.totalMinutes)
    return "No more hours can carry over than a cycle needs.";
  return null;
}

/**
 * Example templates an organisation starts from. They show the shapes renewal rules take; they
 * are not any board's rules and not legal advice: each clinic checks its own board's.
 */
export const EXAMPLE_TEMPLATES: readonly (RequirementTemplate & { name: string })[] = [
  {
    name: "Example: LPC, two-year cycle",
    licenceType: "LPC",
    jurisdiction: "Example",
    cycleMonths: 24,
    totalMinutes: 24 * 60,
    categories: [
      { category: "ethics", minMinutes: 3 * 60 },
      { category: "cultural-competence", minMinutes: 2 * 60 },
    ],
    caps: [{ formats: ["self-study"], maxMinutes: 12 * 60 }],
    carryOverMaxMinutes: 0,
  },
  {
    name: "Example: LCSW, two-year cycle",
    licenceType: "LCSW",
    jurisdiction: "Example",
    cycleMonths: 24,
    totalMinutes: 30 * 60,
    categories: [
      { category: "ethics", minMinutes: 3 * 60 },
      { category: "trauma-informed-care", minMinutes: 3 * 60 },
    ],
    caps: [{ formats: ["self-study"], maxMinutes: 15 * 60 }],
    carryOverMaxMinutes: 6 * 60,
  },
  {
    name: "Example: LMFT, two-year cycle",
    licenceType: "LMFT",
    jurisdiction: "Example",
    cycleMonths: 24,
    totalMinutes: 36 * 60,
    categories: [
      { category: "ethics", minMinutes: 6 * 60 },
      { category: "suicide-prevention", minMinutes: 6 * 60 },
    ],
    caps: [{ formats: ["self-study", "live-online"], maxMinutes: 18 * 60 }],
    carryOverMaxMinutes: 0,
  },
  {
    name: "Example: psychologist, two-year cycle",
    licenceType: "psychologist",
    jurisdiction: "Example",
    cycleMonths: 24,
    totalMinutes: 40 * 60,
    categories: [
      { category: "ethics", minMinutes: 4 * 60 },
      { category: "cultural-competence", minMinutes: 4 * 60 },
    ],
    caps: [{ formats: ["self-study"], maxMinutes: 20 * 60 }],
    carryOverMaxMinutes: 10 * 60,
  },
];
