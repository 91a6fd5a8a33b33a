import type { PolicyConfig } from "../domain/config";
import { isReviewOverdue } from "../domain/deadlines";
import { addDays, compareLocalDates, daysBetween } from "../domain/localDate";
import { localDateOf } from "../domain/zonedTime";
import type { ReviewDueItem } from "./decisions/types";
import type { CaseStore } from "./ports";

/**
 * Restricted cases whose review falls due on or before today (+ `withinDays`), most overdue
 * first, for the city helpdesk manager (5.2.6). Overdue is the domain's rule: the due date has
 * passed and no review is under way.
 */
export async function overdueReviews(
  store: CaseStore,
  now: Date,
  config: PolicyConfig,
  options: { readonly withinDays?: number } = {},
): Promise<readonly ReviewDueItem[]> {
  const today = localDateOf(now, config.timeZone);
  const horizon = addDays(today, Math.max(0, options.withinDays ?? 0));
  const entries = await store.listReviewsDue(horizon);
  return entries
    .filter((e) => e.stage === "restricted" && e.reviewDue !== undefined)
    .map((e): ReviewDueItem => {
      const reviewDue = e.reviewDue ?? today;
      const overdue = isReviewOverdue(e, today);
      return {
        ref: e.ref,
        customerName: e.customerName,
        serviceArea: e.serviceArea,
        stage: e.stage,
        reviewDue,
        ...(e.period ? { periodEnd: e.period.end } : {}),
        overdue,
        daysOverdue: overdue ? daysBetween(reviewDue, today) : 0,
        reviewUnderWay: e.review.status === "pending",
      };
    })
    .sort((a, b) => compareLocalDates(a.reviewDue, b.reviewDue));
}
