/**
 * A believable year of self-check history for the demo: monthly ProQOL and weekly pulses for
 * every clinician, drawn from a seeded random generator (the same data on every seed). Teams
 * differ — Crisis & Trauma carries more secondary traumatic stress — and each person drifts
 * over the year, so charts and team reports have something true-to-life to show.
 */
import type { InstrumentId } from "@tend/instruments";
import { getInstrument, scoreResponses } from "@tend/instruments";

import type { DbOrTx } from "../client";
import { checkResponses } from "../schema";

const DAY = 86_400_000;

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** Strain (0 = thriving … 1 = struggling) of a team's members, on average. */
const TEAM_STRAIN: Record<string, number> = {
  "Adult Outpatient": 0.38,
  "Child & Family": 0.42,
  "Crisis & Trauma": 0.58,
  "Night Service": 0.62,
  Counselling: 0.4,
};

export interface HistoryPerson {
  userId: string;
  organisationId: string;
  team: string | undefined;
  email: string;
}

/** Answers for one check: every item drawn around the person's strain at that time. */
function answersFor(
  instrumentId: InstrumentId,
  strain: number,
  random: () => number,
): Record<string, number> {
  const instrument = getInstrument(instrumentId);
  const answers: Record<string, number> = {};
  for (const item of instrument.items) {
    const values = item.options.map((o) => o.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Statements of strain (STS, most burnout items, the pulse's emotional load) agree more
    // with strain; positive ones (satisfaction, "I am happy", energy, sleep) agree less.
    const positive =
      instrumentId === "pulse"
        ? !item.reverse
        : item.subscaleId === "compassion_satisfaction" || item.reverse;
    const level = positive
      ? 1 - strain * (item.subscaleId === "compassion_satisfaction" ? 0.6 : 1)
      : strain;
    const target = lo + level * (hi - lo) + (random() - 0.5) * 1.6;
    answers[item.id] = Math.min(hi, Math.max(lo, Math.round(target)));
  }
  return answers;
}

/**
 * Inserts the year of history for these people, ending before `now`: ProQOL every 30 days
 * (the latest 20 days ago) and a pulse every 7 days (the latest 8 days ago, so one is due).
 */
export async function seedCheckHistory(
  db: DbOrTx,
  people: HistoryPerson[],
  now = new Date(),
): Promise<number> {
  const rows: (typeof checkResponses.$inferInsert)[] = [];
  for (const person of people) {
    const random = seededRandom(hash(person.email));
    const base = (TEAM_STRAIN[person.team ?? ""] ?? 0.45) + (random() - 0.5) * 0.3;
    const drift = (random() - 0.5) * 0.25; // across the year
    const phase = random() * Math.PI * 2;
    const strainAt = (daysAgo: number) => {
      const t = 1 - daysAgo / 365;
      return Math.min(
        0.95,
        Math.max(0.05, base + drift * t + 0.08 * Math.sin(phase + t * Math.PI * 3)),
      );
    };
    const add = (instrumentId: InstrumentId, daysAgo: number) => {
      const answers = answersFor(instrumentId, strainAt(daysAgo), random);
      const result = scoreResponses(instrumentId, answers);
      const completedAt = new Date(
        now.getTime() - daysAgo * DAY + Math.floor(random() * 6 * 3_600_000) - 3 * 3_600_000,
      );
      rows.push({
        userId: person.userId,
        organisationId: person.organisationId,
        instrumentId,
        instrumentVersion: result.instrumentVersion,
        answers,
        result,
        completedAt,
      });
    };
    for (let daysAgo = 350; daysAgo >= 20; daysAgo -= 30) add("proqol5", daysAgo);
    for (let daysAgo = 358; daysAgo >= 8; daysAgo -= 7) add("pulse", daysAgo);
  }
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(checkResponses).values(rows.slice(i, i + 500));
  return rows.length;
}
