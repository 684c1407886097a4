/** Input and output schemas of supervision scheduling, agendas, notes, hours and calendars. */
import { z } from "zod";

import {
  ATTENDANCE,
  HOUR_STATUSES,
  NOTE_VISIBILITIES,
  PARTICIPANT_STATUSES,
  SESSION_FORMATS,
  SESSION_KINDS,
} from "@tend/supervision/vocabulary";

import { clockTimeSchema, plainText, timeZoneSchema } from "../../common.schemas";

const id = (what: string) => z.uuid({ message: `Choose ${what}.` });
const sessionId = id("a session");
const instant = (message: string) => z.coerce.date({ message });
const isoDate = z.iso.date({ message: "Use a date such as 2026-11-03." });
const reason = plainText()
  .trim()
  .min(3, { message: "Say briefly why, so the others know." })
  .max(300, { message: "Keep the reason under 300 characters." });
const format = z.enum(SESSION_FORMATS, { message: "Choose in person, video or phone." });
const kind = z.enum(SESSION_KINDS, { message: "Choose individual or group." });
const minutes = (what: string, max: number) =>
  z
    .number({ message: `Give ${what} in minutes.` })
    .int({ message: `Give ${what} in whole minutes.` })
    .min(0, { message: `${what} cannot be negative.` })
    .max(max, { message: `${what} is at most ${max} minutes.` });

// ── availability ─────────────────────────────────────────────────────────────

const clockWindow = z.object({ start: clockTimeSchema, end: clockTimeSchema }).strict();

export const scheduleSchema = z
  .object({
    scheduleId: id("a schedule").optional(),
    name: plainText()
      .trim()
      .min(1, { message: "Name the schedule, e.g. “Weekdays”." })
      .max(80, { message: "Keep the name under 80 characters." }),
    timeZone: timeZoneSchema,
    weekly: z
      .array(
        clockWindow.extend({
          weekday: z.number().int().min(0).max(6, { message: "Choose a day of the week." }),
        }),
      )
      .max(50, { message: "Use at most 50 weekly windows." }),
    overrides: z
      .array(z.object({ date: isoDate, windows: z.array(clockWindow).max(6) }).strict())
      .max(200, { message: "Use at most 200 date overrides." }),
  })
  .strict();

export const sessionTypeSchema = z
  .object({
    sessionTypeId: id("a session type").optional(),
    scheduleId: id("a schedule"),
    kind,
    name: plainText()
      .trim()
      .min(1, { message: "Name it, e.g. “Individual supervision”." })
      .max(80, { message: "Keep the name under 80 characters." }),
    durationMinutes: minutes("The length", 480).min(5, {
      message: "A session lasts at least 5 minutes.",
    }),
    bufferBeforeMinutes: minutes("The buffer before", 120),
    bufferAfterMinutes: minutes("The buffer after", 120),
    minimumNoticeMinutes: minutes("The notice", 60 * 24 * 30),
    maxPerDay: z.number().int().min(1).max(20, { message: "At most 20 a day." }).nullable(),
    seatLimit: z.number().int().min(1).max(50, { message: "At most 50 seats." }),
    cancellationWindowMinutes: minutes("The cancellation window", 60 * 24 * 14),
    active: z.boolean(),
  })
  .strict();

// ── booking ──────────────────────────────────────────────────────────────────

export const slotsSchema = z
  .object({
    sessionTypeId: id("a kind of session"),
    from: instant("Give the first day to show."),
    to: instant("Give the last day to show."),
  })
  .strict()
  .refine((r) => r.to > r.from, { message: "The end comes after the start.", path: ["to"] });

export const bookSchema = z
  .object({
    sessionTypeId: id("a kind of session"),
    startsAt: instant("Choose one of the offered times."),
  })
  .strict();

export const sessionIdSchema = z.object({ sessionId }).strict();

export const groupSessionSchema = z
  .object({
    title: plainText()
      .trim()
      .min(3, { message: "Name the group, e.g. “Thursday case discussion”." })
      .max(100, { message: "Keep the name under 100 characters." }),
    startsAt: instant("Choose when it starts."),
    durationMinutes: minutes("The length", 480).min(15, { message: "At least 15 minutes." }),
    seatLimit: z.number().int().min(2, { message: "A group has at least 2 seats." }).max(50),
    format,
  })
  .strict();

// ── sessions ─────────────────────────────────────────────────────────────────

export const rangeSchema = z
  .object({ from: instant("Give the first day."), to: instant("Give the last day.") })
  .strict()
  .refine((r) => r.to > r.from, { message: "The end comes after the start.", path: ["to"] });

export const cancelSchema = z.object({ sessionId, reason }).strict();

export const rescheduleSchema = z
  .object({ sessionId, startsAt: instant("Choose the new time.") })
  .strict();

