/** Who may correct the record and erase a case (app/corrections.ts); apart, so the pane's case view reads them without loading the corrections. */
import { MANAGER_ROLES } from "../domain/caseRoles";
import type { Role } from "../domain/types";

/** Who may correct: any manager (service manager and above), as for referring a case. */
export const CORRECTION_ROLES: readonly Role[] = MANAGER_ROLES;

/** Who may erase a case that has gone past step one: those who decide on referrals and above. */
export const ERASURE_ROLES_AFTER_STEP_ONE: readonly Role[] = MANAGER_ROLES.filter(
  (r) => r !== "serviceManager",
);
