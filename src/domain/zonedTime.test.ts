import { describe, expect, it } from "vitest";
import { date } from "./testFixtures";
import { formatMinutes } from "./timeOfDay";
import {
  canonicalTimeZone,
  instantAtLocal,
  localDateOf,
  localMoment,
  startOfLocalDate,
} from "./zonedTime";

const LONDON = "Europe/London";

describe("localMoment in London", () => {
  it.each([
    // 2026 clocks go forward at 01:00 UTC on Sunday 29 March.
    ["2026-03-28T23:59:00Z", "2026-03-28", 6, "23:59"],
    ["2026-03-29T00:00:00Z", "2026-03-29", 7, "00:00"],
    ["2026-03-29T00:59:00Z", "2026-03-29", 7, "00:59"],
    ["2026-03-29T01:00:00Z", "2026-03-29", 7, "02:00"],
    ["2026-03-29T22:59:00Z", "2026-03-29", 7, "23:59"],
    ["2026-03-29T23:00:00Z", "2026-03-30", 1, "00:00"],
    // A Sunday 23:30 UTC in summer is already Monday in London.
    ["2026-06-14T23:30:00Z", "2026-06-15", 1, "00:30"],
    // 2026 clocks go back at 01:00 UTC on Sunday 25 October.
    ["2026-10-24T22:59:00Z", "2026-10-24", 6, "23:59"],
    ["2026-10-24T23:00:00Z", "2026-10-25", 7, "00:00"],
    ["2026-10-25T00:59:00Z", "2026-10-25", 7, "01:59"],
    ["2026-10-25T01:00:00Z", "2026-10-25", 7, "01:00"],
    ["2026-10-25T23:59:00Z", "2026-10-25", 7, "23:59"],
    ["2026-10-26T00:00:00Z", "2026-10-26", 1, "00:00"],
    // In winter London is on UTC.
    ["2026-12-06T23:30:00Z", "2026-12-06", 7, "23:30"],
  ])("%s is %s (weekday %i) at %s", (instant, day, weekday, clock) => {
    const local = localMoment(new Date(instant), LONDON);
    expect({ ...local, minutes: formatMinutes(local.minutes) }).toEqual({
      date: day,
      weekday,
      minutes: clock,
    });
    expect(localDateOf(new Date(instant), LONDON)).toBe(day);
  });
});

describe("startOfLocalDate", () => {
  it.each([
    ["2026-03-29", LONDON, "2026-03-29T00:00:00.000Z"],
    ["2026-03-30", LONDON, "2026-03-29T23:00:00.000Z"],
    ["2026-10-25", LONDON, "2026-10-24T23:00:00.000Z"],
    ["2026-10-26", LONDON, "2026-10-26T00:00:00.000Z"],
    ["2026-07-01", LONDON, "2026-06-30T23:00:00.000Z"],
    ["2026-12-01", LONDON, "2026-12-01T00:00:00.000Z"],
    ["2026-07-01", "UTC", "2026-07-01T00:00:00.000Z"],
    ["2026-07-01", "Asia/Kathmandu", "2026-06-30T18:15:00.000Z"],
    // Santiago skips midnight when its clocks go forward: the day starts at 01:00.
    ["2026-09-06", "America/Santiago", "2026-09-06T04:00:00.000Z"],
    // …and repeats the hour before midnight when they go back.
    ["2026-04-05", "America/Santiago", "2026-04-05T04:00:00.000Z"],
  ])("%s in %s starts at %s", (day, zone, expected) => {
    expect(startOfLocalDate(date(day), zone).toISOString()).toBe(expected);
  });

  it.each([
    ["2026-03-29", 23],
    ["2026-10-25", 25],
    ["2026-11-23", 24],
  ])("%s lasts %i hours in London", (day, hours) => {
    const start = startOfLocalDate(date(day), LONDON).getTime();
    const next = new Date(start + 26 * 3_600_000);
    const end = startOfLocalDate(localDateOf(next, LONDON), LONDON).getTime();
    expect((end - start) / 3_600_000).toBe(hours);
  });
});

describe("instantAtLocal", () => {
  it.each([
    ["2026-11-24", "10:30", "2026-11-24T10:30:00.000Z"],
    ["2026-07-01", "09:05", "2026-07-01T08:05:00.000Z"],
    // 29 March 2026: forward at 01:00 GMT; 25 October 2026: back at 02:00 BST.
    ["2026-03-29", "00:30", "2026-03-29T00:30:00.000Z"],
    ["2026-03-29", "01:30", "2026-03-29T01:30:00.000Z"], // skipped: 02:30 summer time
    ["2026-03-29", "14:00", "2026-03-29T13:00:00.000Z"],
    ["2026-10-25", "00:30", "2026-10-24T23:30:00.000Z"],
    ["2026-10-25", "14:00", "2026-10-25T14:00:00.000Z"],
    ["2026-10-25", "23:59", "2026-10-25T23:59:00.000Z"],
  ])("%s at %s in London is %s", (day, time, expected) => {
    const [h = 0, m = 0] = time.split(":").map(Number);
    expect(instantAtLocal(date(day), h * 60 + m, LONDON).toISOString()).toBe(expected);
  });
});

describe("canonicalTimeZone", () => {
  it.each([
    ["Europe/London", "Europe/London"],
    ["europe/london", "Europe/London"],
    ["UTC", "UTC"],
    ["Mars/Olympus_Mons", undefined],
    ["", undefined],
  ])("%j is %s", (zone, expected) => {
    expect(canonicalTimeZone(zone)).toBe(expected);
  });
});
