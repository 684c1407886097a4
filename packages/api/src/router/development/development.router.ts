import type { TRPCRouterRecord } from "@trpc/server";

import {
  addEntry,
  addGoal,
  addLicence,
  attachCertificate,
  changeEntry,
  changeGoal,
  changeLicence,
  listOwnEntries,
  listOwnGoals,
  listOwnLicences,
  organisationTemplates,
  readOwnCertificate,
  removeCertificate,
  removeEntry,
  removeGoal,
  removeLicence,
} from "@tend/services/development";

import { clinicianProcedure } from "../../trpc";
import {
  addEntrySchema,
  addGoalSchema,
  addLicenceSchema,
  attachCertificateSchema,
  changeEntrySchema,
  changeGoalSchema,
  changeLicenceSchema,
  entryIdSchema,
  goalIdSchema,
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

  /** A PDF, PNG or JPEG of up to 10 MB for one of the caller's entries, replacing any it had. */
  attachCertificate: clinicianProcedure
    .input(attachCertificateSchema)
    .mutation(({ ctx, input }) => attachCertificate(ctx.db, ctx.actor, input)),

  removeCertificate: clinicianProcedure
    .input(entryIdSchema)
    .mutation(({ ctx, input }) => removeCertificate(ctx.db, ctx.actor, input.entryId)),

  /** The certificate of one of the caller's entries, its bytes in base64. */
  certificate: clinicianProcedure.input(entryIdSchema).query(async ({ ctx, input }) => {
    const file = await readOwnCertificate(ctx.db, ctx.actor, input.entryId);
    return {
      filename: file.filename,
      contentType: file.contentType,
      base64: Buffer.from(file.content).toString("base64"),
    };
  }),

  /** The caller's development goals; the plan's professional-development section lists them. */
  goals: clinicianProcedure.query(({ ctx }) => listOwnGoals(ctx.db, ctx.actor)),

  addGoal: clinicianProcedure
    .input(addGoalSchema)
    .mutation(({ ctx, input }) => addGoal(ctx.db, ctx.actor, input)),

  changeGoal: clinicianProcedure
    .input(changeGoalSchema)
    .mutation(({ ctx, input }) => changeGoal(ctx.db, ctx.actor, input)),

  removeGoal: clinicianProcedure
    .input(goalIdSchema)
    .mutation(({ ctx, input }) => removeGoal(ctx.db, ctx.actor, input.goalId)),
} satisfies TRPCRouterRecord;
