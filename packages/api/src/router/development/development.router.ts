import type { TRPCRouterRecord } from "@trpc/server";

import {
  addEntry,
  addGoal,
  addLicence,
  archiveWorkshop,
  attachCertificate,
  changeEntry,
  changeGoal,
  changeLicence,
  changeWorkshop,
  completeWorkshop,
  enrol,
  leaveWorkshop,
  listOwnCatalog,
  listOwnEntries,
  listOwnGoals,
  listOwnLicences,
  listPublishedWorkshops,
  organisationTemplates,
  publishWorkshop,
  readOwnCertificate,
  removeCertificate,
  removeEntry,
  removeGoal,
  removeLicence,
} from "@tend/services/development";

import { adminProcedure, clinicianProcedure } from "../../trpc";
import {
  addEntrySchema,
  addGoalSchema,
  addLicenceSchema,
  archiveWorkshopSchema,
  attachCertificateSchema,
  changeEntrySchema,
  changeGoalSchema,
  changeLicenceSchema,
  changeWorkshopSchema,
  entryIdSchema,
  goalIdSchema,
  licenceIdSchema,
  publishWorkshopSchema,
  workshopIdSchema,
} from "./development.schemas";

/**
 * Professional development: the caller's licences with their renewal progress, their CE log and
 * goals, and the organisation's workshop catalog. Each clinician reads and changes only their
 * own; admins publish the catalog.
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

  /** The catalog with the caller's enrolments. */
  catalog: clinicianProcedure.query(({ ctx }) => listOwnCatalog(ctx.db, ctx.actor)),

  enrol: clinicianProcedure
    .input(workshopIdSchema)
    .mutation(({ ctx, input }) => enrol(ctx.db, ctx.actor, input.workshopId)),

  leaveWorkshop: clinicianProcedure
    .input(workshopIdSchema)
    .mutation(({ ctx, input }) => leaveWorkshop(ctx.db, ctx.actor, input.workshopId)),

  /** Marks an enrolment complete and logs the CE entry filled in from the workshop. */
  completeWorkshop: clinicianProcedure
    .input(workshopIdSchema)
    .mutation(({ ctx, input }) => completeWorkshop(ctx.db, ctx.actor, input.workshopId)),

  /** Admins: every workshop the organisation published, with enrolment numbers. */
  workshops: adminProcedure.query(({ ctx }) => listPublishedWorkshops(ctx.db, ctx.actor)),

  publishWorkshop: adminProcedure
    .input(publishWorkshopSchema)
    .mutation(({ ctx, input }) => publishWorkshop(ctx.db, ctx.actor, input)),

  changeWorkshop: adminProcedure
    .input(changeWorkshopSchema)
    .mutation(({ ctx, input }) => changeWorkshop(ctx.db, ctx.actor, input)),

  archiveWorkshop: adminProcedure
    .input(archiveWorkshopSchema)
    .mutation(({ ctx, input }) => archiveWorkshop(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
