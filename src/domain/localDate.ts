import { refuse } from "./result";
import type { IsoWeekday, LocalDate, Result } from "./types";

// Calendar arithmetic on "YYYY-MM-DD" dates. No time zone is involved: a LocalDate already is
// a date in the council's time zone, so each day is handled as a UTC day number.

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function partsOf(date: LocalDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a date from parts the caller knows are valid (e.g. read back from Intl). */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

export function parseLocalDate(raw: string): Result<LocalDate> {
  const match = PATTERN.exec(raw.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (
    !match ||
    year < 1000 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return refuse(
      "invalidDate",
      `"${raw.trim().slice(0, 40)}" is not a date in the form YYYY-MM-DD.`,
    );
  }
  return { ok: true, value: localDateFromParts(year, month, day) };
}

function dayNumber(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  return localDateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return localDateFromParts(
    targetYear,
    targetMonth,
    Math.min(day, daysInMonth(targetYear, targetMonth)),
  );
}

/** Adds calendar years; 29 February becomes 28 February in a year that is not a leap year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Negative when a is earlier, zero when equal, positive when later. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) < 0;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return compareLocalDates(a, b) > 0;
}

export function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return isAfter(a, b) ? b : a;
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return isBefore(a, b) ? b : a;
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  // Day 0 of the epoch (1 January 1970) was a Thursday (ISO 4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** The first day of the week containing `date`, for weeks that start on `weekStartsOn`. */
export function startOfWeek(date: LocalDate, weekStartsOn: IsoWeekday): LocalDate {
  return addDays(date, -((isoWeekdayOf(date) - weekStartsOn + 7) % 7));
}

export function startOfMonth(date: LocalDate): LocalDate {
  const { year, month } = partsOf(date);
  return localDateFromParts(year, month, 1);
}

export function monthAndYearOf(date: LocalDate): { year: number; month: number; day: number } {
  return partsOf(date);
}
