import { describe, expect, it } from "vitest";
import type { LocalDate } from "../domain/types";
import {
  instantFromField,
  instantToField,
  localDateFromField,
  localDateToField,
  sameDateValue,
} from "./dates";

const d = (s: string) => s as LocalDate;

describe("date-only columns", () => {
  it.each(["2026-01-15", "2026-03-29", "2026-06-15", "2026-10-25", "2026-12-31", "2028-02-29"])(
    "round-trips %s through the value written",
    (date) => {
      expect(localDateFromField(localDateToField(d(date)))).toBe(date);
    },
  );

  it("reads the midnight-in-London instants SharePoint returns, in BST and GMT", () => {
    expect(localDateFromField("2026-06-14T23:00:00Z")).toBe("2026-06-15"); // BST midnight
    expect(localDateFromField("2026-01-15T00:00:00Z")).toBe("2026-01-15"); // GMT midnight
    expect(localDateFromField("2026-03-29T00:00:00Z")).toBe("2026-03-29"); // clocks go forward
    expect(localDateFromField("2026-10-24T23:00:00Z")).toBe("2026-10-25"); // clocks go back
  });

  it("accepts a plain date and refuses what is not a date", () => {
    expect(localDateFromField("2026-06-15")).toBe("2026-06-15");
    expect(localDateFromField("2026-02-30")).toBeNull();
    expect(localDateFromField("15/06/2026")).toBeNull();
    expect(localDateFromField(20260615)).toBeNull();
  });

  it("recognises a written date in the value read back", () => {
    expect(sameDateValue("2026-06-15T12:00:00Z", "2026-06-14T23:00:00Z")).toBe(true);
    expect(sameDateValue("2026-06-15T12:00:00Z", "2026-06-15T23:00:00Z")).toBe(false);
    expect(sameDateValue("2026-06-15T09:30:00Z", "2026-06-15T09:31:00Z")).toBe(false);
  });
});

describe("date-time columns", () => {
  it("writes whole seconds in UTC, as SharePoint keeps them", () => {
    expect(instantToField(new Date("2026-06-15T09:30:12.987Z"))).toBe("2026-06-15T09:30:12Z");
  });

  it("reads only ISO instants in UTC", () => {
    expect(instantFromField("2026-06-15T09:30:12Z")?.toISOString()).toBe(
      "2026-06-15T09:30:12.000Z",
    );
    expect(instantFromField("2026-06-15 09:30")).toBeNull();
    expect(instantFromField("2026-06-15T09:30:12+01:00")).toBeNull();
  });
});
