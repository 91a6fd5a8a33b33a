import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand } from "./lifecycle";
import type { LodgeAppeal } from "./lifecycleCommands";
import { date } from "./testFixtures";
import {
  AD,
  DIRECTOR,
  HELPDESK,
  apply,
  applied,
  imposed,
  noonOn,
  restricted,
} from "./testScenario";
import type { CaseRecord } from "./types";

const appeal = (lodgedOn: string): LodgeAppeal => ({
  kind: "lodgeAppeal",
  lodgedOn: date(lodgedOn),
  grounds: "The restrictions are disproportionate.",
});

/** Told on 2 November 2026: day 28 of the window is 30 November. */
function appealed(): CaseRecord {
  return applied(restricted(), appeal("2026-11-20"), HELPDESK, "2026-11-20").record;
}

describe("lodging an appeal (5.2.7)", () => {
  it.each([
    ["2026-11-29", "day 27"],
    ["2026-11-30", "day 28"],
  ])("an appeal on %s (%s) is in time", (lodgedOn) => {
    const { record, events } = applied(restricted(), appeal(lodgedOn), HELPDESK, "2026-12-03");
    expect(record.entry.appeal).toEqual({
      status: "lodged",
      lodgedOn,
      grounds: "The restrictions are disproportionate.",
    });
    expect(events[0]?.action).toBe("appealLodged");
  });

  it("treats an appeal on day 29 as the customer's review request", () => {
    const { record, events } = applied(restricted(), appeal("2026-12-01"), HELPDESK, "2026-12-03");
    expect(record.entry.appeal).toEqual({ status: "none" });
    expect(record.entry.review).toEqual({
      status: "pending",
      requestedOn: "2026-12-01",
      by: "customer",
      grounds: "The restrictions are disproportionate.",
    });
    expect(record.entry.period?.customerReviewRequests).toEqual(["2026-12-01"]);
    expect(events[0]).toMatchObject({
      action: "lateAppealTreatedAsReview",
      summary:
        "The appeal window closed on Monday 30 November 2026, so the appeal of Tuesday 1 December 2026 is treated as the customer's review request (5.2.7, 5.2.6).",
    });
  });

  it("refuses a late appeal when the review request was already used, giving both dates", () => {
    const requested = applied(
      restricted(),
      { kind: "requestReview", requestedOn: date("2026-11-10"), grounds: "Please review." },
      HELPDESK,
      "2026-11-10",
    ).record;
    const decided = applied(
      requested,
      { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "No change." },
      HELPDESK,
      "2026-11-20",
    ).record;
    expect(apply(decided, appeal("2026-12-01"), HELPDESK, "2026-12-03")).toEqual({
      ok: false,
      error: {
        code: "appealWindowClosed",
        message:
          "The appeal window closed on Monday 30 November 2026 and the review request for this period was used on Tuesday 10 November 2026 (5.2.7, 5.2.6).",
      },
    });
  });

  it("refuses a late appeal while a review is under way", () => {
    const reviewing = applied(
      restricted(),
      { kind: "startReview", grounds: "Improvement." },
      HELPDESK,
      "2026-11-25",
    ).record;
    expect(apply(reviewing, appeal("2026-12-01"), HELPDESK, "2026-12-03")).toEqual({
      ok: false,
      error: {
        code: "appealWindowClosed",
        message:
          "The appeal window closed on Monday 30 November 2026 and a review is already under way (since Wednesday 25 November 2026): add the customer's points to it (5.2.7).",
      },
    });
  });

  it("refuses a late appeal when the configuration allows no review requests", () => {
    const config = { ...PORTSMOUTH_POLICY, customerReviewRequestsPerPeriod: 0 };
    const result = applyCommand(
      restricted(),
      appeal("2026-12-01"),
      HELPDESK,
      noonOn("2026-12-03"),
      config,
    );
    expect(!result.ok && result.error.message).toBe(
      "The appeal window closed on Monday 30 November 2026 and customer review requests are not available under this council's configuration (5.2.7, 5.2.6).",
    );
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
      appealed(),
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

describe("deciding an appeal (5.2.7)", () => {
  it("confirms the restrictions", () => {
    const { record, events } = applied(
      appealed(),
      { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "Proportionate." },
      DIRECTOR,
      "2026-11-27",
    );
    expect(record.entry.appeal).toEqual({
      status: "decided",
      lodgedOn: "2026-11-20",
      decidedOn: "2026-11-27",
      outcome: "confirmed",
    });
    expect(record.entry.stage).toBe("restricted");
    expect(events[0]).toMatchObject({
      action: "appealDecided",
      summary: "Appeal decided: restrictions confirmed (5.2.7).",
      detail: { outcome: "confirmed", lodgedOn: "2026-11-20", reasons: "Proportionate." },
    });
  });

  it("amends the restrictions into a new period, which can itself be appealed", () => {
    const { record } = applied(
      appealed(),
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
      period: { number: 2, start: "2026-11-27", end: "2026-12-31", notice: { kind: "pending" } },
      appeal: { status: "none" },
    });
  });

  it("refuses amended extreme measures nobody senior agreed", () => {
    const result = apply(
      appealed(),
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
      appealed(),
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
      appealed(),
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
      appealed(),
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
});
