import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand, availableCommands } from "./lifecycle";
import type { DecideLateAppeal, LodgeAppeal, PassAppeal } from "./lifecycleCommands";
import { date } from "./testFixtures";
import {
  AD,
  BY_LETTER,
  DIRECTOR,
  HELPDESK,
  SERVICE_MANAGER,
  apply,
  applied,
  imposed,
  noonOn,
  restricted,
} from "./testScenario";
import type { Actor, CaseRecord } from "./types";

const GROUNDS = "The restrictions are disproportionate.";

const appeal = (lodgedOn: string, receivedVia = BY_LETTER): LodgeAppeal => ({
  kind: "lodgeAppeal",
  lodgedOn: date(lodgedOn),
  grounds: GROUNDS,
  receivedVia,
});

const PASS: PassAppeal = {
  kind: "passAppeal",
  information: [
    "Decision of 30 October 2026 and its reasons",
    "The customer's appeal letter",
    "Contact log since 2 November",
  ],
};

/** Told on 2 November 2026 (day 28 of the window is 30 November); appealed on 20 November. */
function appealed(): CaseRecord {
  return applied(restricted(), appeal("2026-11-20"), HELPDESK, "2026-11-20").record;
}

/** …and passed to the director on 23 November. */
function passed(): CaseRecord {
  return applied(appealed(), PASS, HELPDESK, "2026-11-23").record;
}

/** An appeal received on day 29, 1 December 2026. */
function late(): CaseRecord {
  return applied(restricted(), appeal("2026-12-01"), HELPDESK, "2026-12-03").record;
}

const lateChoice = (
  choice: DecideLateAppeal["choice"],
  asReviewRequest?: boolean,
): DecideLateAppeal => ({
  kind: "decideLateAppeal",
  choice,
  reasons: "Reasons given.",
  ...(asReviewRequest === undefined ? {} : { asReviewRequest }),
});

describe("receiving an appeal (5.2.7)", () => {
  it.each([
    ["2026-11-29", "day 27"],
    ["2026-11-30", "day 28"],
  ])("an appeal on %s (%s) is in time: it waits to be passed to the director", (lodgedOn) => {
    const { record, events } = applied(restricted(), appeal(lodgedOn), HELPDESK, "2026-12-03");
    expect(record.entry.appeal).toEqual({
      status: "lodged",
      lodgedOn,
      grounds: GROUNDS,
      receivedVia: { channel: "letter" },
    });
    expect(events[0]?.action).toBe("appealLodged");
  });

  it("records an appeal made another way, with the reasonable adjustment", () => {
    const { record, events } = applied(
      restricted(),
      appeal("2026-11-20", { channel: "inPerson", adjustment: "Cannot write: dyslexia" }),
      HELPDESK,
      "2026-11-20",
    );
    expect(record.entry.appeal).toMatchObject({
      receivedVia: { channel: "inPerson", adjustment: "Cannot write: dyslexia" },
    });
    expect(events[0]?.summary).toBe(
      "The customer appealed on Friday 20 November 2026, in person, as a reasonable adjustment requires (Cannot write: dyslexia); the city helpdesk manager gathers the information for the director of corporate services (5.2.7).",
    );
  });

  it("refuses an appeal by telephone without the reasonable adjustment that requires it", () => {
    expect(
      apply(restricted(), appeal("2026-11-20", { channel: "phone" }), HELPDESK, "2026-11-20"),
    ).toEqual({
      ok: false,
      error: {
        code: "missingInformation",
        message:
          "The appeal arrived by telephone, not in writing: describe the reasonable adjustment that requires this (5.2.7).",
      },
    });
  });

  it("holds an appeal on day 29 as late, for a person to choose; nothing happens by itself", () => {
    const { record, events } = applied(restricted(), appeal("2026-12-01"), HELPDESK, "2026-12-03");
    expect(record.entry.appeal).toEqual({
      status: "late",
      appealBy: "2026-11-30",
      lodgedOn: "2026-12-01",
      grounds: GROUNDS,
      receivedVia: { channel: "letter" },
    });
    expect(record.entry.review).toEqual({ status: "none" });
    expect(record.entry.period?.customerReviewRequests).toEqual([]);
    expect(events[0]).toMatchObject({
      action: "lateAppealReceived",
      summary:
        "The customer appealed on Tuesday 1 December 2026, in writing, by letter, after the last day (Monday 30 November 2026); the director of corporate services or the city helpdesk manager chooses whether to consider it or to refer the customer to review (5.2.7).",
    });
  });

  it("accepts an appeal before the notice is recorded: the window has not started", () => {
    const { record } = applied(imposed(), appeal("2026-12-20"), HELPDESK, "2026-12-20");
    expect(record.entry.appeal.status).toBe("lodged");
  });

  it("allows one appeal a period", () => {
    expect(apply(appealed(), appeal("2026-11-25"), HELPDESK, "2026-11-25")).toEqual({
      ok: false,
      error: {
        code: "appealAlreadyLodged",
        message:
          "An appeal against this restriction period was already lodged on Friday 20 November 2026; one appeal is allowed in each period (5.2.7).",
      },
    });
    const confirmed = applied(
      passed(),
      { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "Proportionate." },
      DIRECTOR,
      "2026-11-27",
    ).record;
    const again = apply(confirmed, appeal("2026-11-28"), HELPDESK, "2026-11-28");
    expect(!again.ok && again.error.message).toBe(
      "An appeal against this restriction period was already lodged on Friday 20 November 2026 and decided on Friday 27 November 2026; one appeal is allowed in each period (5.2.7).",
    );
  });
});

