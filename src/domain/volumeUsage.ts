import type { PolicyConfig } from "./config";
import { standardAt } from "./standard";
import type { LoggedContact, RegisterEntry, VolumeAllowance } from "./types";
import { type CalendarPeriod, calendarPeriodOf, isWithinPeriod } from "./volumePeriods";

/** Inbound contacts by one of the allowance's channels (every channel when none are named). */
export function countsTowards(allowance: VolumeAllowance, contact: LoggedContact): boolean {
  return (
    contact.direction === "inbound" &&
    (allowance.channels === undefined || allowance.channels.includes(contact.channel))
  );
}

/** Contacts in `period` that count towards `allowance` and pass `include`. */
export function countInPeriod(
  contacts: readonly LoggedContact[],
  allowance: VolumeAllowance,
  period: CalendarPeriod,
  config: PolicyConfig,
  include: (contact: LoggedContact) => boolean,
): number {
  return contacts.filter(
    (c) => countsTowards(allowance, c) && include(c) && isWithinPeriod(c.at, period, config),
  ).length;
}

export type AllowanceUsage = {
  readonly allowance: VolumeAllowance;
  /** Counted contacts in the period up to and including the instant asked about. */
  readonly used: number;
  readonly max: number;
  readonly period: CalendarPeriod;
};

/**
 * For the pane: each allowance's use in the period containing `at` ("2 of 3 this week"), for
 * the restrictions in force or the arrangement being monitored. Contact from before the terms
 * (or arrangement) took effect is not counted. Empty when neither applies at `at`.
 */
export function allowanceUsage(input: {
  readonly entry: RegisterEntry;
  readonly contacts: readonly LoggedContact[];
  readonly at: Date;
  readonly config: PolicyConfig;
}): readonly AllowanceUsage[] {
  const { contacts, at, config } = input;
  const standard = standardAt(input.entry, at, config);
  if (!standard) return [];
  const from = standard.bindsFrom;
  return (standard.terms.volumes ?? []).map((allowance) => {
    const period = calendarPeriodOf(allowance.per, at, config, standard.firstDay);
    const used = countInPeriod(
      contacts,
      allowance,
      period,
      config,
      (c) => from !== undefined && c.at >= from && c.at <= at,
    );
    return { allowance, used, max: allowance.max, period };
  });
}

/**
 * The earliest instant whose contacts the rules need to judge a contact at `at`: the start of
 * the longest allowance period. Undefined when no volume allowance applies (no contacts needed).
 */
export function contactsNeededSince(
  entry: RegisterEntry,
  at: Date,
  config: PolicyConfig,
): Date | undefined {
  const standard = standardAt(entry, at, config);
  if (!standard) return undefined;
  const starts = (standard.terms.volumes ?? []).map((v) =>
    calendarPeriodOf(v.per, at, config, standard.firstDay).startsAt.getTime(),
  );
  return starts.length > 0 ? new Date(Math.min(...starts)) : undefined;
}
