import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import {
  appealBy,
  customerReviewAvailable,
  dueForDestruction,
  isAppealInTime,
  isReviewOverdue,
  retainUntil,
  reviewDue,
} from "./deadlines";
import { actor, date, period, restrictedEntry } from "./testFixtures";
import type { LocalDate, Notice, Stage } from "./types";

describe("appealBy (5.2.7: within 28 days)", () => {
  it.each<[Notice, string | undefined]>([
    [{ kind: "notified", on: date("2026-11-02") }, "2026-11-30"],
    [{ kind: "notified", on: date("2027-02-01") }, "2027-03-01"],
    [
      {
        kind: "notNotified",
        reason: "Risk of escalation",
        decidedBy: actor("assistantDirector"),
        decidedOn: date("2026-11-05"),
      },
      "2026-12-03",
    ],
    // Section 4: no notice is needed; counted from the decision on 30 October 2026.
    [{ kind: "notRequired" }, "2026-11-27"],
    [{ kind: "pending" }, undefined],
    [
      {
        kind: "pending",
        prepared: {
          by: actor("cityHelpdeskManager"),
          at: new Date("2026-11-01T10:00:00Z"),
          giver: actor("assistantDirector"),
        },
      },
      undefined,
    ],
  ])("notice %j: last day %s", (notice, expected) => {
    // Not telling the customer counts from that decision, from which the change binds (5.2.6).
    expect(appealBy(period({ notice }), PORTSMOUTH_POLICY)).toBe(expected);
  });

  it("counts from the UK date the customer was told, whatever the hour", () => {
    // 23:30 UK time on 1 July 2026 (BST) is 22:30 UTC: day 28 is 29 July.
    const late: Notice = {
      kind: "notified",
      on: date("2026-07-01"),
      at: new Date("2026-07-01T22:30:00Z"),
    };
    expect(appealBy(period({ start: date("2026-07-01"), notice: late }), PORTSMOUTH_POLICY)).toBe(
      "2026-07-29",
    );
  });

  it.each([
    ["2026-11-29", true],
    ["2026-11-30", true],
    ["2026-12-01", false],
  ])("told on 2 November: an appeal on %s (day 27, 28, 29) is in time: %s", (lodged, inTime) => {
    const lastDay = appealBy(
      period({ notice: { kind: "notified", on: date("2026-11-02") } }),
      PORTSMOUTH_POLICY,
    );
    expect(lastDay && isAppealInTime(date(lodged), lastDay)).toBe(inTime);
  });

  it("follows the configured window", () => {
    const config = { ...PORTSMOUTH_POLICY, appealWindowDays: 14 };
    expect(appealBy(period(), config)).toBe("2026-11-16");
  });
});

describe("reviewDue", () => {
  it.each([
    [{ kind: "atEnd" } as const, "2026-11-02", "2027-01-31", "2027-01-31"],
    [{ kind: "monthsAfterStart", months: 1 } as const, "2026-11-02", "2027-01-31", "2026-12-02"],
    [{ kind: "monthsAfterStart", months: 3 } as const, "2026-11-02", "2027-01-31", "2027-01-31"],
    [{ kind: "monthsAfterStart", months: 1 } as const, "2027-01-31", "2027-12-31", "2027-02-28"],
  ])("%j for %s to %s is %s", (rule, start, end, expected) => {
    const config = { ...PORTSMOUTH_POLICY, reviewDue: rule };
    expect(reviewDue(period({ start: date(start), end: date(end) }), config)).toBe(expected);
  });
});

describe("customerReviewAvailable (one request a period)", () => {
  it.each<[Stage, LocalDate[], number, boolean]>([
    ["restricted", [], 1, true],
    ["restricted", [date("2026-11-10")], 1, false],
    ["restricted", [date("2026-11-10")], 2, true],
    ["restricted", [], 0, false],
    ["ended", [], 1, false],
    ["monitoring", [], 1, false],
  ])("stage %s with requests %j and a limit of %i: %s", (stage, requests, limit, available) => {
    const entry = restrictedEntry({ stage, period: period({ customerReviewRequests: requests }) });
    expect(
      customerReviewAvailable(entry, {
        ...PORTSMOUTH_POLICY,
        customerReviewRequestsPerPeriod: limit,
      }),
    ).toBe(available);
  });

  it("is not available without a period", () => {
    expect(customerReviewAvailable(restrictedEntry({ period: undefined }), PORTSMOUTH_POLICY)).toBe(
      false,
    );
  });
});

describe("retention (6: restrictions plus six years)", () => {
  it.each([
    ["2027-01-31", "2033-01-31"],
    ["2028-02-29", "2034-02-28"],
    ["2024-02-29", "2030-02-28"],
  ])("a file ended on %s is kept until %s", (ended, kept) => {
    expect(retainUntil(date(ended), PORTSMOUTH_POLICY)).toBe(kept);
  });

  it("destroys a file only after its last day of retention", () => {
    const entries = [
      { name: "a", retainUntil: date("2032-11-22") },
      { name: "b", retainUntil: date("2032-11-23") },
      { name: "c", retainUntil: date("2032-11-24") },
      { name: "d", retainUntil: undefined },
    ];
    expect(dueForDestruction(entries, date("2032-11-23")).map((e) => e.name)).toEqual(["a"]);
  });
});

describe("isReviewOverdue", () => {
  const due = { reviewDue: date("2027-01-31") };
  it.each([
    [restrictedEntry(due), "2027-01-31", false],
    [restrictedEntry(due), "2027-02-01", true],
    [
      restrictedEntry({
        ...due,
        review: {
          status: "pending",
          requestedOn: date("2027-01-20"),
          by: "council",
          grounds: "Due",
        },
      }),
      "2027-02-01",
      false,
    ],
    [restrictedEntry({ ...due, stage: "ended" }), "2027-02-01", false],
    [restrictedEntry(), "2027-02-01", false],
  ])("%#: on %s overdue: %s", (entry, today, overdue) => {
    expect(isReviewOverdue(entry, date(today))).toBe(overdue);
  });
});
