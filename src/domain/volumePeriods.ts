import type { PolicyConfig } from "./config";
import {
  addDays,
  addMonths,
  daysBetween,
  isAfter,
  isBefore,
  startOfMonth,
  startOfWeek,
} from "./localDate";
import type { LocalDate, VolumePeriod } from "./types";
import { formatLongDate, formatMonth } from "./wording";
import { localDateOf, startOfLocalDate } from "./zonedTime";

/** One calendar period in the council's time zone, in which a volume allowance is counted. */
export type CalendarPeriod = {
  readonly per: VolumePeriod;
  readonly firstDay: LocalDate;
  /** Last day of the period (inclusive). */
  readonly lastDay: LocalDate;
  /** The instant the period starts. */
  readonly startsAt: Date;
  /** The instant the next period starts. */
  readonly endsAt: Date;
  /** "week beginning Monday 23 November 2026", "November 2026". */
  readonly label: string;
};

const FORTNIGHT_DAYS = 14;

/** First day of the period containing `date`, and the first day of the next one. */
function bounds(
  per: VolumePeriod,
  date: LocalDate,
  config: PolicyConfig,
  restrictionStart: LocalDate,
): { first: LocalDate; next: LocalDate } {
  switch (per) {
    case "day":
      return { first: date, next: addDays(date, 1) };
    case "week": {
      const first = startOfWeek(date, config.weekStartsOn);
      return { first, next: addDays(first, 7) };
    }
    case "fortnight": {
      // Fortnights have no calendar of their own: they are 14-day blocks counted from the start
      // of the week in which the restriction period starts.
      const anchor = startOfWeek(restrictionStart, config.weekStartsOn);
      const index = Math.floor(daysBetween(anchor, date) / FORTNIGHT_DAYS);
      const first = addDays(anchor, index * FORTNIGHT_DAYS);
      return { first, next: addDays(first, FORTNIGHT_DAYS) };
    }
    case "month": {
      const first = startOfMonth(date);
      return { first, next: addMonths(first, 1) };
    }
  }
}

function labelOf(per: VolumePeriod, first: LocalDate): string {
  switch (per) {
    case "day":
      return formatLongDate(first);
    case "week":
      return `week beginning ${formatLongDate(first)}`;
    case "fortnight":
      return `fortnight beginning ${formatLongDate(first)}`;
    case "month":
      return formatMonth(first);
  }
}

/** The period of kind `per` that contains `instant`. `restrictionStart` anchors fortnights. */
export function calendarPeriodOf(
  per: VolumePeriod,
  instant: Date,
  config: PolicyConfig,
  restrictionStart: LocalDate,
): CalendarPeriod {
  const { first, next } = bounds(
    per,
    localDateOf(instant, config.timeZone),
    config,
    restrictionStart,
  );
  return {
    per,
    firstDay: first,
    lastDay: addDays(next, -1),
    startsAt: startOfLocalDate(first, config.timeZone),
    endsAt: startOfLocalDate(next, config.timeZone),
    label: labelOf(per, first),
  };
}

/** True when the instant falls on a day of the period (in the council's time zone). */
export function isWithinPeriod(
  instant: Date,
  period: CalendarPeriod,
  config: PolicyConfig,
): boolean {
  const date = localDateOf(instant, config.timeZone);
  return !isBefore(date, period.firstDay) && !isAfter(date, period.lastDay);
}
