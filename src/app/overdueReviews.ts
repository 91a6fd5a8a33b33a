import type { PolicyConfig } from "../domain/config";
import type { ReviewDueItem } from "./decisions/types";
import type { CaseStore } from "./ports";

/**
 * Restricted cases whose review falls due on or before today (+ `withinDays`), most overdue
 * first. Needs the helpdesk manager's view of the register.
 */
export function overdueReviews(
  _store: CaseStore,
  _now: Date,
  _config: PolicyConfig,
  _options?: { readonly withinDays?: number },
): Promise<readonly ReviewDueItem[]> {
  throw new Error("not yet implemented");
}