describe("a late appeal: the director or the helpdesk manager chooses (5.2.7)", () => {
  it.each<[string, Actor]>([
    ["the director", DIRECTOR],
    ["the helpdesk manager", HELPDESK],
  ])("%s may choose to consider it anyway; it then goes the usual way", (_who, by) => {
    const { record, events } = applied(late(), lateChoice("consider"), by, "2026-12-04");
    expect(record.entry.appeal).toEqual({
      status: "lodged",
      lodgedOn: "2026-12-01",
      grounds: GROUNDS,
      receivedVia: { channel: "letter" },
      late: {
        choice: "consider",
        reasons: "Reasons given.",
        by,
        on: "2026-12-04",
        appealBy: "2026-11-30",
      },
    });
    expect(events[0]?.action).toBe("lateAppealConsidered");
    const handed = applied(record, PASS, HELPDESK, "2026-12-05").record;
    expect(handed.entry.appeal.status).toBe("passed");
  });

  it("may refer the customer to review without using their review request", () => {
    const { record, events } = applied(late(), lateChoice("referToReview"), DIRECTOR, "2026-12-04");
    expect(record.entry.appeal).toMatchObject({
      status: "referredToReview",
      lodgedOn: "2026-12-01",
      decision: { choice: "referToReview", by: DIRECTOR, on: "2026-12-04" },
    });
    expect(record.entry.review).toEqual({ status: "none" });
    expect(record.entry.period?.customerReviewRequests).toEqual([]);
    expect(events[0]?.summary).toBe(
      "Dana Moss, director of corporate services, chose not to consider the late appeal of Tuesday 1 December 2026 and referred the customer to the review process (5.2.7, 5.2.6).",
    );
  });

  it("may take the appeal as the customer's review request, using the period's one", () => {
    const { record } = applied(late(), lateChoice("referToReview", true), HELPDESK, "2026-12-04");
    expect(record.entry.review).toEqual({
      status: "pending",
      requestedOn: "2026-12-01",
      by: "customer",
      grounds: GROUNDS,
      receivedVia: { channel: "letter" },
    });
    expect(record.entry.period?.customerReviewRequests).toEqual(["2026-12-01"]);
  });

  it("refuses to take it as a review request when the period's request was used", () => {
    const requested = applied(
      restricted(),
      {
        kind: "requestReview",
        requestedOn: date("2026-11-10"),
        grounds: "Please review.",
        receivedVia: BY_LETTER,
      },
      HELPDESK,
      "2026-11-10",
    ).record;
    const kept = applied(
      requested,
      { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "No change." },
      HELPDESK,
      "2026-11-20",
    ).record;
    const lateAgain = applied(kept, appeal("2026-12-01"), HELPDESK, "2026-12-03").record;
    expect(apply(lateAgain, lateChoice("referToReview", true), DIRECTOR, "2026-12-04")).toEqual({
      ok: false,
      error: {
        code: "reviewRequestUsed",
        message:
          "The appeal cannot be taken as the customer's review request: the review request for this period was used on Tuesday 10 November 2026 (5.2.6). Refer the customer to review without it, or consider the appeal.",
      },
    });
    // Referring without using a request is still open.
    expect(apply(lateAgain, lateChoice("referToReview"), DIRECTOR, "2026-12-04").ok).toBe(true);
  });

  it("refuses to take it as a review request while a review is under way", () => {
    const reviewing = applied(
      restricted(),
      { kind: "startReview", grounds: "Improvement." },
      HELPDESK,
      "2026-11-25",
    ).record;
    const lateAppeal = applied(reviewing, appeal("2026-12-01"), HELPDESK, "2026-12-03").record;
    const result = apply(lateAppeal, lateChoice("referToReview", true), HELPDESK, "2026-12-04");
    expect(!result.ok && result.error).toEqual({
      code: "reviewPending",
      message:
        "A review is already under way (since Wednesday 25 November 2026): add the customer's points to it rather than taking the appeal as a request (5.2.6).",
    });
  });

  it("refuses the choice without reasons, to other roles, and with no late appeal", () => {
    const noReasons = apply(
      late(),
      { ...lateChoice("consider"), reasons: " " },
      DIRECTOR,
      "2026-12-04",
    );
    expect(!noReasons.ok && noReasons.error.message).toBe(
      "Give the reasons for the choice (5.2.7).",
    );
    const wrongRole = apply(late(), lateChoice("consider"), AD, "2026-12-04");
    expect(!wrongRole.ok && wrongRole.error.message).toBe(
      "Only the director of corporate services or the city helpdesk manager can decide what happens to a late appeal (5.2.7).",
    );
    const inTime = apply(appealed(), lateChoice("consider"), DIRECTOR, "2026-12-04");
    expect(!inTime.ok && inTime.error.message).toBe(
      "There is no late appeal waiting for that choice (5.2.7).",
    );
  });

  it("is not passed on or decided before the choice", () => {
    const pass = apply(late(), PASS, HELPDESK, "2026-12-04");
    const decide = apply(
      late(),
      { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "Late." },
      DIRECTOR,
      "2026-12-04",
    );
    const message =
      "The appeal arrived after the last day, Monday 30 November 2026: the director of corporate services or the city helpdesk manager must first choose to consider it anyway or to refer the customer to the review process (5.2.7).";
    expect(!pass.ok && pass.error.message).toBe(message);
    expect(!decide.ok && decide.error.message).toBe(message);
  });

  it("offers the choice to the director and the helpdesk manager only", () => {
    const now = noonOn("2026-12-04");
    expect(availableCommands(late(), DIRECTOR, now, PORTSMOUTH_POLICY)).toEqual([
      "decideLateAppeal",
    ]);
    expect(availableCommands(late(), HELPDESK, now, PORTSMOUTH_POLICY)).toContain(
      "decideLateAppeal",
    );
    expect(availableCommands(late(), AD, now, PORTSMOUTH_POLICY)).not.toContain("decideLateAppeal");
  });
});

