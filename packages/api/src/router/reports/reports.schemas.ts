/** Input and output schemas of the admin's reports. */
import { z } from "zod";

export const wellbeingReportInput = z
  .object({
    granularity: z
      .enum(["month", "quarter"], { message: "Choose months or quarters." })
      .default("month"),
    periods: z
      .number()
      .int({ message: "Use a whole number of periods." })
      .min(1, { message: "Show at least one period." })
      .max(12, { message: "Show at most 12 periods." })
      .default(6),
    /** A team filter: the report's cells (team ids, or "none" / "several") to show together. */
    teams: z
      .array(z.string().min(1).max(64), { message: "Choose teams from the list." })
      .max(500)
      .optional(),
  })
  .strict();

/**
 * A hidden cell leaves with its key and the reason only: `strict` makes any other field (a
 * count, a mean) an error on the server instead of a leak to the browser.
 */
const hiddenCell = z
  .object({
    key: z.string(),
    status: z.literal("hidden"),
    reason: z.enum(["fewer-than-k", "complementary"]),
  })
  .strict();

function shownCell<V extends z.ZodType>(value: V) {
  return z
    .object({
      key: z.string(),
      status: z.literal("shown"),
      respondents: z.number().int(),
      value,
    })
    .strict();
}

function measureOutput<V extends z.ZodType>(value: V) {
  const cell = z.discriminatedUnion("status", [shownCell(value), hiddenCell]);
  return z
    .object({
      id: z.string(),
      label: z.string(),
      higherIsBetter: z.boolean(),
      range: z.object({ min: z.number(), max: z.number() }).strict(),
      periods: z.array(
        z
          .object({
            period: z.string(),
            breakdown: z.discriminatedUnion("status", [
              z
                .object({ status: z.literal("published"), total: cell, cells: z.array(cell) })
                .strict(),
              z
                .object({
                  status: z.literal("refused"),
                  reason: z.enum(["small-remainder", "splits-hidden"]),
                })
                .strict(),
            ]),
          })
          .strict(),
      ),
    })
    .strict();
}

const share = z.number().min(0).max(1);

export const wellbeingReportOutput = z
  .object({
    organisationName: z.string(),
    timeZone: z.string(),
    granularity: z.enum(["month", "quarter"]),
    k: z.number().int().min(5),
    cells: z.array(z.object({ key: z.string(), name: z.string() }).strict()),
    /** The teams a filter selected, by name (null: the whole organisation). */
    selection: z.array(z.string()).nullable(),
    /** Every team the filter may choose from. */
    choices: z.array(z.object({ key: z.string(), name: z.string() }).strict()),
    periods: z.array(z.object({ key: z.string(), label: z.string() }).strict()),
    /** When the figures were computed (ISO instant): a report is served for up to an hour. */
    asOf: z.iso.datetime(),
    bandLabels: z.record(z.string(), z.string()),
    participation: measureOutput(z.object({ members: z.number().int(), share }).strict()),
    measures: z.array(
      measureOutput(
        z
          .object({
            mean: z.number(),
            bands: z.array(z.object({ id: z.string(), share }).strict()),
          })
          .strict(),
      ),
    ),
    /** Protective factors: a share (0–1) or hours per clinician a month, as `unit` says. */
    factors: z.array(
      measureOutput(z.object({ rate: z.number().min(0) }).strict()).extend({
        unit: z.enum(["share", "hours"]),
      }),
    ),
    /** Counts of the whole organisation (peer groups active, meetings held), whatever the filter. */
    counts: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          periods: z.array(
            z
              .object({
                period: z.string(),
                figure: z.discriminatedUnion("status", [
                  shownCell(z.object({ count: z.number().int().min(0) }).strict()),
                  hiddenCell,
                ]),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

/** The CSV is written from the suppressed report by `@tend/reports`, never from raw rows. */
export const wellbeingCsvOutput = z
  .object({ filename: z.string().regex(/^[\w.-]+\.csv$/), csv: z.string() })
  .strict();
