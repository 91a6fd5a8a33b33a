import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { date } from "./testFixtures";
import type { IsoWeekday, VolumePeriod } from "./types";
import { calendarPeriodOf, isWithinPeriod } from "./volumePeriods";

const configStarting = (weekStartsOn: IsoWeekday) => ({ ...PORTSMOUTH_POLICY, weekStartsOn });

describe("calendarPeriodOf", () => {
  it.each<[VolumePeriod, IsoWeekday, string, string, string, string, string, string]>([
    [
      "day",
      1,
      "2026-11-25T14:00:00Z",
      "2026-11-25",
      "2026-11-25",
      "2026-11-25T00:00:00.000Z",
      "2026-11-26T00:00:00.000Z",
      "Wednesday 25 November 2026",
    ],
    // The day the clocks go forward has 23 hours, the day they go back 25.
    [
      "day",
      1,
      "2026-03-29T12:00:00Z",
      "2026-03-29",
      "2026-03-29",
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T23:00:00.000Z",
      "Sunday 29 March 2026",
    ],
    [
      "day",
      1,
      "2026-10-25T12:00:00Z",
      "2026-10-25",
      "2026-10-25",
      "2026-10-24T23:00:00.000Z",
      "2026-10-26T00:00:00.000Z",
      "Sunday 25 October 2026",
    ],
    // Sunday 23:30 UTC in winter is still Sunday in London; in summer it is Monday.
    [
      "week",
      1,
      "2026-11-29T23:30:00Z",
      "2026-11-23",
      "2026-11-29",
      "2026-11-23T00:00:00.000Z",
      "2026-11-30T00:00:00.000Z",
      "week beginning Monday 23 November 2026",
    ],
    [
      "week",
      7,
      "2026-11-29T23:30:00Z",
      "2026-11-29",
      "2026-12-05",
      "2026-11-29T00:00:00.000Z",
      "2026-12-06T00:00:00.000Z",
      "week beginning Sunday 29 November 2026",
    ],
    [
      "week",
      1,
      "2026-06-14T23:30:00Z",
      "2026-06-15",
      "2026-06-21",
      "2026-06-14T23:00:00.000Z",
      "2026-06-21T23:00:00.000Z",
      "week beginning Monday 15 June 2026",
    ],
    [
      "week",
      1,
      "2026-03-29T23:30:00Z",
      "2026-03-30",
      "2026-04-05",
      "2026-03-29T23:00:00.000Z",
      "2026-04-05T23:00:00.000Z",
      "week beginning Monday 30 March 2026",
    ],
    [
      "month",
      1,
      "2026-11-30T23:59:00Z",
      "2026-11-01",
      "2026-11-30",
      "2026-11-01T00:00:00.000Z",
      "2026-12-01T00:00:00.000Z",
      "November 2026",
    ],
    [
      "month",
      1,
      "2026-05-31T23:30:00Z",
      "2026-06-01",
      "2026-06-30",
      "2026-05-31T23:00:00.000Z",
      "2026-06-30T23:00:00.000Z",
      "June 2026",
    ],
    [
      "month",
      1,
      "2026-10-31T23:30:00Z",
      "2026-10-01",
      "2026-10-31",
      "2026-09-30T23:00:00.000Z",
      "2026-11-01T00:00:00.000Z",
      "October 2026",
    ],
  ])(
    "%s (weeks from %i) at %s runs %s to %s",
    (per, weekStartsOn, at, first, last, startsAt, endsAt, label) => {
      const period = calendarPeriodOf(
        per,
        new Date(at),
        configStarting(weekStartsOn),
        date("2026-01-07"),
      );
      expect({
        ...period,
        startsAt: period.startsAt.toISOString(),
        endsAt: period.endsAt.toISOString(),
      }).toEqual({
        per,
        firstDay: first,
        lastDay: last,
        startsAt,
        endsAt,
        label,
      });
    },
  );

  // Restrictions starting Wednesday 4 November 2026: fortnights run from Monday 2 November.
  it.each<[IsoWeekday, string, string, string]>([
    [1, "2026-11-04T12:00:00Z", "2026-11-02", "2026-11-15"],
    [1, "2026-11-15T23:59:00Z", "2026-11-02", "2026-11-15"],
    [1, "2026-11-16T00:00:00Z", "2026-11-16", "2026-11-29"],
    [1, "2026-12-14T09:00:00Z", "2026-12-14", "2026-12-27"],
    [1, "2026-10-31T09:00:00Z", "2026-10-19", "2026-11-01"],
    [7, "2026-11-04T12:00:00Z", "2026-11-01", "2026-11-14"],
    [7, "2026-11-15T00:00:00Z", "2026-11-15", "2026-11-28"],
  ])("fortnights with weeks from %i: %s falls in %s to %s", (weekStartsOn, at, first, last) => {
    const period = calendarPeriodOf(
      "fortnight",
      new Date(at),
      configStarting(weekStartsOn),
      date("2026-11-04"),
    );
    expect([period.firstDay, period.lastDay]).toEqual([first, last]);
    expect(period.label).toMatch(/^fortnight beginning (Monday|Sunday) /);
  });
});

describe("isWithinPeriod", () => {
  it("includes the first and last local day and nothing either side", () => {
    const period = calendarPeriodOf(
      "week",
      new Date("2026-06-17T12:00:00Z"),
      PORTSMOUTH_POLICY,
      date("2026-06-01"),
    );
    const within = (iso: string) => isWithinPeriod(new Date(iso), period, PORTSMOUTH_POLICY);
    expect(within("2026-06-14T22:59:00Z")).toBe(false);
    expect(within("2026-06-14T23:00:00Z")).toBe(true);
    expect(within("2026-06-21T22:59:00Z")).toBe(true);
    expect(within("2026-06-21T23:00:00Z")).toBe(false);
  });
});
