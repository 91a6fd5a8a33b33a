/**
 * How far back to read a case's contacts before its register entry is known. The volume rules
 * count contacts in the calendar period containing the message: a day, a week, a fortnight (at
 * most 13 days back) or a calendar month. Reading from the earlier of the month's first day and
 * 13 days back covers every period, so one round trip reads the entry and enough contacts.
 */
import type { PolicyConfig } from "../../domain/config";
import { addDays, earlierOf, startOfMonth } from "../../domain/localDate";
import { localDateOf, startOfLocalDate } from "../../domain/zonedTime";

const LONGEST_FORTNIGHT_LOOKBACK_DAYS = 13;

export function evaluationWindowStart(at: Date, config: PolicyConfig): Date {
  const today = localDateOf(at, config.timeZone);
  const first = earlierOf(startOfMonth(today), addDays(today, -LONGEST_FORTNIGHT_LOOKBACK_DAYS));
  return startOfLocalDate(first, config.timeZone);
}

/** The start of the message's day: enough to find the message's own log entry. */
export function startOfDayOf(at: Date, config: PolicyConfig): Date {
  return startOfLocalDate(localDateOf(at, config.timeZone), config.timeZone);
}
