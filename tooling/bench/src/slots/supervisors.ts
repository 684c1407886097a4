/**
 * Fifty supervisors with the schedules and bookings of a working team, the same on every run:
 * every choice comes from a seeded generator. Seven time zones (six of them change their
 * clocks inside the 90 days: forward in America and Europe, back in Sydney), office hours,
 * part-time days, evening and night services across midnight, date overrides (days off, a
 * holiday week, extra and changed hours, night cover on the night of the clock change),
 * 50-minute sessions with 10-minute buffers, an hour's notice (a day's for some), some with a
 * daily maximum; and sessions booked on 30–60 % of what each schedule can hold, some of them
 * moved off the slot grid or longer, plus time blocked by the person booking.
 */
import type {
  AvailabilitySchedule,
  DateOverride,
  Interval,
  SessionRules,
  SlotQuery,
  WeeklyWindow,
} from "@tend/scheduling";

// From its module rather than the package: the package's index also loads series.ts, whose
// named imports from "rrule" (a CommonJS bundle to Node) fail outside a bundler.
import { availableSlots } from "../../../../packages/scheduling/src/availability";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const SUPERVISORS = 50;
export const DAYS = 90;
/**
 * Sunday 15 February to Saturday 16 May 2026: New York, Chicago and Los Angeles spring forward
 * on 8 March, London and Berlin on 29 March, and Sydney falls back on 5 April.
 */
export const FROM = new Date("2026-02-15T00:00:00Z");
export const TO = new Date(FROM.getTime() + DAYS * DAY);
/**
 * The moment of the query, a Sunday morning in Europe: an hour's notice makes 09:00 UTC the
 * first start allowed, which is a slot of the American night services and of some Sunday
 * extra hours.
 */
export const NOW = new Date("2026-02-15T08:00:00Z");

const SEED = 20_260_215;

const ZONES = [
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata",
  "America/Los_Angeles",
  "Europe/Berlin",
  "Australia/Sydney",
  "America/Chicago",
] as const;

/** A 32-bit xorshift generator: a number in [0, 1) per call, the same sequence for a seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  return {
    next,
    /** A whole number in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly [T, ...T[]]): T =>
      items[Math.floor(next() * items.length)] ?? items[0],
  };
}
type Random = ReturnType<typeof generator>;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const days = (weekdays: readonly number[], start: number, end: number): WeeklyWindow[] =>
  weekdays.map((weekday) => ({ weekday, start: clock(start), end: clock(end) }));

const MON_FRI = [1, 2, 3, 4, 5] as const;

interface Pattern {
  name: string;
  weekly: (random: Random) => WeeklyWindow[];
  startEveryMinutes?: number;
}

/** Weekly hours, in minutes of the day; each supervisor's are shifted a little. */
const PATTERNS: readonly [Pattern, ...Pattern[]] = [
  {
    name: "office hours with a lunch break",
    weekly: (r) => {
      const shift = r.pick([-60, -30, 0, 0, 30]);
      return [
        ...days(MON_FRI, 9 * 60 + shift, 12 * 60 + shift),
        ...days(MON_FRI, 13 * 60 + shift, 17 * 60 + shift),
      ];
    },
  },
  {
    name: "three days a week",
    weekly: (r) => {
      const weekdays = MON_FRI.filter(() => r.chance(0.6));
      return days(
        weekdays.length ? weekdays : [2, 4],
        10 * 60,
        r.pick([15 * 60, 16 * 60, 18 * 60]),
      );
    },
  },
  {
    name: "afternoons and evenings, every half hour",
    weekly: (r) => {
      const evening = r.pick([17 * 60 + 30, 18 * 60]);
      // The last session ends with the evening, at 20:50.
      return [
        ...days([1, 2, 3, 4], 12 * 60, 15 * 60),
        ...days([1, 2, 3, 4], evening, 20 * 60 + 50),
      ];
    },
    startEveryMinutes: 30,
  },
  {
    name: "a night service across midnight",
    weekly: (r) => [
      ...days([1, 2, 3], 13 * 60, 17 * 60),
      // Friday and Saturday nights. The Saturday one spans the spring-forward and fall-back
      // nights: its 02:30 is in the gap of New York and Berlin, and twice in Sydney.
      ...days([5], 22 * 60, 2 * 60),
      ...days([6], r.pick([21 * 60, 22 * 60]), 2 * 60 + 30),
    ],
  },
  {
    name: "long days, four a week, every quarter hour",
    weekly: (r) => days([1, 2, 3, 4], r.pick([7 * 60 + 45, 8 * 60]), r.pick([17, 18]) * 60 + 50),
    startEveryMinutes: 15,
  },
  {
    name: "early mornings and late evenings, Tuesday to Saturday",
    weekly: () => [
      ...days([2, 3, 4, 5, 6], 7 * 60, 11 * 60),
      ...days([2, 3, 4, 5], 19 * 60, 22 * 60),
    ],
  },
];

