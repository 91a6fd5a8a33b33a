import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { restrictionStatus } from "./restrictionStatus";
import { date, period, restrictedEntry } from "./testFixtures";
import { AD, HELPDESK, applied, at, imposed, restricted, SOLICITOR, toldBy } from "./testScenario";
import { noticeInstant, periodOrigin, termsBindFrom, termsBindingAt } from "./termsInForce";
import type { Notice, RegisterEntry } from "./types";

const config = PORTSMOUTH_POLICY;
const pending: Notice = { kind: "pending" };

describe("termsBindFrom (5.2.4, 5.2.6, section 4)", () => {
  it.each<[string, Notice, string | undefined]>([
    ["not yet told", pending, undefined],
    [
      "told at 14:05 during the period",
      { kind: "notified", on: date("2026-11-10"), at: new Date("2026-11-10T14:05:00Z") },
      "2026-11-10T14:05:00.000Z",
    ],
    [
      "told before the first day: from the first day's start",
      { kind: "notified", on: date("2026-10-30"), at: new Date("2026-10-30T16:00:00Z") },
      "2026-11-02T00:00:00.000Z",
    ],
    [
      "told on a date recorded without a time (an earlier release): from that day's start",
      { kind: "notified", on: date("2026-11-04") },
      "2026-11-04T00:00:00.000Z",
    ],
    [
      "not told, by decision on review: from that decision",
      {
        kind: "notNotified",
        reason: "Risk",
        decidedBy: AD,
        decidedOn: date("2026-11-05"),
        decidedAt: new Date("2026-11-05T09:12:00Z"),
      },
      "2026-11-05T09:12:00.000Z",
    ],
    [
      "not told, recorded without a time: from the start of that day",
      { kind: "notNotified", reason: "Risk", decidedBy: AD, decidedOn: date("2026-11-05") },
      "2026-11-05T00:00:00.000Z",
    ],
  ])("%s", (_label, notice, expected) => {
    // Period from Monday 2 November 2026 (GMT).
    expect(termsBindFrom(period({ notice }), config)?.toISOString()).toBe(expected);
  });

  it("binds immediate action from the decision itself", () => {
    const immediate = period({
      origin: "immediate",
      start: date("2026-11-02"),
      decidedOn: date("2026-11-02"),
      decidedAt: new Date("2026-11-02T15:05:00Z"),
      notice: { kind: "notRequired" },
    });
    expect(termsBindFrom(immediate, config)?.toISOString()).toBe("2026-11-02T15:05:00.000Z");
    const legacy = period({ origin: "immediate", notice: { kind: "notRequired" } });
    expect(noticeInstant(legacy, config)?.toISOString()).toBe("2026-10-30T00:00:00.000Z");
  });

  it.each<[string, string]>([
    // Summer time: the first day of a period starting 1 June 2026 begins at 23:00 UTC.
    ["2026-06-01", "2026-05-31T23:00:00.000Z"],
    // The day the clocks go forward begins at midnight GMT.
    ["2026-03-29", "2026-03-29T00:00:00.000Z"],
    // The day the clocks go back begins at midnight BST (23:00 UTC the day before).
    ["2026-10-25", "2026-10-24T23:00:00.000Z"],
  ])("never before the first day, across the clock changes: %s", (start, expected) => {
    const told: Notice = { kind: "notified", on: date("2026-01-05") };
    expect(termsBindFrom(period({ start: date(start), notice: told }), config)?.toISOString()).toBe(
      expected,
    );
  });

  it("reads an earlier release's period: number 1 was imposed, later ones came from reviews", () => {
    expect(periodOrigin(period())).toBe("imposed");
    expect(periodOrigin(period({ number: 2 }))).toBe("review");
    expect(periodOrigin(period({ number: 2, origin: "appeal" }))).toBe("appeal");
  });
});

describe("restrictionStatus on the instant of the notice", () => {
  // Imposed 30 October from 2 November; told at 09:30 on 2 November (restricted()).
  const told = restricted().entry;
  it.each<[string, string, string]>([
    ["a minute before the notice", "2026-11-02T09:29:00Z", "notStarted"],
    ["the minute of the notice", "2026-11-02T09:30:00Z", "inForce"],
    ["the last minute of the last day", "2027-01-31T23:59:00Z", "inForce"],
    ["the first minute after the last day", "2027-02-01T00:00:00Z", "ended"],
  ])("%s", (_label, instant, expected) => {
    const status = restrictionStatus(told, new Date(instant), config);
    expect(status.kind === "inForce" ? "inForce" : status.reason).toBe(expected);
  });

  it("says when, to the minute, restrictions apply once the customer was told on the day", () => {
    const status = restrictionStatus(told, new Date("2026-11-02T08:00:00Z"), config);
    expect(status).toEqual({
      kind: "notInForce",
      reason: "notStarted",
      advice:
        "Restrictions on this customer's contact apply from 09:30 on Monday 2 November 2026, when the customer was told of them; until then, deal with contact as normal and log it.",
    });
  });

  it("treats a first imposition not yet told as a known customer, not restricted yet", () => {
    for (const instant of ["2026-10-31T12:00:00Z", "2026-11-15T12:00:00Z"]) {
      expect(restrictionStatus(imposed().entry, new Date(instant), config)).toEqual({
        kind: "notInForce",
        reason: "notYetTold",
        advice:
          "Restrictions on this customer's contact have been decided, but the customer has not yet been told of them, so they do not apply yet (5.2.4): deal with contact as before and log it for the city helpdesk manager.",
      });
    }
  });
});

