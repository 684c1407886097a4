import type { TRPCRouterRecord } from "@trpc/server";

import {
  addEntry,
  addLicence,
  changeEntry,
  changeLicence,
  listOwnEntries,
  listOwnLicences,
  organisationTemplates,
  removeEntry,
  removeLicence,
} from "@tend/services/development";

import { clinicianProcedure } from "../../trpc";
import {
  addEntrySchema,
  addLicenceSchema,
  changeEntrySchema,
  changeLicenceSchema,
  entryIdSchema,
  licenceIdSchema,
} from "./development.schemas";

/**
 * Professional development: the caller's licences with their renewal progress, and their CE
 * log. Each clinician reads and changes only their own.
 */
export const developmentRouter = {
  /** The organisation's requirement templates a licence may follow. */
  templates: clinicianProcedure.query(({ ctx }) => organisationTemplates(ctx.db, ctx.actor)),

  licences: clinicianProcedure.query(({ ctx }) => listOwnLicences(ctx.db, ctx.actor)),

  addLicence: clinicianProcedure
    .input(addLicenceSchema)
    .mutation(({ ctx, input }) => addLicence(ctx.db, ctx.actor, input)),

  changeLicence: clinicianProcedure
    .input(changeLicenceSchema)
    .mutation(({ ctx, input }) => changeLicence(ctx.db, ctx.actor, input)),

  removeLicence: clinicianProcedure
    .input(licenceIdSchema)
    .mutation(({ ctx, input }) => removeLicence(ctx.db, ctx.actor, input.licenceId)),

  entries: clinicianProcedure.query(({ ctx }) => listOwnEntries(ctx.db, ctx.actor)),

  addEntry: clinicianProcedure
    .input(addEntrySchema)
    .mutation(({ ctx, input }) => addEntry(ctx.db, ctx.actor, input)),

  changeEntry: clinicianProcedure
    .input(changeEntrySchema)
    .mutation(({ ctx, input }) => changeEntry(ctx.db, ctx.actor, input)),

  removeEntry: clinicianProcedure
    .input(entryIdSchema)
    .mutation(({ ctx, input }) => removeEntry(ctx.db, ctx.actor, input.entryId)),
} satisfies TRPCRouterRecord;