/** "YYYY-MM-DD" of the calendar date `n` days after FROM's date (a date has no zone). */
const dateAfter = (n: number) => new Date(FROM.getTime() + n * DAY).toISOString().slice(0, 10);
const weekdayAfter = (n: number) => new Date(FROM.getTime() + n * DAY).getUTCDay();

/** The Sunday each zone changes its clocks inside the range. */
const CLOCK_CHANGE: Partial<Record<string, string>> = {
  "America/New_York": "2026-03-08",
  "America/Chicago": "2026-03-08",
  "America/Los_Angeles": "2026-03-08",
  "Europe/London": "2026-03-29",
  "Europe/Berlin": "2026-03-29",
  "Australia/Sydney": "2026-04-05",
};

function overrides(r: Random, timeZone: string): DateOverride[] {
  const result = new Map<string, DateOverride>();
  // A few single days off.
  for (let i = r.int(1, 3); i > 0; i--) {
    const date = dateAfter(r.int(0, DAYS - 1));
    result.set(date, { date, windows: [] });
  }
  // A holiday week for some.
  if (r.chance(0.4)) {
    const first = r.int(7, DAYS - 10);
    for (let n = first; n < first + 7; n++)
      result.set(dateAfter(n), { date: dateAfter(n), windows: [] });
  }
  // Extra hours on a weekend day (one of them the query's first day, inside the notice).
  for (let i = r.int(0, 2); i > 0; i--) {
    let n = r.int(0, DAYS - 1);
    while (weekdayAfter(n) !== 0 && weekdayAfter(n) !== 6) n = (n + 1) % DAYS;
    if (r.chance(0.3)) n = 0;
    result.set(dateAfter(n), {
      date: dateAfter(n),
      windows: [{ start: clock(r.pick([9, 10, 11]) * 60), end: clock(r.pick([13, 14]) * 60) }],
    });
  }
  // Changed hours on a weekday: a late start, or a late evening crossing midnight.
  if (r.chance(0.5)) {
    const date = dateAfter(r.int(0, DAYS - 1));
    result.set(date, {
      date,
      windows: r.chance(0.5)
        ? [{ start: "14:00", end: "19:30" }]
        : [
            { start: "10:00", end: "12:00" },
            { start: "20:00", end: "01:00" },
          ],
    });
  }
  // Night cover on the night the clocks change, starting at 02:30: a time that New York and
  // Berlin skip and Sydney shows twice.
  const change = CLOCK_CHANGE[timeZone];
  if (change) result.set(change, { date: change, windows: [{ start: "02:30", end: "06:00" }] });
  return [...result.values()];
}

