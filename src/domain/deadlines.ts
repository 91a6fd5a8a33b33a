import type { PolicyConfig } from "./config";
import { addDays, addMonths, addYears, earlierOf, isAfter, isBefore } from "./localDate";
import type { LocalDate, RegisterEntry, RestrictionPeriod } from "./types";

/**
 * The last day on which an appeal is in time (5.2.7: "within 28 days"). The days are counted
 * from the date the customer was told (its date in the council's time zone, whatever the
 * hour), or from the decision when they were deliberately not told (5.2.6) or action was
 * taken at once (section 4): notice on 1 March → day 28 is 29 March, the last day in time.
 * Undefined until the notice is recorded.
 */
export function appealBy(period: RestrictionPeriod, config: PolicyConfig): LocalDate | undefined {
  switch (period.notice.kind) {
    case "pending":
      return undefined;
    case "notified":
      return addDays(period.notice.on, config.appealWindowDays);
    case "notNotified":
      return addDays(period.notice.decidedOn, config.appealWindowDays);
    case "notRequired":
      return addDays(period.decidedOn, config.appealWindowDays);
  }
}

/** An appeal lodged on `lodgedOn` is in time when that is no later than the last day. */
export function isAppealInTime(lodgedOn: LocalDate, lastDay: LocalDate): boolean {
  return !isAfter(lodgedOn, lastDay);
}

/** When the period's review falls due: at its end, or N months after its start but never later. */
export function reviewDue(period: RestrictionPeriod, config: PolicyConfig): LocalDate {
  const rule = config.reviewDue;
  return rule.kind === "atEnd"
    ? period.end
    : earlierOf(addMonths(period.start, rule.months), period.end);
}

/**
 * 5.2.4, 5.2.6: the customer may still ask for a review in this restriction period. The
 * allowance runs from the notice: before the customer is told of a period, there is nothing
 * of it for them to ask about.
 */
export function customerReviewAvailable(entry: RegisterEntry, config: PolicyConfig): boolean {
  return (
    entry.stage === "restricted" &&
    entry.period !== undefined &&
    entry.period.notice.kind !== "pending" &&
    entry.period.customerReviewRequests.length < config.customerReviewRequestsPerPeriod
  );
}

/**
 * 6: "the duration of the imposed restrictions plus six years". The result is the last day the
 * file is kept; 29 February plus whole years falls on 28 February in other years.
 */
export function retainUntil(endedOrClosedOn: LocalDate, config: PolicyConfig): LocalDate {
  return addYears(endedOrClosedOn, config.retentionYears);
}

/**
 * A case closed without restrictions: the policy is silent, so the council's configured
 * period (closedRetentionYears) from the day it closed.
 */
export function retainClosedUntil(closedOn: LocalDate, config: PolicyConfig): LocalDate {
  return addYears(closedOn, config.closedRetentionYears);
}

/** Entries whose last day of retention is before `asOf`: they are due to be destroyed. */
export function dueForDestruction<T extends Pick<RegisterEntry, "retainUntil">>(
  entries: readonly T[],
  asOf: LocalDate,
): readonly T[] {
  return entries.filter((e) => e.retainUntil !== undefined && isBefore(e.retainUntil, asOf));
}

/**
 * A review is overdue when restrictions are in place, the due date has passed and no review is
 * under way (a pending review is the council acting on it).
 */
export function isReviewOverdue(entry: RegisterEntry, today: LocalDate): boolean {
  return (
    entry.stage === "restricted" &&
    entry.reviewDue !== undefined &&
    isBefore(entry.reviewDue, today) &&
    entry.review.status !== "pending"
  );
}
