import type { TRPCRouterRecord } from "@trpc/server";

import { getProfile, updateProfile } from "@tend/services/identity";

import { protectedProcedure } from "../../trpc";
import { profileUpdateSchema } from "./identity.schemas";

export const meRouter = {
  /** The signed-in person's profile. */
  get: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.actor)),

  /** Updates name, time zone, working hours and quiet hours (any subset). */
  update: protectedProcedure
    .input(profileUpdateSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