describe("a change on review, decided but not yet told (5.2.6)", () => {
  /** Restricted (email and letter, one email a week, SPOC Priya Shah); reviewed 10 November. */
  function amended(): RegisterEntry {
    const reviewing = applied(
      restricted(),
      { kind: "startReview", grounds: "Abuse by email" },
      HELPDESK,
      "2026-11-10",
    ).record;
    return applied(
      reviewing,
      {
        kind: "decideReview",
        consulted: [SOLICITOR],
        outcome: {
          kind: "amend",
          terms: { allowedChannels: ["letter"], spocOnly: true },
          spoc: { name: "Jordan Lee", email: "jordan.lee@portsmouthcc.gov.uk" as never },
        },
        reasons: "Abuse by email continues.",
      },
      HELPDESK,
      "2026-11-10",
    ).record.entry;
  }

  it("keeps the terms and the SPOC the customer was told of until they are told of the change", () => {
    const status = restrictionStatus(amended(), new Date("2026-11-12T10:00:00Z"), config);
    expect(status).toMatchObject({
      kind: "inForce",
      terms: { allowedChannels: ["email", "letter"] },
      period: { number: 1 },
      spoc: { name: "Priya Shah" },
    });
  });

  it("applies the change from the moment the customer is told", () => {
    const told = applied(
      { entry: amended(), file: restricted().file },
      toldBy("2026-11-13", "11:00"),
      HELPDESK,
      "2026-11-13",
    ).record.entry;
    expect(told.superseded).toBeUndefined();
    const before = restrictionStatus(told, at("2026-11-13", "10:59"), config);
    const after = restrictionStatus(told, at("2026-11-13", "11:00"), config);
    expect(before.kind).toBe("notInForce");
    expect(after).toMatchObject({
      kind: "inForce",
      terms: { allowedChannels: ["letter"] },
      spoc: { name: "Jordan Lee" },
    });
  });

  it("lets the old terms lapse at their own end if the customer is still not told", () => {
    const entry: RegisterEntry = restrictedEntry({
      terms: { allowedChannels: ["letter"] },
      period: period({
        number: 2,
        origin: "review",
        start: date("2026-12-01"),
        end: date("2027-06-30"),
        notice: pending,
      }),
      superseded: {
        terms: { allowedChannels: ["email"] },
        period: period({ end: date("2027-01-31") }),
      },
    });
    expect(termsBindingAt(entry, at("2027-01-31", "23:59"), config)?.terms).toEqual({
      allowedChannels: ["email"],
    });
    expect(restrictionStatus(entry, at("2027-02-01", "00:00"), config)).toMatchObject({
      reason: "notYetTold",
    });
  });
});

describe("immediate action (section 4)", () => {
  it("blocks every channel, letters and visits included, whatever was recorded", () => {
    const entry = restrictedEntry({
      terms: { extreme: { blockedChannels: ["phone"] } },
      period: period({
        origin: "immediate",
        start: date("2026-11-02"),
        decidedOn: date("2026-11-02"),
        decidedAt: at("2026-11-02", "15:00"),
        notice: { kind: "notRequired" },
      }),
    });
    expect(restrictionStatus(entry, at("2026-11-02", "14:59"), config).kind).toBe("notInForce");
    const status = restrictionStatus(entry, at("2026-11-02", "15:00"), config);
    expect(status.kind === "inForce" && status.terms.extreme?.blockedChannels).toEqual([
      "email",
      "phone",
      "letter",
      "inPerson",
      "webForm",
      "socialMedia",
    ]);
  });

  it("leaves a review's change of an immediate action as ordinary terms", () => {
    const entry = restrictedEntry({
      terms: { allowedChannels: ["letter"] },
      period: period({ number: 2, origin: "review" }),
    });
    const status = restrictionStatus(entry, at("2026-11-10", "12:00"), config);
    expect(status.kind === "inForce" && status.terms).toEqual({ allowedChannels: ["letter"] });
  });
});

describe("who may act, and the period's origin", () => {
  it("records the imposing actor and origin on the period", () => {
    expect(imposed().entry.period).toMatchObject({ decidedBy: AD, origin: "imposed" });
  });
});
