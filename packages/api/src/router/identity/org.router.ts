import type { TRPCRouterRecord } from "@trpc/server";

import {
  getOrganisationSettings,
  listMemberships,
  switchOrganisation,
  updateOrganisationSettings,
} from "@tend/services/identity";

import { adminProcedure, orgProcedure, protectedProcedure } from "../../trpc";
import { organisationInputSchema, organisationSettingsSchema } from "./identity.schemas";

export const orgRouter = {
  /** Every organisation the caller belongs to, with their roles there. */
  listMemberships: protectedProcedure.query(({ ctx }) => listMemberships(ctx.actor)),

  /** The organisation that scopes the caller's requests, and their roles in it. */
  current: orgProcedure.query(({ ctx }) => ctx.membership),

  /** Makes another of the caller's organisations the active one. */
  switch: protectedProcedure
    .input(organisationInputSchema)
    .mutation(({ ctx, input }) => switchOrganisation(ctx.db, ctx.actor, input.organisationId)),

  /** The organisation's name, default time zone (new members start with it) and report threshold. */
  settings: adminProcedure.query(({ ctx }) => getOrganisationSettings(ctx.db, ctx.actor)),

  /** Saves them; every change is recorded in the audit log. */
  updateSettings: adminProcedure
    .input(organisationSettingsSchema)
    .mutation(({ ctx, input }) => updateOrganisationSettings(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
