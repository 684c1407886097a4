export {
  addLicence,
  changeLicence,
  listOwnLicences,
  organisationTemplates,
  removeLicence,
} from "./licences";
export type { LicenceInput } from "./licences";
export { addEntry, changeEntry, listOwnEntries, removeEntry } from "./entries";
export type { EntryInput } from "./entries";
export {
  attachCertificate,
  MAX_CERTIFICATE_BYTES,
  postgresCertificateStore,
  readOwnCertificate,
  removeCertificate,
} from "./certificates";
export type { CertificateStore } from "./certificates";
export { ceReminderMail, sendCeReminders } from "./reminders";
export { addGoal, changeGoal, listOwnGoals, removeGoal } from "./goals";
export {
  archiveWorkshop,
  changeWorkshop,
  completeWorkshop,
  enrol,
  leaveWorkshop,
  listOwnCatalog,
  listPublishedWorkshops,
  publishWorkshop,
} from "./workshops";
export type { WorkshopInput } from "./workshops";
export { addTemplate, archiveTemplate, changeTemplate, listEditableTemplates } from "./templates";
export { exportMemberLog, readMemberCertificate, readMemberLog } from "./member-log";
