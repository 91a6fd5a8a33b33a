import { describe, expect, it } from "vitest";
import { subjectAccessDueBy } from "./subjectAccessInformation";
import { date } from "./testFixtures";

describe("the subject access deadline (UK GDPR Art. 12(3): one month from receipt)", () => {
  it.each([
    ["2026-11-20", "2026-12-20"],
    ["2026-12-31", "2027-01-31"], // across the year
    ["2027-01-31", "2027-02-28"], // no 31 February: the month's last day
    ["2028-01-30", "2028-02-29"], // leap year
    ["2027-03-31", "2027-04-30"],
    ["2027-03-28", "2027-04-28"], // across the clocks going forward: calendar dates only
  ])("received %s: due by %s", (received, due) => {
    expect(subjectAccessDueBy(date(received))).toBe(due);
  });
});