export const attendanceSchema = z
  .object({
    sessionId,
    marks: z
      .array(
        z
          .object({
            membershipId: id("a person"),
            attendance: z.enum(ATTENDANCE, { message: "Choose attended or absent." }),
          })
          .strict(),
      )
      .min(1, { message: "Mark at least one person." })
      .max(50),
  })
  .strict();

const agendaText = (max: number, what: string) =>
  plainText()
    .trim()
    .max(max, { message: `Keep ${what} under ${max} characters.` });

export const agendaItemSchema = z
  .object({
    sessionId,
    title: agendaText(120, "the title").min(3, { message: "Give the case a short title." }),
    summary: agendaText(2000, "the summary"),
    helpWanted: agendaText(1000, "the help you want"),
    /** Saved although the de-identification guard warned. */
    confirmed: z.boolean().default(false),
  })
  .strict();

export const agendaItemIdSchema = z.object({ itemId: id("an agenda item") }).strict();

const noteBody = plainText()
  .trim()
  .min(1, { message: "Write the note." })
  .max(5000, { message: "Keep a note under 5,000 characters." });
const visibility = z.enum(NOTE_VISIBILITIES, {
  message: "Choose whether the note is private or shared with the participants.",
});

export const addNoteSchema = z.object({ sessionId, body: noteBody, visibility }).strict();
export const editNoteSchema = z
  .object({ noteId: id("a note"), body: noteBody, visibility })
  .strict();
export const noteIdSchema = z.object({ noteId: id("a note") }).strict();

// ── series ───────────────────────────────────────────────────────────────────

const rule = plainText()
  .trim()
  .min(7, { message: "Give a recurrence rule such as FREQ=WEEKLY;INTERVAL=2;BYDAY=TU." })
  .max(200, { message: "Keep the rule under 200 characters." });

export const createSeriesSchema = z
  .object({
    kind,
    participantMembershipId: id("a supervisee").nullable(),
    title: plainText().trim().max(100).nullable(),
    seatLimit: z.number().int().min(1).max(50),
    rule,
    firstStart: instant("Choose the first session's time."),
    durationMinutes: minutes("The length", 480).min(15, { message: "At least 15 minutes." }),
    format,
  })
  .strict()
  .refine((s) => s.kind === "group" || s.participantMembershipId !== null, {
    message: "Choose the supervisee.",
    path: ["participantMembershipId"],
  })
  .refine((s) => s.kind === "individual" || (s.title ?? "").length >= 3, {
    message: "Name the group.",
    path: ["title"],
  });

export const changeSeriesSchema = z
  .object({
    seriesId: id("a series"),
    from: instant("Choose the first occurrence to change."),
    rule,
    firstStart: instant("Choose the new first time."),
    durationMinutes: minutes("The length", 480).min(15, { message: "At least 15 minutes." }),
  })
  .strict();

// ── hours ────────────────────────────────────────────────────────────────────

export const hourLogSchema = z
  .object({ period: z.enum(["month", "quarter", "year"], { message: "Choose a period." }) })
  .strict();

export const hourEntrySchema = z
  .object({
    supervisorMembershipId: id("the supervisor who will sign"),
    kind,
    date: isoDate,
    minutes: minutes("The length", 600).min(5, { message: "At least 5 minutes." }),
    format,
    topic: plainText()
      .trim()
      .max(200, { message: "Keep the topic under 200 characters (no client details)." }),
  })
  .strict();

export const editHourEntrySchema = hourEntrySchema.extend({ id: id("an entry") }).strict();
export const hourEntryIdSchema = z.object({ id: id("an entry") }).strict();
export const returnHourEntrySchema = z
  .object({
    id: id("an entry"),
    comment: plainText()
      .trim()
      .min(3, { message: "Say what to correct." })
      .max(500, { message: "Keep the comment under 500 characters." }),
  })
  .strict();

export const approvedLogSchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict();

export const boardRuleSchema = z
  .object({
    name: plainText().trim().max(120, { message: "Keep the name under 120 characters." }),
    rule: z
      .object({
        groupWeight: z.number().min(0).max(1, { message: "A weight is from 0 to 1." }).optional(),
        groupCapMinutes: z.number().int().min(0).max(100_000).optional(),
        groupMaxShare: z.number().min(0).max(1, { message: "A share is from 0 to 1." }).optional(),
      })
      .strict(),
  })
  .strict();

/* Outputs that carry other people's data: only these fields ever leave. */

const personName = z.object({ membershipId: z.uuid(), name: z.string() });

export const sessionSummaryOutput = z.object({
  id: z.uuid(),
  kind: z.enum(SESSION_KINDS),
  title: z.string().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  format: z.enum(SESSION_FORMATS),
  seatLimit: z.number(),
  seated: z.number(),
  waiting: z.number(),
  cancelled: z.boolean(),
  cancellationReason: z.string().nullable(),
  seriesId: z.uuid().nullable(),
  inSeries: z.boolean(),
  moved: z.boolean(),
  supervisorName: z.string(),
  role: z.enum(["supervisor", "seated", "waitlisted"]),
  attendanceRecorded: z.boolean(),
});

