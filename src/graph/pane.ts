/**
 * What the task pane needs of src/graph: the client and the store. It loads in the pane's Graph
 * chunk before the first verdict, so provisioning and its admin steps stay out of it.
 */
export { createGraphClient, type GraphClientOptions } from "./client";
export { createGraphCaseStore, type GraphCaseStoreOptions } from "./case-store";
