import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareLocalDates,
  daysBetween,
  earlierOf,
  isAfter,
  isBefore,
  isoWeekdayOf,
  laterOf,
  parseLocalDate,
  startOfMonth,
  startOfWeek,
} from "./localDate";
import { date } from "./testFixtures";

describe("parseLocalDate", () => {
  it.each(["2026-11-23", " 2026-11-23 ", "2028-02-29", "2026-12-31", "2026-01-01"])(
    "accepts %j",
    (raw) => {
      expect(parseLocalDate(raw)).toEqual({ ok: true, value: raw.trim() });
    },
  );

  it.each([
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-1",
    "23/11/2026",
    "0999-01-01",
    "",
  ])("refuses %j with a message naming it", (raw) => {
    expect(parseLocalDate(raw)).toEqual({
      ok: false,
      error: { code: "invalidDate", message: `"${raw}" is not a date in the form YYYY-MM-DD.` },
    });
  });
});

describe("calendar arithmetic", () => {
  it.each([
    ["2026-11-23", 1, "2026-11-24"],
    ["2026-11-30", 1, "2026-12-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2026-11-02", 28, "2026-11-30"],
  ])("%s plus %i days is %s", (from, days, expected) => {
    expect(addDays(date(from), days)).toBe(expected);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-11-15", 3, "2027-02-15"],
    ["2026-11-15", 12, "2027-11-15"],
    ["2026-01-15", -13, "2024-12-15"],
    ["2026-08-31", 6, "2027-02-28"],
  ])("%s plus %i months is %s", (from, months, expected) => {
    expect(addMonths(date(from), months)).toBe(expected);
  });

  it.each([
    ["2028-02-29", 6, "2034-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
    ["2026-11-23", 6, "2032-11-23"],
  ])("%s plus %i years is %s", (from, years, expected) => {
    expect(addYears(date(from), years)).toBe(expected);
  });

  it("compares and measures dates", () => {
    const a = date("2026-11-23");
    const b = date("2026-12-01");
    expect(compareLocalDates(a, b)).toBeLessThan(0);
    expect(compareLocalDates(b, a)).toBeGreaterThan(0);
    expect(compareLocalDates(a, a)).toBe(0);
    expect(daysBetween(a, b)).toBe(8);
    expect(daysBetween(b, a)).toBe(-8);
    expect([isBefore(a, b), isBefore(a, a), isAfter(b, a), isAfter(a, a)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([earlierOf(a, b), earlierOf(b, a), laterOf(a, b), laterOf(b, a)]).toEqual([a, a, b, b]);
  });
});

describe("weeks and months", () => {
  it.each([
    ["2026-11-23", 1],
    ["2026-11-28", 6],
    ["2026-11-29", 7],
    ["1970-01-01", 4],
    ["1969-12-31", 3],
  ])("%s is ISO weekday %i", (day, weekday) => {
    expect(isoWeekdayOf(date(day))).toBe(weekday);
  });

  it.each([
    ["2026-11-23", 1, "2026-11-23"],
    ["2026-11-29", 1, "2026-11-23"],
    ["2026-11-29", 7, "2026-11-29"],
    ["2026-11-28", 7, "2026-11-22"],
    ["2026-11-23", 7, "2026-11-22"],
    ["2027-01-01", 1, "2026-12-28"],
  ])("the week of %s starting on weekday %i begins %s", (day, startsOn, expected) => {
    expect(startOfWeek(date(day), startsOn as 1 | 7)).toBe(expected);
  });

  it("finds the first day of the month", () => {
    expect(startOfMonth(date("2026-11-23"))).toBe("2026-11-01");
  });
});
