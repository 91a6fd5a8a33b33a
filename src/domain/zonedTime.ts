import { daysBetween, isoWeekdayOf, localDateFromParts, monthAndYearOf } from "./localDate";
import type { IsoWeekday, LocalDate } from "./types";

// Instants seen in the council's time zone, through Intl (no time-zone data of our own).
// Formatters are costly to build, so there is one per zone, kept for the life of the page.

const formatters = new Map<string, Intl.DateTimeFormat>();
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const created = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  formatters.set(timeZone, created);
  return created;
}

/** The zone's canonical IANA name (e.g. "europe/london" → "Europe/London"), or undefined. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  try {
    return formatterFor(timeZone).resolvedOptions().timeZone;
  } catch (_error: unknown) {
    return undefined;
  }
}

/** What a clock on the wall in the zone shows at an instant. */
export type LocalMoment = {
  readonly date: LocalDate;
  readonly weekday: IsoWeekday;
  /** Minutes since local midnight, 0 to 1439. */
  readonly minutes: number;
};

export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const values = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in values) values[part.type as keyof typeof values] = Number(part.value);
  }
  const date = localDateFromParts(values.year, values.month, values.day);
  return { date, weekday: isoWeekdayOf(date), minutes: values.hour * 60 + values.minute };
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return localMoment(instant, timeZone).date;
}

/** Milliseconds the zone is ahead of UTC at an instant (London: 0 in winter, 3 600 000 in summer). */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / MS_PER_MINUTE) * MS_PER_MINUTE;
  const local = localMoment(new Date(whole), timeZone);
  const { year, month, day } = monthAndYearOf(local.date);
  return Date.UTC(year, month - 1, day) + local.minutes * MS_PER_MINUTE - whole;
}

/**
 * The first instant of a local date. Two candidates use the offsets a day either side, so a
 * change of clocks on that day is handled: the earlier candidate wins if it falls on `date`. In
 * London, 29 March 2026 starts at 00:00 GMT and 25 October 2026 at 23:00 GMT the day before.
 * Where midnight itself is skipped, the day starts at the change.
 */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = monthAndYearOf(date);
  const wall = Date.UTC(year, month - 1, day);
  const before = wall - offsetAt(wall - MS_PER_DAY, timeZone);
  const after = wall - offsetAt(wall + MS_PER_DAY, timeZone);
  const early = Math.min(before, after);
  const late = Math.max(before, after);
  const earlyIsOnDate = daysBetween(localDateOf(new Date(early), timeZone), date) === 0;
  return new Date(earlyIsOnDate ? early : late);
}

/**
 * The instant a local date and time (minutes since local midnight) stand for. Midnight plus the
 * minutes is right except after a change of clocks that day; then the local reading differs by
 * the change, and one step corrects it.
 */
export function instantAtLocal(date: LocalDate, minutes: number, timeZone: string): Date {
  const guess = new Date(startOfLocalDate(date, timeZone).getTime() + minutes * MS_PER_MINUTE);
  const shown = localMoment(guess, timeZone);
  if (shown.date === date && shown.minutes === minutes) return guess;
  const drift = shown.date === date ? shown.minutes - minutes : 0;
  const corrected = new Date(guess.getTime() - drift * MS_PER_MINUTE);
  const check = localMoment(corrected, timeZone);
  // No instant shows a skipped time: read it with the offset before the change (as Temporal's
  // "compatible" does), so 01:30 on the morning the clocks go forward is 02:30 summer time.
  return check.date === date && check.minutes === minutes ? corrected : guess;
}
