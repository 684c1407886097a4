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