function rules(r: Random, pattern: Pattern, index: number): SessionRules {
  return {
    durationMinutes: 50,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: index % 8 === 7 ? 24 * 60 : 60,
    ...(r.chance(0.35) ? { maxPerDay: r.int(3, 5) } : {}),
    ...(pattern.startEveryMinutes ? { startEveryMinutes: pattern.startEveryMinutes } : {}),
  };
}

const byStart = (a: Interval, b: Interval) => a.start.getTime() - b.start.getTime();
const interval = (start: number, minutes: number): Interval => ({
  start: new Date(start),
  end: new Date(start + minutes * MINUTE),
});

/**
 * Sessions on a share of what the schedule offers (worked out without any bookings and without
 * the notice, from the day before the range, whose sessions can still reach into it with their
 * buffers or count towards its first local date's maximum). Going through the offered slots in
 * order, each one clear of the last session and its buffer is booked with the supervisor's
 * probability, or else left free for a session's length; so a schedule offering a start every
 * quarter hour is booked as full as one offering a start every hour. Some sessions were moved
 * 5 to 30 minutes off the grid, one in ten is a double session.
 */
function sessions(r: Random, schedule: AvailabilitySchedule, rule: SessionRules): Interval[] {
  const offered = availableSlots({
    schedule,
    rules: { ...rule, maxPerDay: undefined, minimumNoticeMinutes: 0 },
    from: new Date(FROM.getTime() - DAY),
    to: TO,
    now: new Date(FROM.getTime() - DAY),
  });
  const share = 0.3 + 0.3 * r.next();
  const gap = Math.max(rule.bufferBeforeMinutes ?? 0, rule.bufferAfterMinutes ?? 0);
  const taken: Interval[] = [];
  let clear = -Infinity;
  for (const slot of offered) {
    const offeredStart = slot.start.getTime();
    if (offeredStart < clear) continue;
    clear = offeredStart + (rule.durationMinutes + gap) * MINUTE;
    if (!r.chance(share)) continue;
    const minutes = r.chance(0.1) ? r.pick([80, 90]) : rule.durationMinutes;
    const moved = r.chance(0.15) ? r.pick([-30, -20, -15, -10, -5, 5, 10, 15, 20, 30]) : 0;
    const start = offeredStart + moved * MINUTE;
    const previous = taken.at(-1);
    if (previous && start < previous.end.getTime() + gap * MINUTE) continue;
    taken.push(interval(start, minutes));
    clear = Math.max(clear, start + (minutes + gap) * MINUTE);
  }
  return taken;
}

/** The person booking's own commitments: a few hours here and there, and a whole day away. */
function blocked(r: Random): Interval[] {
  const result: Interval[] = [];
  for (let i = r.int(3, 8); i > 0; i--) {
    const start = FROM.getTime() + r.int(0, DAYS - 1) * DAY + r.int(6 * 12, 20 * 12) * 5 * MINUTE;
    result.push(interval(start, r.pick([45, 60, 75, 90, 120, 180])));
  }
  if (r.chance(0.5)) result.push(interval(FROM.getTime() + r.int(0, DAYS - 1) * DAY, 24 * 60));
  return result.sort(byStart);
}

export interface Supervisor {
  label: string;
  query: SlotQuery;
}

export function supervisors(): Supervisor[] {
  const r = generator(SEED);
  return Array.from({ length: SUPERVISORS }, (_, index) => {
    const timeZone = ZONES[index % ZONES.length] ?? "UTC";
    const pattern = PATTERNS[index % PATTERNS.length] ?? PATTERNS[0];
    const schedule: AvailabilitySchedule = {
      timeZone,
      weekly: pattern.weekly(r),
      overrides: overrides(r, timeZone),
    };
    const rule = rules(r, pattern, index);
    return {
      label: `supervisor ${index + 1} (${timeZone}, ${pattern.name})`,
      query: {
        schedule,
        rules: rule,
        from: FROM,
        to: TO,
        now: NOW,
        sessions: sessions(r, schedule, rule),
        blocked: blocked(r),
      },
    };
  });
}
