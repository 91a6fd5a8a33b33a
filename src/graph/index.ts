/**
 * src/graph's public surface: the Graph client factory, the CaseStore over SharePoint lists,
 * and provisioning. Everything else in this folder is an implementation detail.
 */
export { createGraphClient, type GraphClientOptions } from "./client";
export { createGraphCaseStore, GraphCaseStore, type GraphCaseStoreOptions } from "./case-store";
export type { AddressIndex, AddressIndexOptions } from "./address-index";
export {
  hasRegisterItems,
  provisionLists,
  type ProvisionOptions,
  type ProvisionReport,
} from "./provision";
export { adminSteps, LIST_PERMISSIONS } from "./admin-steps";
export {
  CASE_DOCUMENTS_LIBRARY,
  createGraphCaseDocuments,
  GraphCaseDocuments,
  type GraphCaseDocumentsOptions,
} from "./case-documents";
export { provisionCaseDocuments, type LibraryOptions } from "./provision-library";
export { parseSiteUrl, type SiteAddress } from "./site";
export { LIST_NAMES, listTitles, SCHEMA, type ListTitles } from "./schema";
export { messageKey } from "./keys";