describe("passing the appeal to the director (5.2.7)", () => {
  it("records what was passed, by whom and when", () => {
    const { record, events } = applied(
      appealed(),
      { kind: "passAppeal", information: [" Decision and reasons ", "", "Appeal letter"] },
      HELPDESK,
      "2026-11-23",
    );
    expect(record.entry.appeal).toEqual({
      status: "passed",
      lodgedOn: "2026-11-20",
      grounds: GROUNDS,
      receivedVia: { channel: "letter" },
      passedOn: "2026-11-23",
      passedBy: HELPDESK,
      information: ["Decision and reasons", "Appeal letter"],
    });
    expect(events[0]?.summary).toBe(
      "Helen Dunn, city helpdesk manager, passed the appeal of Friday 20 November 2026 and 2 items of information to the director of corporate services (5.2.7).",
    );
  });

  it.each<[string, Actor, PassAppeal, string]>([
    [
      "nothing listed",
      HELPDESK,
      { kind: "passAppeal", information: [" "] },
      "List what is passed to the director of corporate services: from 1 to 200 items, such as the decision, its reasons and the customer's appeal (5.2.7).",
    ],
    [
      "by the service manager",
      SERVICE_MANAGER,
      PASS,
      "Only the city helpdesk manager can pass an appeal to the director (5.2.7).",
    ],
    [
      "by the director",
      DIRECTOR,
      PASS,
      "Only the city helpdesk manager can pass an appeal to the director (5.2.7).",
    ],
  ])("refuses it: %s", (_label, by, command, message) => {
    const result = apply(appealed(), command, by, "2026-11-23");
    expect(!result.ok && result.error.message).toBe(message);
  });

  it("refuses a decision before the appeal is passed on", () => {
    const result = apply(
      appealed(),
      { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "Proportionate." },
      DIRECTOR,
      "2026-11-27",
    );
    expect(!result.ok && result.error).toEqual({
      code: "notYetPossible",
      message:
        "The city helpdesk manager gathers the information and passes the appeal to the director of corporate services; it has not been passed on yet (5.2.7).",
    });
  });
});

