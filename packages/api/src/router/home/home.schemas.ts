/**
 * The home page's output: every field that leaves is named here. The supervisor's blocks carry
 * other people's data (a supervisee's name beside a shared result, never its scores).
 */
import { z } from "zod";

import { INSTRUMENT_IDS, STRATEGY_IDS } from "@tend/instruments";
import { SESSION_KINDS } from "@tend/supervision/vocabulary";

const scale = z.object({
  subscaleId: z.string(),
  name: z.string(),
  display: z.number().nullable(),
  band: z.object({ id: z.enum(["low", "moderate", "high"]), label: z.string() }).nullable(),
  marker: z.string().nullable(),
  flagged: z.boolean().nullable(),
  higherIsBetter: z.boolean(),
  change: z
    .object({ direction: z.enum(["better", "worse", "unchanged"]), delta: z.number() })
    .nullable(),
});

const clinicianHome = z.object({
  checks: z.array(
    z.object({
      id: z.enum(INSTRUMENT_IDS),
      shortName: z.string(),
      estimatedMinutes: z.number(),
      due: z.boolean(),
      paused: z.boolean(),
      nextDueAt: z.date().nullable(),
      latest: z.object({ id: z.uuid(), completedAt: z.date(), scales: z.array(scale) }).nullable(),
    }),
  ),
  plan: z.object({
    commitments: z.number(),
    ritual: z.string(),
    reviewedAt: z.date().nullable(),
    reviewDue: z.boolean(),
    toReview: z.array(z.object({ id: z.uuid(), strategy: z.enum(STRATEGY_IDS), text: z.string() })),
  }),
  shares: z.object({
    count: z.number(),
    latest: z.array(
      z.object({
        id: z.uuid(),
        responseId: z.uuid(),
        instrumentName: z.string(),
        supervisorName: z.string(),
        sharedAt: z.date(),
      }),
    ),
  }),
  /** The names of the caller's supervisors here. */
  supervisors: z.array(z.string()),
  nextSession: z
    .object({
      id: z.uuid(),
      kind: z.enum(SESSION_KINDS),
      title: z.string().nullable(),
      startsAt: z.date(),
      supervisorName: z.string(),
      waitlisted: z.boolean(),
    })
    .nullable(),
  nextMeeting: z
    .object({ groupId: z.uuid(), groupName: z.string(), title: z.string(), start: z.date() })
    .nullable(),
  ce: z.object({
    licences: z.number(),
    tracked: z.number(),
    deadlines: z.array(
      z.object({
        licenceId: z.uuid(),
        name: z.string(),
        cycleEnd: z.string(),
        daysLeft: z.number(),
        missingMinutes: z.number(),
        status: z.enum(["complete", "on-track", "at-risk"]),
      }),
    ),
  }),
});

/** Supervisees' names beside what they chose to share, sessions the caller leads, a count. */
const supervisorHome = z.object({
  newlyShared: z.object({
    count: z.number(),
    latest: z.array(
      z.object({
        id: z.uuid(),
        ownerName: z.string(),
        instrumentName: z.string(),
        sharedAt: z.date(),
      }),
    ),
  }),
  sessionsThisWeek: z.object({
    count: z.number(),
    next: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(SESSION_KINDS),
        title: z.string().nullable(),
        startsAt: z.date(),
        seated: z.number(),
        /** The supervisee an individual session is with. */
        participantName: z.string().nullable(),
      }),
    ),
  }),
  hoursToSign: z.object({ entries: z.number(), minutes: z.number() }),
});

export const homeOutput = z.object({
  clinician: clinicianHome.nullable(),
  supervisor: supervisorHome.nullable(),
});
