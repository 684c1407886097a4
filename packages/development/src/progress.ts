/**
 * Progress toward a licence's renewal: the CE entries of the current cycle measured against its
 * requirement template. Pure: the same entries, template and day always give the same answer.
 *
 * - An entry counts when its date is in the cycle, first and last day included.
 * - A format limit counts the earliest entries first; an entry that crosses the limit counts in
 *   part. So logging a later entry never changes what an earlier one counted. (An entry logged
 *   with an earlier date may move the limit onto a later entry, and so change its categories'
 *   hours; the total never goes down.)
 * - An entry counts in full toward each of its categories (a three-hour ethics and cultural
 *   competence workshop gives three hours to each, and three to the total).
 * - One entry may be linked to several licences: each licence's progress counts it on its own.
 * - Hours carried over from the last cycle count toward the total, never a category.
 */
import type { CeCategory, CeFormat, RequirementTemplate } from "./requirements";
import { addDays, addMonths, dayNumber } from "./days";

export interface Cycle {
  /** First and last day, both in the cycle. */
  start: string;
  end: string;
}

export interface CeEntryFacts {
  id: string;
  date: string;
  minutes: number;
  format: CeFormat;
  categories: readonly CeCategory[];
}

export type ProgressStatus = "complete" | "on-track" | "at-risk";

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  complete: "Complete",
  "on-track": "On track",
  "at-risk": "At risk",
};

/** Days before a cycle ends when reminders go, while something is missing. */
export const REMINDER_DAYS = [90, 60, 30] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];

/** Behind by more than this share of the total at the cycle's pace: at risk. */
const BEHIND_SHARE = 0.25;

export interface Progress {
  cycle: Cycle;
  /** Days from today to the cycle's last day (0 on the last day, negative once it ended). */
  daysLeft: number;
  required: number;
  /** Minutes that count: this cycle's after the limits, plus any carried in. */
  counted: number;
  /** Minutes logged in the cycle, before the limits. */
  logged: number;
  carriedIn: number;
  missing: number;
  categories: { category: CeCategory; required: number; counted: number; missing: number }[];
  caps: {
    formats: readonly CeFormat[];
    maxMinutes: number;
    logged: number;
    counted: number;
    /** Logged beyond the limit: minutes that do not count. */
    excess: number;
  }[];
  /** Each entry in the cycle and the minutes of it that count (less than logged past a limit). */
  entries: { id: string; counted: number }[];
  status: ProgressStatus;
}

