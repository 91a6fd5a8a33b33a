import { describe, expect, it } from "vitest";
import { formatMinutes, minutesOf, parseTimeOfDay } from "./timeOfDay";

describe("parseTimeOfDay", () => {
  it.each(["00:00", "09:30", "23:59", " 12:00 "])("accepts %j", (raw) => {
    expect(parseTimeOfDay(raw)).toEqual({ ok: true, value: raw.trim() });
  });

  it("accepts 24:00 only as the end of a window", () => {
    expect(parseTimeOfDay("24:00", { end: true })).toEqual({ ok: true, value: "24:00" });
    expect(parseTimeOfDay("24:00")).toEqual({
      ok: false,
      error: {
        code: "invalidTime",
        message: '"24:00" is not a time of day; use HH:MM from 00:00 to 23:59.',
      },
    });
  });

  it.each(["9:30", "24:01", "12:60", "noon", "", "25:00"])("refuses %j", (raw) => {
    const result = parseTimeOfDay(raw, { end: true });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalidTime",
        message: `"${raw}" is not a time of day; use HH:MM from 00:00 to 24:00.`,
      },
    });
  });
});

describe("minutes", () => {
  it.each([
    ["00:00", 0],
    ["10:30", 630],
    ["23:59", 1439],
    ["24:00", 1440],
  ])("%s is %i minutes after midnight, and back", (raw, minutes) => {
    const parsed = parseTimeOfDay(raw, { end: true });
    expect(parsed.ok && minutesOf(parsed.value)).toBe(minutes);
    expect(formatMinutes(minutes)).toBe(raw);
  });
});
