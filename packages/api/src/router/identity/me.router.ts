import type { TRPCRouterRecord } from "@trpc/server";

import { getProfile, signOutEverywhere, updateProfile } from "@tend/services/identity";

import { protectedProcedure } from "../../trpc";
import { profileUpdateSchema } from "./identity.schemas";

export const meRouter = {
  /** The signed-in person's profile. */
  get: protectedProcedure.query(({ ctx }) => getProfile(ctx.actor)),

  /** Updates name, time zone, working hours and quiet hours (any subset). */
  update: protectedProcedure
    .input(profileUpdateSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),

  /** Ends every session of the signed-in person, on every device, this one included. */
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;
