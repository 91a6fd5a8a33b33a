import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand, availableCommands } from "./lifecycle";
import type { NoticeGiven } from "./lifecycleCommands";
import { noticeMethodInWords } from "./lifecycleNotice";
import { restrictionStatus } from "./restrictionStatus";
import { date, unwrap } from "./testFixtures";
import {
  AD,
  DIRECTOR,
  HELPDESK,
  SOLICITOR,
  apply,
  applied,
  assessed,
  at,
  IMPOSITION,
  extendedOnReview,
  imposed,
  noonOn,
  restricted,
} from "./testScenario";
import type { Actor, CaseRecord } from "./types";

const told = (notice: Omit<NoticeGiven, "kind">) => ({
  kind: "recordNotice" as const,
  notice: { kind: "notified" as const, ...notice },
});

describe("how the customer was told (5.2.4)", () => {
  it.each<[string, Omit<NoticeGiven, "kind">, object, string]>([
    [
      "by letter: the letter is the confirmation in writing",
      { at: at("2026-11-02", "09:00"), method: "letter" },
      { confirmation: { kind: "inWriting", on: "2026-11-02" } },
      "by letter",
    ],
    [
      "by email: likewise",
      { at: at("2026-11-02", "09:00"), method: "email" },
      { confirmation: { kind: "inWriting", on: "2026-11-02" } },
      "by email",
    ],
    [
      "by telephone, confirmed in writing the next day",
      {
        at: at("2026-11-02", "16:45"),
        method: "phone",
        confirmation: { kind: "inWriting", on: date("2026-11-03") },
      },
      { confirmation: { kind: "inWriting", on: "2026-11-03" } },
      "by telephone",
    ],
    [
      "in person, confirmed as an adjustment allows",
      {
        at: at("2026-11-02", "11:00"),
        method: "inPerson",
        confirmation: { kind: "adjustment", how: " Recorded message posted " },
      },
      { confirmation: { kind: "adjustment", how: "Recorded message posted" } },
      "in person",
    ],
    [
      "another way an adjustment requires",
      {
        at: at("2026-11-02", "11:00"),
        method: "other",
        adjustment: "British Sign Language interpreter",
        confirmation: { kind: "adjustment", how: "Video in BSL sent" },
      },
      { adjustment: "British Sign Language interpreter" },
      "another way, as a reasonable adjustment requires (British Sign Language interpreter)",
    ],
  ])("%s", (_label, notice, recorded, how) => {
    const { record, events } = applied(imposed(), told(notice), AD, "2026-11-03");
    expect(record.entry.period?.notice).toMatchObject({
      kind: "notified",
      at: notice.at,
      method: notice.method,
      givenBy: AD,
      ...recorded,
    });
    expect(events[0]?.summary).toContain(`told the customer of the restrictions ${how} at`);
  });

  it.each([
    // Told in the decision's own minute (typed 12:00, decided at 12:00:30): told at the decision.
    ["12:00", "2026-10-30T12:00:30.000Z"],
    ["12:01", "2026-10-30T12:01:00.000Z"],
  ])("told at %s on the day of a decision made at 12:00:30 binds from %s", (hhmm, from) => {
    const decided = unwrap(
      applyCommand(assessed(), IMPOSITION, AD, new Date("2026-10-30T12:00:30Z"), PORTSMOUTH_POLICY),
    ).record;
    const notice = unwrap(
      applyCommand(
        decided,
        told({ at: at("2026-10-30", hhmm), method: "letter" }),
        AD,
        new Date("2026-10-30T12:05:00Z"),
        PORTSMOUTH_POLICY,
      ),
    ).record.entry.period?.notice;
    expect(notice?.kind === "notified" && notice.at?.toISOString()).toBe(from);
  });

  it("refuses a notice in the minute before the decision", () => {
    const decided = unwrap(
      applyCommand(assessed(), IMPOSITION, AD, new Date("2026-10-30T12:00:30Z"), PORTSMOUTH_POLICY),
    ).record;
    const refused = applyCommand(
      decided,
      told({ at: at("2026-10-30", "11:59"), method: "letter" }),
      AD,
      new Date("2026-10-30T12:05:00Z"),
      PORTSMOUTH_POLICY,
    );
    expect(refused.ok ? "accepted" : refused.error.code).toBe("datesOutOfOrder");
  });

  it.each<[string, Omit<NoticeGiven, "kind">, string]>([
    [
      "a written confirmation after today",
      {
        at: at("2026-11-02", "09:00"),
        method: "phone",
        confirmation: { kind: "inWriting", on: date("2026-11-04") },
      },
      "The date of the written confirmation (Wednesday 4 November 2026) cannot be after today.",
    ],
    [
      "an adjustment confirmation left blank",
      {
        at: at("2026-11-02", "09:00"),
        method: "phone",
        confirmation: { kind: "adjustment", how: "" },
      },
      "Describe how the notice was confirmed as the customer's reasonable adjustment allows (5.2.4).",
    ],
    [
      "an unknown way",
      { at: at("2026-11-02", "09:00"), method: "pigeon" as never },
      "Choose how the customer was told (5.2.4).",
    ],
    [
      "no time",
      { at: new Date(Number.NaN), method: "letter" },
      "Give the date and time the customer was told (5.2.4).",
    ],
  ])("refuses %s", (_label, notice, message) => {
    const result = apply(imposed(), told(notice), AD, "2026-11-03");
    expect(!result.ok && result.error.message).toBe(message);
  });

  it("words each way for the record", () => {
    expect(noticeMethodInWords("other")).toBe("another way");
    expect(noticeMethodInWords("letter", "ignored")).toBe("by letter");
  });
});

