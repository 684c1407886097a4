import type { TRPCRouterRecord } from "@trpc/server";

import type { CertificateType } from "@tend/db/queries";
import {
  addEntry,
  addGoal,
  addLicence,
  addTemplate,
  archiveTemplate,
  archiveWorkshop,
  attachCertificate,
  changeEntry,
  changeGoal,
  changeLicence,
  changeTemplate,
  changeWorkshop,
  completeWorkshop,
  enrol,
  exportMemberLog,
  leaveWorkshop,
  listEditableTemplates,
  listOwnCatalog,
  listOwnEntries,
  listOwnGoals,
  listOwnLicences,
  listPublishedWorkshops,
  organisationTemplates,
  publishWorkshop,
  readMemberCertificate,
  readMemberLog,
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
  addTemplateSchema,
  archiveTemplateSchema,
  archiveWorkshopSchema,
  attachCertificateSchema,
  certificateOutput,
  changeEntrySchema,
  changeGoalSchema,
  changeLicenceSchema,
  changeTemplateSchema,
  changeWorkshopSchema,
  entryIdSchema,
  goalIdSchema,
  licenceIdSchema,
  memberCertificateSchema,
  memberIdSchema,
  memberLogCsvOutput,
  memberLogOutput,
  publishWorkshopSchema,
  workshopIdSchema,
} from "./development.schemas";

/** A certificate's bytes as JSON can carry them. */
const asBase64 = (file: {
  filename: string;
  contentType: CertificateType;
  content: Uint8Array;
}) => ({
  filename: file.filename,
  contentType: file.contentType,
  base64: Buffer.from(file.content).toString("base64"),
});

/**
 * Professional development: the caller's licences with their renewal progress, their CE log and
 * goals, and the organisation's workshop catalog. Each clinician reads and changes only their
 * own; admins publish the catalog, keep the requirement templates, and review a member's CE log
 * for licence compliance (audited, and only what the output schemas let through).
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
  certificate: clinicianProcedure
    .input(entryIdSchema)
    .query(async ({ ctx, input }) =>
      asBase64(await readOwnCertificate(ctx.db, ctx.actor, input.entryId)),
    ),

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

  /** Admins: every requirement template, archived ones too, with how many licences follow it. */
  editableTemplates: adminProcedure.query(({ ctx }) => listEditableTemplates(ctx.db, ctx.actor)),

  addTemplate: adminProcedure
    .input(addTemplateSchema)
    .mutation(({ ctx, input }) => addTemplate(ctx.db, ctx.actor, input)),

  changeTemplate: adminProcedure
    .input(changeTemplateSchema)
    .mutation(({ ctx, input }) => changeTemplate(ctx.db, ctx.actor, input)),

  archiveTemplate: adminProcedure
    .input(archiveTemplateSchema)
    .mutation(({ ctx, input }) => archiveTemplate(ctx.db, ctx.actor, input)),

  /** Admins: a member's licences, progress and CE log, for licence compliance (audited). */
  memberLog: adminProcedure
    .input(memberIdSchema)
    .output(memberLogOutput)
    .query(({ ctx, input }) => readMemberLog(ctx.db, ctx.actor, input.membershipId)),

  /** Admins: the certificate of a member's entry (audited). */
  memberCertificate: adminProcedure
    .input(memberCertificateSchema)
    .output(certificateOutput)
    .query(async ({ ctx, input }) =>
      asBase64(await readMemberCertificate(ctx.db, ctx.actor, input)),
    ),

  /** Admins: a member's CE log as a CSV for an audit (audited). */
  exportMemberLog: adminProcedure
    .input(memberIdSchema)
    .output(memberLogCsvOutput)
    .mutation(({ ctx, input }) => exportMemberLog(ctx.db, ctx.actor, input.membershipId)),
} satisfies TRPCRouterRecord;