describe("deciding an appeal (5.2.7)", () => {
  it("confirms the restrictions", () => {
    const { record, events } = applied(
      passed(),
      { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "Proportionate." },
      DIRECTOR,
      "2026-11-27",
    );
    expect(record.entry.appeal).toEqual({
      status: "decided",
      lodgedOn: "2026-11-20",
      decidedOn: "2026-11-27",
      outcome: "confirmed",
      decidedBy: DIRECTOR,
    });
    expect(record.entry.stage).toBe("restricted");
    expect(events[0]).toMatchObject({
      action: "appealDecided",
      summary:
        "Appeal decided by Dana Moss, director of corporate services: restrictions confirmed (5.2.7).",
      detail: { outcome: "confirmed", lodgedOn: "2026-11-20", reasons: "Proportionate." },
    });
  });

  it("amends into a new period that binds once the customer is told; until then the old terms do", () => {
    const before = passed();
    const { record } = applied(
      before,
      {
        kind: "decideAppeal",
        outcome: {
          kind: "amended",
          terms: { allowedChannels: ["email", "letter"] },
          newEnd: date("2026-12-31"),
        },
        reasons: "Too long.",
      },
      DIRECTOR,
      "2026-11-27",
    );
    expect(record.entry).toMatchObject({
      stage: "restricted",
      terms: { allowedChannels: ["email", "letter"] },
      period: {
        number: 2,
        origin: "appeal",
        start: "2026-11-27",
        end: "2026-12-31",
        notice: { kind: "pending" },
      },
      appeal: { status: "none" },
      superseded: { terms: before.entry.terms, period: before.entry.period },
    });
  });

  it("refuses amended extreme measures nobody senior agreed", () => {
    const result = apply(
      passed(),
      {
        kind: "decideAppeal",
        outcome: { kind: "amended", terms: { extreme: { blockedChannels: ["phone"] } } },
        reasons: "Threats.",
      },
      DIRECTOR,
      "2026-11-27",
    );
    expect(!result.ok && result.error.code).toBe("wrongRole");
    const agreed = apply(
      passed(),
      {
        kind: "decideAppeal",
        outcome: {
          kind: "amended",
          terms: { extreme: { blockedChannels: ["phone"] } },
          extremeAgreedBy: AD,
        },
        reasons: "Threats.",
      },
      DIRECTOR,
      "2026-11-27",
    );
    expect(agreed.ok).toBe(true);
  });

  it("refuses amended terms that end before the new period starts", () => {
    const result = apply(
      passed(),
      {
        kind: "decideAppeal",
        outcome: { kind: "amended", terms: { spocOnly: true }, newEnd: date("2026-11-26") },
        reasons: "Shorter.",
      },
      DIRECTOR,
      "2026-11-27",
    );
    expect(!result.ok && result.error.code).toBe("datesOutOfOrder");
  });

  it("removes the restrictions, ending them today", () => {
    const { record } = applied(
      passed(),
      { kind: "decideAppeal", outcome: { kind: "removed" }, reasons: "Not proportionate." },
      DIRECTOR,
      "2026-11-27",
    );
    expect(record.entry).toMatchObject({
      stage: "ended",
      endedOn: "2026-11-27",
      retainUntil: "2032-11-27",
      appeal: { status: "decided", outcome: "removed", decidedOn: "2026-11-27" },
    });
  });

  it("uses the configured appeal window", () => {
    const config = { ...PORTSMOUTH_POLICY, appealWindowDays: 14 };
    const result = applyCommand(
      restricted(),
      appeal("2026-11-17"),
      HELPDESK,
      noonOn("2026-11-17"),
      config,
    );
    expect(result.ok && result.value.record.entry.appeal.status).toBe("late");
  });
});