/** Measures the cycle's entries against the template, as of `today`. */
export function evaluateProgress(params: {
  template: RequirementTemplate;
  cycle: Cycle;
  entries: readonly CeEntryFacts[];
  today: string;
  /** Minutes the last cycle carried over (limited to the template's carry-over). */
  carriedIn?: number;
}): Progress {
  const { template, cycle, today } = params;
  const first = dayNumber(cycle.start);
  const last = dayNumber(cycle.end);
  if (last < first) throw new RangeError("A cycle cannot end before it starts");
  const inCycle = params.entries
    .filter((e) => {
      const day = dayNumber(e.date);
      return day >= first && day <= last;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const left = template.caps.map((cap) => cap.maxMinutes);
  const capLogged = template.caps.map(() => 0);
  const entries = inCycle.map((entry) => {
    let counted = entry.minutes;
    template.caps.forEach((cap, i) => {
      if (cap.formats.includes(entry.format)) counted = Math.min(counted, left[i] ?? 0);
    });
    template.caps.forEach((cap, i) => {
      if (!cap.formats.includes(entry.format)) return;
      left[i] = (left[i] ?? 0) - counted;
      capLogged[i] = (capLogged[i] ?? 0) + entry.minutes;
    });
    return { entry, counted };
  });

  const own = entries.reduce((sum, e) => sum + e.counted, 0);
  const carriedIn = Math.min(Math.max(0, params.carriedIn ?? 0), template.carryOverMaxMinutes);
  const counted = own + carriedIn;
  const categories = template.categories.map(({ category, minMinutes }) => {
    const done = entries
      .filter((e) => e.entry.categories.includes(category))
      .reduce((sum, e) => sum + e.counted, 0);
    return {
      category,
      required: minMinutes,
      counted: done,
      missing: Math.max(0, minMinutes - done),
    };
  });
  const missing = Math.max(0, template.totalMinutes - counted);
  const daysLeft = last - dayNumber(today);

  const complete = missing === 0 && categories.every((c) => c.missing === 0);
  const elapsed = Math.min(1, Math.max(0, (dayNumber(today) - first + 1) / (last - first + 1)));
  const behind = counted + BEHIND_SHARE * template.totalMinutes < template.totalMinutes * elapsed;
  const status: ProgressStatus = complete
    ? "complete"
    : daysLeft <= REMINDER_DAYS[0] || behind
      ? "at-risk"
      : "on-track";

  return {
    cycle,
    daysLeft,
    required: template.totalMinutes,
    counted,
    logged: inCycle.reduce((sum, e) => sum + e.minutes, 0),
    carriedIn,
    missing,
    categories,
    caps: template.caps.map((cap, i) => {
      const logged = capLogged[i] ?? 0;
      const countedHere = entries
        .filter((e) => cap.formats.includes(e.entry.format))
        .reduce((sum, e) => sum + e.counted, 0);
      return {
        formats: cap.formats,
        maxMinutes: cap.maxMinutes,
        logged,
        counted: countedHere,
        excess: logged - countedHere,
      };
    }),
    entries: entries.map((e) => ({ id: e.entry.id, counted: e.counted })),
    status,
  };
}

/** What a finished cycle carries into the next: its own minutes past the total, up to the limit. */
export function carryOver(progress: Progress, template: RequirementTemplate): number {
  const own = progress.counted - progress.carriedIn;
  return Math.min(template.carryOverMaxMinutes, Math.max(0, own - template.totalMinutes));
}

/**
 * A cycle's progress with the hours the cycle before it (the template's length, ending the day
 * before) carries over, when the template allows any.
 */
export function progressWithCarryOver(params: {
  template: RequirementTemplate;
  cycle: Cycle;
  entries: readonly CeEntryFacts[];
  today: string;
}): Progress {
  const { template, cycle } = params;
  if (template.carryOverMaxMinutes === 0) return evaluateProgress(params);
  const previous = {
    start: addMonths(cycle.start, -template.cycleMonths),
    end: addDays(cycle.start, -1),
  };
  const before = evaluateProgress({ ...params, cycle: previous });
  return evaluateProgress({ ...params, carriedIn: carryOver(before, template) });
}

/** The facts of a licence its progress needs: whether it is held, and its current cycle. */
export interface LicenceFacts {
  status: "active" | "pursuing";
  cycleStart: string | null;
  cycleEnd: string | null;
}

/**
 * A licence's progress as its owner sees it: measured (with carry-over) when it is held
 * (`active`) and has a current cycle and a template to measure by; null otherwise. The
 * clinician's own page and the admin's compliance figures both read it from here.
 */
export function licenceProgress(params: {
  licence: LicenceFacts;
  template: RequirementTemplate | null;
  entries: readonly CeEntryFacts[];
  today: string;
}): Progress | null {
  const { licence, template } = params;
  if (!template || !licence.cycleStart || !licence.cycleEnd || licence.status !== "active")
    return null;
  return progressWithCarryOver({
    template,
    cycle: { start: licence.cycleStart, end: licence.cycleEnd },
    entries: params.entries,
    today: params.today,
  });
}

/** The cycle after `cycle`: from the next day, `months` long. */
export function nextCycle(cycle: Cycle, months: number): Cycle {
  const start = addDays(cycle.end, 1);
  return { start, end: addDays(addMonths(start, months), -1) };
}

/**
 * The reminder due today, if any: the most urgent of 90, 60 and 30 days before the end that
 * has been reached and not sent, while something is missing. One missed (the worker was down)
 * is not sent late once a more urgent one is due.
 */
export function dueReminder(
  progress: Pick<Progress, "daysLeft" | "status">,
  sent: readonly number[],
): ReminderDay | null {
  if (progress.status === "complete" || progress.daysLeft < 0) return null;
  const reached = REMINDER_DAYS.filter((d) => progress.daysLeft <= d);
  const urgent = reached.at(-1);
  if (urgent === undefined || sent.includes(urgent)) return null;
  return urgent;
}
