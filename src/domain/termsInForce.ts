import type { PolicyConfig } from "./config";
import { isAfter } from "./localDate";
import { CHANNELS } from "./types";
import type {
  Person,
  PeriodOrigin,
  RegisterEntry,
  RestrictionPeriod,
  RestrictionTerms,
} from "./types";
import { localDateOf, startOfLocalDate } from "./zonedTime";

// When restrictions bind the customer. A decision to impose (5.2.4), extend or amend (5.2.6)
// is recorded when it is made; its terms bind from the moment the customer is told. Until
// then the customer is judged as before: a first imposition leaves them a known customer who
// is not yet restricted, and a change leaves the terms they were last told of in force.

/** What started a period; periods recorded by an earlier release carry no origin. */
export function periodOrigin(period: RestrictionPeriod): PeriodOrigin {
  return period.origin ?? (period.number === 1 ? "imposed" : "review");
}

/**
 * The instant from which the customer counts as told: the notice; the decision not to tell
 * (5.2.6); the decision itself for immediate action (section 4). Undefined while not told.
 * A date recorded without a time (an earlier release) counts from the start of that day.
 */
export function noticeInstant(period: RestrictionPeriod, config: PolicyConfig): Date | undefined {
  const startOf = (date: RestrictionPeriod["start"]) => startOfLocalDate(date, config.timeZone);
  const { notice } = period;
  switch (notice.kind) {
    case "pending":
      return undefined;
    case "notified":
      return notice.at ?? startOf(notice.on);
    case "notNotified":
      return notice.decidedAt ?? startOf(notice.decidedOn);
    case "notRequired":
      return period.decidedAt ?? startOf(period.decidedOn);
  }
}

/**
 * The instant from which a period's terms bind the customer: when they were told (or, where
 * the policy allows, when it was decided not to tell them or to act at once), and never before
 * the period's first day. Undefined while the customer has not been told.
 */
export function termsBindFrom(period: RestrictionPeriod, config: PolicyConfig): Date | undefined {
  const told = noticeInstant(period, config);
  if (told === undefined) return undefined;
  const firstDay = startOfLocalDate(period.start, config.timeZone);
  return told.getTime() > firstDay.getTime() ? told : firstDay;
}

/** The period's terms bind at `at`: told by then, and `at` on or before the last day. */
export function bindsAt(period: RestrictionPeriod, at: Date, config: PolicyConfig): boolean {
  const from = termsBindFrom(period, config);
  return (
    from !== undefined &&
    from.getTime() <= at.getTime() &&
    !isAfter(localDateOf(at, config.timeZone), period.end)
  );
}

/** Terms binding the customer at an instant, with the people they name. */
export type BindingTerms = {
  readonly terms: RestrictionTerms;
  readonly period: RestrictionPeriod;
  readonly spoc?: Person;
  readonly deputy?: Person;
};

/**
 * Section 4 "without limitation": while immediate action is in force every channel is blocked,
 * letters and visits included, whatever measures were recorded.
 */
function asBound(binding: BindingTerms): BindingTerms {
  if (periodOrigin(binding.period) !== "immediate") return binding;
  const { extreme } = binding.terms;
  return {
    ...binding,
    terms: { ...binding.terms, extreme: { ...extreme, blockedChannels: CHANNELS } },
  };
}

/**
 * The terms that bind at `at`: the latest period once the customer has been told of it,
 * otherwise the period it replaced, which binds until they are told (or until its own end).
 */
export function termsBindingAt(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): BindingTerms | undefined {
  if (entry.stage !== "restricted" || !entry.terms || !entry.period) return undefined;
  if (bindsAt(entry.period, at, config)) {
    return asBound({
      terms: entry.terms,
      period: entry.period,
      ...(entry.spoc ? { spoc: entry.spoc } : {}),
      ...(entry.deputy ? { deputy: entry.deputy } : {}),
    });
  }
  const previous = entry.superseded;
  if (previous && bindsAt(previous.period, at, config)) {
    const told = termsBindFrom(entry.period, config);
    if (told === undefined || at.getTime() < told.getTime()) return asBound(previous);
  }
  return undefined;
}

/** The customer has been told of the latest decision (or need not be). */
export function isToldOf(period: RestrictionPeriod): boolean {
  return period.notice.kind !== "pending";
}
