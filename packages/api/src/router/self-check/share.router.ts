import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  createResultShare,
  getOwnCheckResponse,
  getSelfCheckSettings,
  getSharedResult,
  listSharesForSupervisor,
  listSupervisors,
  recordAuditEvent,
  revokeResultShare,
} from "@tend/db/queries";
import { getInstrument, isInstrumentId } from "@tend/instruments";

import { DomainError } from "../../errors";
import { plainText } from "../../common.schemas";
import { clinicianProcedure, protectedProcedure, supervisorProcedure } from "../../trpc";
import { presentInstrument } from "./present";

/**
 * The evaluation firewall's one door: a clinician shares one result with one of their own
 * supervisors, and can close it again. Supervisors read only what is shared with them.
 */
export const shareRouter = {
  /** Shares one of the caller's results with one of their current supervisors (explicit consent). */
  create: clinicianProcedure
    .input(
      z
        .object({
          responseId: z.uuid({ message: "Choose a result to share." }),
          supervisorMembershipId: z.uuid({ message: "Choose one of your supervisors." }),
          note: plainText()
            .trim()
            .max(500, { message: "Keep the note under 500 characters." })
            .optional(),
        })
        .strict(),
    )
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const response = await getOwnCheckResponse(tx, {
          userId: ctx.user.id,
          responseId: input.responseId,
        });
        if (!response)
          throw new DomainError("NOT_FOUND", "That result does not exist, or is not yours.");
        if (response.organisationId !== ctx.membership.organisationId) {
          throw new DomainError(
            "FORBIDDEN",
            "This result was taken in another organisation: switch to it to share it with a supervisor there.",
          );
        }
        const supervisors = await listSupervisors(tx, ctx.membership.membershipId);
        const supervisor = supervisors.find((s) => s.membershipId === input.supervisorMembershipId);
        if (!supervisor)
          throw new DomainError(
            "FORBIDDEN",
            "You can share a result only with one of your own supervisors.",
          );
        const share = await createResultShare(tx, {
          responseId: response.id,
          ownerUserId: ctx.user.id,
          organisationId: ctx.membership.organisationId,
          supervisorMembershipId: supervisor.membershipId,
          note: input.note,
        });
        if (!share)
          throw new DomainError(
            "CONFLICT",
            `This result is already shared with ${supervisor.name}.`,
          );
        await recordAuditEvent(tx, {
          organisationId: ctx.membership.organisationId,
          actorUserId: ctx.user.id,
          action: "self_check.shared",
          subjectType: "result_share",
          subjectId: share.id,
          data: {
            supervisorMembershipId: supervisor.membershipId,
            instrumentId: response.instrumentId,
          },
        });
        return { id: share.id, supervisorName: supervisor.name };
      }),
    ),

  /**
   * Ends a share the caller made; the supervisor loses access at once. Open to any signed-in
   * owner, so that someone who has left the organisation can still withdraw their consent.
   */
  revoke: protectedProcedure
    .input(z.object({ shareId: z.uuid({ message: "Choose a share to stop." }) }).strict())
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const share = await revokeResultShare(tx, {
          shareId: input.shareId,
          ownerUserId: ctx.user.id,
        });
        if (!share)
          throw new DomainError(
            "NOT_FOUND",
            "That share does not exist or has already been stopped.",
          );
        await recordAuditEvent(tx, {
          organisationId: share.organisationId,
          actorUserId: ctx.user.id,
          action: "self_check.share_revoked",
          subjectType: "result_share",
          subjectId: share.id,
          data: { supervisorMembershipId: share.supervisorMembershipId },
        });
        return { id: share.id };
      }),
    ),

  /** Results that supervisees have shared with the caller and not revoked, newest first. */
  listSharedWithMe: supervisorProcedure.query(async ({ ctx }) => {
    const rows = await listSharesForSupervisor(ctx.db, ctx.membership.membershipId);
    return rows.map((r) => ({
      ...r,
      instrumentName: isInstrumentId(r.instrumentId)
        ? getInstrument(r.instrumentId).shortName
        : r.instrumentId,
    }));
  }),

  /** One shared result (scores and bands only, never the answers) while the share stands. */
  getShared: supervisorProcedure
    .input(z.object({ shareId: z.uuid({ message: "This link is not valid." }) }).strict())
    .query(async ({ ctx, input }) => {
      const shared = await getSharedResult(ctx.db, {
        shareId: input.shareId,
        supervisorMembershipId: ctx.membership.membershipId,
      });
      if (!shared || !isInstrumentId(shared.instrumentId)) {
        throw new DomainError(
          "NOT_FOUND",
          "This result is not shared with you, or its owner has stopped sharing it.",
        );
      }
      const settings = await getSelfCheckSettings(ctx.db, ctx.membership.organisationId);
      return {
        ...shared,
        instrument: presentInstrument(
          getInstrument(shared.instrumentId),
          settings?.roleWords ?? undefined,
          { items: false },
        ),
      };
    }),
} satisfies TRPCRouterRecord;