describe("who tells the customer", () => {
  it.each<[string, () => CaseRecord, Actor, boolean]>([
    ["an imposition: the assistant director", imposed, AD, true],
    ["an imposition: not the helpdesk manager", imposed, HELPDESK, false],
    ["an imposition: not the City Solicitor", imposed, SOLICITOR, false],
    ["a review's change: the helpdesk manager", extendedOnReview, HELPDESK, true],
    ["a review's change: the City Solicitor", extendedOnReview, SOLICITOR, true],
    ["a review's change: not the director", extendedOnReview, DIRECTOR, false],
  ])("%s", (_label, record, by, allowed) => {
    const result = apply(
      record(),
      told({ at: at("2026-11-11", "09:00"), method: "letter" }),
      by,
      "2026-11-11",
    );
    expect(result.ok).toBe(allowed);
    expect(
      availableCommands(record(), by, noonOn("2026-11-11"), PORTSMOUTH_POLICY).includes(
        "recordNotice",
      ),
    ).toBe(allowed);
  });

  it("on an appeal's change: the director who decided it, or the helpdesk manager", () => {
    const received = applied(
      restricted(),
      {
        kind: "lodgeAppeal",
        lodgedOn: date("2026-11-20"),
        grounds: "Unfair",
        receivedVia: { channel: "letter" },
      },
      HELPDESK,
      "2026-11-20",
    ).record;
    const passed = applied(
      received,
      { kind: "passAppeal", information: ["Appeal"] },
      HELPDESK,
      "2026-11-21",
    ).record;
    const amended = applied(
      passed,
      {
        kind: "decideAppeal",
        outcome: { kind: "amended", terms: { allowedChannels: ["letter"] } },
        reasons: "Shorter.",
      },
      DIRECTOR,
      "2026-11-27",
    ).record;
    for (const by of [DIRECTOR, HELPDESK, AD]) {
      expect(
        apply(amended, told({ at: at("2026-11-27", "15:00"), method: "letter" }), by, "2026-11-28")
          .ok,
      ).toBe(true);
    }
    expect(
      apply(
        amended,
        told({ at: at("2026-11-27", "15:00"), method: "letter" }),
        SOLICITOR,
        "2026-11-27",
      ).ok,
    ).toBe(false);
  });
});

describe("not telling the customer of a change made on review (5.2.6)", () => {
  it("binds the change from the decision not to tell, with the reasons kept", () => {
    const { record, events } = applied(
      extendedOnReview(),
      { kind: "recordNotice", notice: { kind: "notNotified", reason: " Would incite abuse. " } },
      SOLICITOR,
      "2026-11-11",
    );
    expect(record.entry.period?.notice).toEqual({
      kind: "notNotified",
      reason: "Would incite abuse.",
      decidedBy: SOLICITOR,
      decidedOn: "2026-11-11",
      decidedAt: noonOn("2026-11-11"),
    });
    expect(record.entry.superseded).toBeUndefined();
    expect(record.entry.appealBy).toBe("2026-12-09");
    expect(events[0]).toMatchObject({
      action: "decidedNotToNotify",
      summary:
        "Chris Ward, City Solicitor, decided not to tell the customer of the change made on review, as telling them could incite further unreasonable behaviour; it binds from now (5.2.6).",
    });
    const status = restrictionStatus(record.entry, at("2026-11-11", "12:00"), PORTSMOUTH_POLICY);
    expect(status).toMatchObject({ kind: "inForce", period: { number: 2 } });
    const earlier = restrictionStatus(record.entry, at("2026-11-11", "11:59"), PORTSMOUTH_POLICY);
    expect(earlier.kind).toBe("notInForce");
  });
});

describe("preparing the notice (5.2.4)", () => {
  it("records who prepared it and for whom; the notice is still to be given", () => {
    const { record, events } = applied(
      imposed(),
      { kind: "prepareNotice", giver: AD },
      HELPDESK,
      "2026-10-31",
    );
    expect(record.entry.period?.notice).toEqual({
      kind: "pending",
      prepared: { by: HELPDESK, at: noonOn("2026-10-31"), giver: AD },
    });
    expect(events[0]?.summary).toBe(
      "Helen Dunn, city helpdesk manager, prepared the notice of the restrictions decided on Friday 30 October 2026, for Alex Reed, assistant director of corporate services, to give (5.2.4).",
    );
    expect(restrictionStatus(record.entry, noonOn("2026-11-05"), PORTSMOUTH_POLICY)).toMatchObject({
      reason: "notYetTold",
    });
  });

  it("is not offered for immediate action, which needs no notice", () => {
    const acted = applied(
      restricted(),
      {
        kind: "takeImmediateAction",
        behaviour: "Threat",
        actions: ["refuseToEngage"],
        reasons: "Risk",
        reviewOn: date("2026-12-01"),
      },
      AD,
      "2026-11-03",
    ).record;
    const result = apply(acted, { kind: "prepareNotice", giver: AD }, HELPDESK, "2026-11-04");
    expect(!result.ok && result.error.message).toBe(
      "This is immediate action against a threat to staff: the customer need not be warned, so there is no notice to give (4).",
    );
  });
});