export const bookingOptionsOutput = z.object({
  supervisors: personName.array(),
  sessionTypes: z
    .object({
      id: z.uuid(),
      name: z.string(),
      durationMinutes: z.number(),
      supervisorName: z.string(),
      supervisorTimeZone: z.string(),
      cancellationWindowMinutes: z.number(),
    })
    .array(),
  groups: z
    .object({
      id: z.uuid(),
      title: z.string().nullable(),
      startsAt: z.date(),
      endsAt: z.date(),
      format: z.enum(SESSION_FORMATS),
      supervisorName: z.string(),
      seatLimit: z.number(),
      seated: z.number(),
      waiting: z.number(),
      myStatus: z.enum(PARTICIPANT_STATUSES).nullable(),
    })
    .array(),
});

export const sessionDetailOutput = z.object({
  session: z.object({
    id: z.uuid(),
    kind: z.enum(SESSION_KINDS),
    title: z.string().nullable(),
    startsAt: z.date(),
    endsAt: z.date(),
    format: z.enum(SESSION_FORMATS),
    seatLimit: z.number(),
    cancelled: z.boolean(),
    cancellationReason: z.string().nullable(),
    seriesId: z.uuid().nullable(),
    inSeries: z.boolean(),
    supervisorName: z.string(),
    cancellationWindowMinutes: z.number(),
    attendanceRecorded: z.boolean(),
    sessionTypeId: z.uuid().nullable(),
  }),
  role: z.enum(["supervisor", "seated", "waitlisted"]),
  people: personName
    .extend({
      status: z.enum(PARTICIPANT_STATUSES),
      attendance: z.enum(ATTENDANCE).nullable(),
    })
    .array(),
  agenda: z
    .object({
      id: z.uuid(),
      authorName: z.string(),
      title: z.string(),
      summary: z.string(),
      helpWanted: z.string(),
      createdAt: z.date(),
      mine: z.boolean(),
    })
    .array(),
  notes: z
    .object({
      id: z.uuid(),
      body: z.string(),
      visibility: z.enum(NOTE_VISIBILITIES),
      createdAt: z.date(),
      updatedAt: z.date(),
    })
    .array(),
});

export const cosignQueueOutput = z
  .object({
    id: z.uuid(),
    superviseeName: z.string(),
    date: z.string(),
    kind: z.enum(SESSION_KINDS),
    minutes: z.number(),
    format: z.enum(SESSION_FORMATS),
    topic: z.string(),
    fromSession: z.boolean(),
  })
  .array();

const hourSummaryOutput = z.object({
  individualMinutes: z.number(),
  groupMinutes: z.number(),
  countedGroupMinutes: z.number(),
  countedMinutes: z.number(),
  adjustments: z.string().array(),
});

const boardRuleOutput = z.object({
  name: z.string(),
  rule: z.object({
    groupWeight: z.number().optional(),
    groupCapMinutes: z.number().optional(),
    groupMaxShare: z.number().optional(),
  }),
});

export const hourLogOutput = z.object({
  entries: z
    .object({
      id: z.uuid(),
      date: z.string(),
      kind: z.enum(SESSION_KINDS),
      minutes: z.number(),
      format: z.enum(SESSION_FORMATS),
      topic: z.string(),
      status: z.enum(HOUR_STATUSES),
      returnComment: z.string().nullable(),
      supervisorMembershipId: z.uuid(),
      supervisorName: z.string(),
      signedAt: z.date().nullable(),
      fromSession: z.boolean(),
    })
    .array(),
  boardRule: boardRuleOutput,
  total: hourSummaryOutput,
  pendingMinutes: z.number(),
  byPeriod: z.object({ period: z.string(), summary: hourSummaryOutput }).array(),
});

export const approvedLogOutput = z.object({
  supervisee: z.object({ name: z.string(), organisation: z.string() }),
  timeZone: z.string(),
  rows: z
    .object({
      id: z.uuid(),
      date: z.string(),
      kind: z.enum(SESSION_KINDS),
      minutes: z.number(),
      format: z.enum(SESSION_FORMATS),
      topic: z.string(),
      supervisor: z.string(),
      signedBy: z.string(),
      signedAt: z.date(),
    })
    .array(),
  boardRule: boardRuleOutput,
  total: hourSummaryOutput,
});

// ── calendar ─────────────────────────────────────────────────────────────────

export const feedTokenSchema = z
  .object({
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, { message: "This is not a calendar feed address." }),
  })
  .strict();

export const superviseeOverviewOutput = z
  .object({
    membershipId: z.uuid(),
    name: z.string(),
    email: z.string(),
    upcoming: z
      .object({
        id: z.uuid(),
        kind: z.enum(SESSION_KINDS),
        title: z.string().nullable(),
        startsAt: z.date(),
      })
      .array(),
    awaitingSignature: z.number(),
  })
  .array();
