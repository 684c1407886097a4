import type { TRPCRouterRecord } from "@trpc/server";

import { bumpSessionVersion, getProfile, recordAuditEvent, updateProfile } from "@tend/db/queries";

import { DomainError } from "../../errors";
import { profileUpdateSchema } from "./identity.schemas";
import { protectedProcedure } from "../../trpc";

export const meRouter = {
  /** The signed-in person's profile. */
  get: protectedProcedure.query(async ({ ctx }) => {
    const profile = await getProfile(ctx.db, ctx.user.id);
    if (!profile) throw new DomainError("NOT_FOUND", "Your account no longer exists.");
    return profile;
  }),

  /** Updates name, time zone, working hours and quiet hours (any subset). */
  update: protectedProcedure.input(profileUpdateSchema).mutation(async ({ ctx, input }) => {
    const profile = await updateProfile(ctx.db, ctx.user.id, input);
    if (!profile) throw new DomainError("NOT_FOUND", "Your account no longer exists.");
    return profile;
  }),

  /** Ends every session of the signed-in person, on every device, this one included. */
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    await bumpSessionVersion(ctx.db, ctx.user.id);
    await recordAuditEvent(ctx.db, {
      actorUserId: ctx.user.id,
      action: "auth.signed_out_everywhere",
    });
    return { signedOut: true };
  }),
} satisfies TRPCRouterRecord;
