/** Input and output schemas of a group's meetings. */
import { z } from "zod";

import {
  EVALUATION_COMMENT_MAX_LENGTH,
  MEETING_MAX_MINUTES,
  MEETING_MIN_MINUTES,
  RSVP_RESPONSES,
} from "@tend/groups";

import { plainText } from "../../common.schemas";

const groupId = z.uuid({ message: "Choose a group." });
const meetingId = z.uuid({ message: "Choose a meeting." });
const instant = (message: string) => z.coerce.date({ message });
const originalStart = instant("Choose an occurrence of the meeting.");
const score = (what: string) =>
  z
    .number({ message: `Answer ${what} from 1 to 5.` })
    .int({ message: `Answer ${what} from 1 to 5.` })
    .min(1, { message: `Answer ${what} from 1 to 5.` })
    .max(5, { message: `Answer ${what} from 1 to 5.` });

export const meetingRefSchema = z.object({ groupId, meetingId }).strict();

export const createMeetingSchema = z
  .object({
    groupId,
    title: plainText()
      .trim()
      .min(1, { message: "Give the meeting a title." })
      .max(80, { message: "Keep the title under 80 characters." }),
    firstStart: instant("Choose when the first meeting starts."),
    durationMinutes: z
      .number({ message: "Give the length in minutes." })
      .int({ message: "Give the length in whole minutes." })
      .min(MEETING_MIN_MINUTES, {
        message: `A meeting lasts at least ${MEETING_MIN_MINUTES} minutes.`,
      })
      .max(MEETING_MAX_MINUTES, { message: "A meeting lasts at most 8 hours." }),
    /** An RRULE such as "FREQ=WEEKLY;BYDAY=TH", or null for a one-off meeting. */
    rule: plainText().trim().max(200, { message: "That repeat rule is too long." }).nullable(),
    place: plainText()
      .trim()
      .max(200, { message: "Keep the place under 200 characters." })
      .default(""),
    link: z
      .union([
        z.literal(""),
        z
          .url({ protocol: /^https$/u, message: "Give the video link as an https:// address." })
          .max(500, { message: "Keep the link under 500 characters." }),
      ])
      .default(""),
  })
  .strict();

export const answerMeetingSchema = z
  .object({
    groupId,
    meetingId,
    /** One occurrence (its start in the series), or null for the whole series. */
    originalStart: originalStart.nullable(),
    response: z.enum(RSVP_RESPONSES, { message: "Say whether you are coming." }),
  })
  .strict();

export const changeOccurrenceSchema = z
  .object({
    groupId,
    meetingId,
    originalStart,
    /** The new start, or null to cancel this occurrence. */
    newStart: instant("Choose the new time.").nullable(),
  })
  .strict();

export const evaluateMeetingSchema = z
  .object({
    groupId,
    meetingId,
    originalStart,
    helpful: score("how helpful it was"),
    safe: score("how safe it felt"),
    comment: plainText()
      .trim()
      .max(EVALUATION_COMMENT_MAX_LENGTH, { message: "Keep the comment under 1,000 characters." })
      .default(""),
  })
  .strict();

const scaleSummary = z
  .object({
    mean: z.number(),
    counts: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
  })
  .strict();

/** An evaluation as facilitators see it: below the threshold only the number of answers. */
const evaluationSummary = z.discriminatedUnion("withheld", [
  z.object({ answers: z.number().int(), withheld: z.literal(true) }).strict(),
  z
    .object({
      answers: z.number().int(),
      withheld: z.literal(false),
      helpful: scaleSummary,
      safe: scaleSummary,
      comments: z.array(z.string()),
    })
    .strict(),
]);

const answer = z.enum(RSVP_RESPONSES).nullable();

export const meetingsOutput = z
  .object({
    group: z.object({ id: z.uuid(), name: z.string(), facilitates: z.boolean() }).strict(),
    meetings: z.array(
      z
        .object({
          id: z.uuid(),
          title: z.string(),
          rule: z.string().nullable(),
          timeZone: z.string(),
          durationMinutes: z.number().int(),
          place: z.string(),
          link: z.string(),
          yourSeriesAnswer: answer,
          upcoming: z.array(
            z
              .object({
                originalStart: z.date(),
                start: z.date(),
                end: z.date(),
                moved: z.boolean(),
                cancelled: z.boolean(),
                yourAnswer: answer,
                /** How many said they are coming: a number, never who. */
                going: z.number().int(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    toEvaluate: z.array(
      z
        .object({
          meetingId: z.uuid(),
          title: z.string(),
          originalStart: z.date(),
          start: z.date(),
        })
        .strict(),
    ),
    evaluations: z
      .array(
        z
          .object({
            meetingId: z.uuid(),
            title: z.string(),
            originalStart: z.date(),
            start: z.date(),
            /** When answering ends; results are shown after it. */
            closes: z.date(),
            summary: evaluationSummary,
          })
          .strict(),
      )
      .nullable(),
  })
  .strict();

export const createdMeetingOutput = z.object({ id: z.uuid() }).strict();
export const calendarFileOutput = z.object({ filename: z.string(), ics: z.string() }).strict();
