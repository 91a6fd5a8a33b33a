import { describe, expect, it } from "vitest";
import { localDate, midnightOf } from "./zone";
import { normaliseDateTime } from "../store/values";

describe("site time zone", () => {
  it("finds local midnight in summer and winter", () => {
    expect(new Date(midnightOf("2026-06-15", "Europe/London")).toISOString()).toBe(
      "2026-06-14T23:00:00.000Z",
    );
    expect(new Date(midnightOf("2026-01-15", "Europe/London")).toISOString()).toBe(
      "2026-01-15T00:00:00.000Z",
    );
    expect(localDate(Date.parse("2026-06-14T23:30:00Z"), "Europe/London")).toBe("2026-06-15");
  });

  it("stores a date-only value as the day's local midnight, in UTC to the second", () => {
    expect(normaliseDateTime("2026-06-15T12:00:00Z", true, "Europe/London")).toBe(
      "2026-06-14T23:00:00Z",
    );
    expect(normaliseDateTime("2026-06-15", true, "Europe/London")).toBe("2026-06-14T23:00:00Z");
    expect(normaliseDateTime("2026-06-15T12:00:00.999+01:00", false, "Europe/London")).toBe(
      "2026-06-15T11:00:00Z",
    );
    expect(normaliseDateTime("15/06/2026", false, "Europe/London")).toBeNull();
  });
});
