/**
 * Calendar helpers for demo data in the council's time zone, so "earlier this week" means this
 * week in Portsmouth whenever the demo runs. Thin wrappers over src/domain's calendar.
 */
import { addDays, addMonths, startOfMonth, startOfWeek } from "../../src/domain/localDate";
import { localDateOf, startOfLocalDate } from "../../src/domain/zonedTime";
import type { LocalDate } from "../../src/domain/types";
import { COUNCIL_TIME_ZONE } from "../../src/graph/dates";

export { addDays, addMonths };

export function londonDate(instant: Date): LocalDate {
  return localDateOf(instant, COUNCIL_TIME_ZONE);
}

/** The instant at a London wall-clock time ("HH:MM"), counted from the start of that day. */
export function londonInstant(date: LocalDate, time = "00:00"): Date {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return new Date(startOfLocalDate(date, COUNCIL_TIME_ZONE).getTime() + (h * 60 + m) * 60_000);
}

/** Monday of the London week holding `instant`. */
export function weekStart(instant: Date): LocalDate {
  return startOfWeek(londonDate(instant), 1);
}

export function monthStart(instant: Date): LocalDate {
  return startOfMonth(londonDate(instant));
}

/** An instant `fraction` of the way from the start of `from` (London midnight) to `now`. */
export function between(from: LocalDate, now: Date, fraction: number): Date {
  const start = londonInstant(from).getTime();
  return new Date(Math.floor(start + (now.getTime() - start) * fraction));
}
