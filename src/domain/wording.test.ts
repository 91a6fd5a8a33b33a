import { describe, expect, it } from "vitest";
import { date, time } from "./testFixtures";
import type { IsoWeekday } from "./types";
import {
  channelManner,
  channelName,
  contactUnit,
  describeDays,
  formatLongDate,
  formatMonth,
  formatTime,
  listWithAnd,
  listWithOr,
  timeZoneLabel,
} from "./wording";

describe("dates in words", () => {
  it.each([
    ["2026-11-23", "Monday 23 November 2026"],
    ["2027-01-03", "Sunday 3 January 2027"],
    ["2028-02-29", "Tuesday 29 February 2028"],
  ])("%s reads %s", (day, words) => {
    expect(formatLongDate(date(day))).toBe(words);
  });

  it("names the month", () => {
    expect(formatMonth(date("2026-11-23"))).toBe("November 2026");
  });
});

describe("describeDays", () => {
  it.each<[IsoWeekday[], string]>([
    [[1, 2, 3, 4, 5], "Monday to Friday"],
    [[5, 4, 3, 2, 1, 1], "Monday to Friday"],
    [[1, 3, 5], "Monday, Wednesday and Friday"],
    [[1, 2, 3, 5], "Monday to Wednesday and Friday"],
    [[6, 7], "Saturday and Sunday"],
    [[2], "Tuesday"],
    [[1, 2, 3, 4, 5, 6, 7], "every day"],
  ])("%j reads %s", (days, words) => {
    expect(describeDays(days)).toBe(words);
  });
});

describe("lists", () => {
  it.each([
    [[], "", ""],
    [["a"], "a", "a"],
    [["a", "b"], "a and b", "a or b"],
    [["a", "b", "c"], "a, b and c", "a, b or c"],
  ])("%j", (items, withAnd, withOr) => {
    expect(listWithAnd(items)).toBe(withAnd);
    expect(listWithOr(items)).toBe(withOr);
  });
});

describe("times, zones and channels", () => {
  it("calls 24:00 midnight", () => {
    expect(formatTime(time("24:00"))).toBe("midnight");
    expect(formatTime(time("00:00"))).toBe("00:00");
  });

  it("calls London time UK time and names other zones", () => {
    expect(timeZoneLabel("Europe/London")).toBe("UK time");
    expect(timeZoneLabel("Europe/Paris")).toBe("Europe/Paris time");
  });

  it.each([
    ["email", "by email", "email", "email", "emails"],
    ["phone", "by telephone", "telephone", "telephone call", "telephone calls"],
    ["letter", "by letter", "letter", "letter", "letters"],
    ["inPerson", "in person", "visits in person", "visit", "visits"],
    ["webForm", "through the website form", "the website form", "website form", "website forms"],
    [
      "socialMedia",
      "through social media",
      "social media",
      "social media message",
      "social media messages",
    ],
  ] as const)("%s", (channel, manner, name, one, many) => {
    expect(channelManner(channel)).toBe(manner);
    expect(channelName(channel)).toBe(name);
    expect(contactUnit([channel], 1)).toBe(one);
    expect(contactUnit([channel], 2)).toBe(many);
  });

  it("counts contacts of any kind when several channels or none are named", () => {
    expect(contactUnit(undefined, 1)).toBe("contact");
    expect(contactUnit(["email", "letter"], 3)).toBe("contacts");
  });
});
