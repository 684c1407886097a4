import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  getOwnCheckResponse,
  getPreviousCheckResponse,
  getSelfCheckSettings,
  getUserSchedule,
  insertCheckResponse,
  lastCompletions,
  listCheckCadences,
  listOwnCheckResponses,
  listSharesOfResponse,
  listSupervisors,
  upsertCheckCadence,
} from "@tend/db/queries";
import {
  compareResults,
  getInstrument,
  IncompleteAnswersError,
  INSTRUMENTS,
  InvalidAnswersError,
  isInstrumentId,
  largeChanges,
  needsSupportResources,
  nextSteps,
  scoreResponses,
} from "@tend/instruments";
import type { ScoreResult } from "@tend/instruments";
import { DEFAULT_CADENCES, nextDueAt, REMINDED_BY_DEFAULT } from "@tend/scheduling";

import { DomainError } from "../../errors";
import { clinicianProcedure } from "../../trpc";
import { presentInstrument, supportResourcesText } from "./present";
import {
  answersSchema,
  cadenceSchema,
  instrumentIdSchema,
  responseIdSchema,
} from "./self-check.schemas";

export const selfCheckRouter = {
  /** The self-checks with the caller's cadence, last completion and whether each is due. */
  listInstruments: clinicianProcedure.query(async ({ ctx }) => {
    const [cadences, completions, profile] = await Promise.all([
      listCheckCadences(ctx.db, ctx.user.id),
      lastCompletions(ctx.db, ctx.user.id),
      getUserSchedule(ctx.db, ctx.user.id),
    ]);
    const now = new Date();
    return INSTRUMENTS.map((instrument) => {
      const saved = cadences.find((c) => c.instrumentId === instrument.id);
      // Checks that are not reminded by default stay off until the person chooses a cadence.
      const cadence = {
        everyDays: saved?.everyDays ?? DEFAULT_CADENCES[instrument.id],
        paused: saved?.paused ?? !REMINDED_BY_DEFAULT.includes(instrument.id),
      };
      const lastCompletedAt = completions.get(instrument.id) ?? null;
      const dueAt = nextDueAt(
        lastCompletedAt,
        cadence,
        profile?.timeZone ?? "UTC",
        profile?.createdAt ?? now,
        now,
      );
      return {
        id: instrument.id,
        name: instrument.name,
        shortName: instrument.shortName,
        description: instrument.description,
        validated: instrument.validated,
        estimatedMinutes: instrument.estimatedMinutes,
        itemCount: instrument.items.length,
        cadence: { ...cadence, isDefault: !saved },
        lastCompletedAt,
        nextDueAt: dueAt,
        due: dueAt !== null && dueAt <= now,
      };
    });
  }),

  /** One instrument to take, with the organisation's words for ProQOL's bracketed terms. */
  getInstrument: clinicianProcedure
    .input(z.object({ instrumentId: instrumentIdSchema }).strict())
    .query(async ({ ctx, input }) => {
      const settings = await getSelfCheckSettings(ctx.db, ctx.membership.organisationId);
      return presentInstrument(getInstrument(input.instrumentId), settings?.roleWords ?? undefined);
    }),

  /** Scores and stores a completed check. Incomplete or invalid answers are refused, naming the items. */
  submit: clinicianProcedure
    .input(z.object({ instrumentId: instrumentIdSchema, answers: answersSchema }).strict())
    .mutation(async ({ ctx, input }) => {
      let result: ScoreResult;
      try {
        result = scoreResponses(input.instrumentId, input.answers);
      } catch (error) {
        if (error instanceof IncompleteAnswersError || error instanceof InvalidAnswersError) {
          throw new DomainError("INVALID", error.message, { answers: [error.message] });
        }
        throw error;
      }
      if (result.subscales.every((s) => !s.scored)) {
        const message = "Answer enough questions for at least one scale to be scored.";
        throw new DomainError("INVALID", message, { answers: [message] });
      }
      const row = await insertCheckResponse(ctx.db, {
        userId: ctx.user.id,
        organisationId: ctx.membership.organisationId,
        instrumentId: input.instrumentId,
        instrumentVersion: result.instrumentVersion,
        answers: input.answers,
        result,
      });
      return { id: row.id };
    }),

  /** One of the caller's own results: scores, change since the previous one, next steps, support. */
  get: clinicianProcedure
    .input(z.object({ responseId: responseIdSchema }).strict())
    .query(async ({ ctx, input }) => {
      const response = await getOwnCheckResponse(ctx.db, {
        userId: ctx.user.id,
        responseId: input.responseId,
      });
      if (!response)
        throw new DomainError("NOT_FOUND", "That result does not exist, or is not yours.");
      if (!isInstrumentId(response.instrumentId)) {
        throw new DomainError("NOT_FOUND", "This result belongs to a check Tend no longer offers.");
      }
      const instrument = getInstrument(response.instrumentId);
      const [previous, shares, supervisors, settings] = await Promise.all([
        getPreviousCheckResponse(ctx.db, {
          userId: ctx.user.id,
          instrumentId: response.instrumentId,
          before: response.completedAt,
          excludeId: response.id,
        }),
        listSharesOfResponse(ctx.db, { responseId: response.id, ownerUserId: ctx.user.id }),
        listSupervisors(ctx.db, ctx.membership.membershipId),
        getSelfCheckSettings(ctx.db, ctx.membership.organisationId),
      ]);
      const result = response.result;
      return {
        id: response.id,
        completedAt: response.completedAt,
        instrument: presentInstrument(instrument, settings?.roleWords ?? undefined, {
          items: false,
        }),
        result,
        previous: previous ? { id: previous.id, completedAt: previous.completedAt } : null,
        comparison: compareResults(previous?.result ?? null, result),
        largeChanges: largeChanges(previous?.result ?? null, result),
        nextSteps: nextSteps(result),
        supportResources: needsSupportResources(result)
          ? supportResourcesText(settings?.supportResources)
          : null,
        shares,
        supervisors: supervisors.map((s) => ({ membershipId: s.membershipId, name: s.name })),
      };
    }),

  /** The caller's results for one instrument over time, oldest first, with the bands to shade. */
  history: clinicianProcedure
    .input(z.object({ instrumentId: instrumentIdSchema }).strict())
    .query(async ({ ctx, input }) => {
      const rows = await listOwnCheckResponses(ctx.db, {
        userId: ctx.user.id,
        instrumentId: input.instrumentId,
      });
      return {
        instrument: presentInstrument(getInstrument(input.instrumentId), undefined, {
          items: false,
        }),
        points: rows.map((r) => ({ id: r.id, completedAt: r.completedAt, result: r.result })),
      };
    }),

  /** Changes or pauses how often the caller is reminded of one check. */
  updateCadence: clinicianProcedure.input(cadenceSchema).mutation(async ({ ctx, input }) => {
    await upsertCheckCadence(ctx.db, { userId: ctx.user.id, ...input });
    return input;
  }),
} satisfies TRPCRouterRecord;
