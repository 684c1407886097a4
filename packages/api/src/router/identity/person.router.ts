import type { TRPCRouterRecord } from "@trpc/server";

import {
  deactivatePerson,
  findPeople,
  getPerson,
  reactivatePerson,
  updatePerson,
} from "@tend/services/identity";

import { adminProcedure } from "../../trpc";
import {
  membershipInputSchema,
  peoplePageOutput,
  peopleSearchSchema,
  personDetailOutput,
  personUpdateSchema,
} from "./identity.schemas";

export const personRouter = {
  /** One page of the organisation's people, searched, filtered and sorted on the server. No wellbeing data. */
  search: adminProcedure
    .input(peopleSearchSchema)
    .output(peoplePageOutput)
    .query(({ ctx, input: { page, pageSize, ...query } }) =>
      findPeople(ctx.db, ctx.actor, {
        ...query,
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
    ),

  /** One member with their teams and current supervision. */
  get: adminProcedure
    .input(membershipInputSchema)
    .output(personDetailOutput)
    .query(({ ctx, input }) => getPerson(ctx.db, ctx.actor, input.membershipId)),

  /** Changes a member's roles, teams and job title; the last active admin keeps the admin role. */
  update: adminProcedure
    .input(personUpdateSchema)
    .output(personDetailOutput)
    .mutation(({ ctx, input }) => updatePerson(ctx.db, ctx.actor, input)),

  /** Deactivates a member: their sessions end, they cannot sign in, their data is kept. */
  deactivate: adminProcedure
    .input(membershipInputSchema)
    .mutation(({ ctx, input }) => deactivatePerson(ctx.db, ctx.actor, input.membershipId)),

  /** Reactivates a deactivated member. */
  reactivate: adminProcedure
    .input(membershipInputSchema)
    .mutation(({ ctx, input }) => reactivatePerson(ctx.db, ctx.actor, input.membershipId)),
} satisfies TRPCRouterRecord;
