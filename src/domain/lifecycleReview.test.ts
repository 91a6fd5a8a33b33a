import { describe, expect, it } from "vitest";
import type { DecideReview } from "./lifecycleCommands";
import { DEPUTY, date, unwrap } from "./testFixtures";
import {
  AD,
  HELPDESK,
  SERVICE_MANAGER,
  SOLICITOR,
  apply,
  applied,
  imposed,
  restricted,
  toldBy,
} from "./testScenario";
import type { CaseRecord } from "./types";

const REQUEST = {
  kind: "requestReview",
  requestedOn: date("2026-11-10"),
  grounds: "I have stopped emailing daily.",
  receivedVia: { channel: "email" },
} as const;

function decide(outcome: DecideReview["outcome"], consulted = [AD]): DecideReview {
  return { kind: "decideReview", consulted, outcome, reasons: "Reviewed the contact log." };
}

/** The customer asked on 10 November; recorded on 11 November. */
function reviewRequested(): CaseRecord {
  return applied(restricted(), REQUEST, HELPDESK, "2026-11-11").record;
}

describe("customer review requests (5.2.4, 5.2.6)", () => {
  it("records the request as the pending review and uses the period's one request", () => {
    const { record, events } = applied(restricted(), REQUEST, HELPDESK, "2026-11-11");
    expect(record.entry.review).toEqual({
      status: "pending",
      requestedOn: "2026-11-10",
      by: "customer",
      grounds: "I have stopped emailing daily.",
      receivedVia: { channel: "email" },
    });
    expect(record.entry.period?.customerReviewRequests).toEqual(["2026-11-10"]);
    expect(events[0]?.summary).toBe(
      "The customer requested a review on Tuesday 10 November 2026, in writing, by email (5.2.6).",
    );
  });

  it("refuses a second request in the same period, giving the date of the first", () => {
    const kept = applied(
      reviewRequested(),
      decide({ kind: "keep" }),
      HELPDESK,
      "2026-11-20",
    ).record;
    expect(
      apply(kept, { ...REQUEST, requestedOn: date("2026-12-01") }, HELPDESK, "2026-12-02"),
    ).toEqual({
      ok: false,
      error: {
        code: "reviewRequestUsed",
        message:
          "The customer has already requested a review in this restriction period (on Tuesday 10 November 2026); a review can be requested once in each period (5.2.6).",
      },
    });
  });

  it("refuses a request while a review is under way", () => {
    expect(apply(reviewRequested(), REQUEST, HELPDESK, "2026-11-12")).toEqual({
      ok: false,
      error: {
        code: "reviewPending",
        message: "A review is already under way, since Tuesday 10 November 2026 (5.2.6).",
      },
    });
  });
});

describe("council reviews (5.2.6)", () => {
  it("can start a review at any time", () => {
    const { record, events } = applied(
      restricted(),
      { kind: "startReview", grounds: "Behaviour has improved." },
      HELPDESK,
      "2026-12-14",
    );
    expect(record.entry.review).toEqual({
      status: "pending",
      requestedOn: "2026-12-14",
      by: "council",
      grounds: "Behaviour has improved.",
    });
    expect(record.entry.period?.customerReviewRequests).toEqual([]);
    expect(events[0]?.summary).toBe("Helen Dunn started a review of the restrictions (5.2.6).");
  });
});

describe("review decisions", () => {
  it("removes the restrictions, ending them today", () => {
    const { record, events } = applied(
      reviewRequested(),
      decide({ kind: "remove" }, [SOLICITOR]),
      HELPDESK,
      "2026-11-20",
    );
    expect(record.entry).toMatchObject({
      stage: "ended",
      endedOn: "2026-11-20",
      retainUntil: "2032-11-20",
      review: { status: "none" },
    });
    expect(events[0]).toMatchObject({
      action: "reviewDecided",
      summary: "Review decided: restrictions removed (5.2.6).",
      detail: { outcome: "remove", consulted: ["Chris Ward (City Solicitor)"] },
    });
  });

  it("keeps the restrictions unchanged", () => {
    const before = reviewRequested();
    const { record } = applied(before, decide({ kind: "keep" }), HELPDESK, "2026-11-20");
    expect(record.entry).toEqual({ ...before.entry, review: { status: "none" } });
  });

  it("extends into a new period with a fresh review request and appeal window", () => {
    const before = reviewRequested();
    const { record, events } = applied(
      before,
      decide({ kind: "extend", newEnd: date("2027-04-30") }),
      HELPDESK,
      "2026-12-01",
    );
    expect(record.entry).toMatchObject({
      stage: "restricted",
      reviewDue: "2027-04-30",
      review: { status: "none" },
      appeal: { status: "none" },
      period: {
        number: 2,
        start: "2026-12-01",
        end: "2027-04-30",
        decidedOn: "2026-12-01",
        decidedBy: HELPDESK,
        notice: { kind: "pending" },
        customerReviewRequests: [],
      },
    });
    expect(record.entry.appealBy).toBeUndefined();
    // Until the customer is told of the extension, the period they were told of binds (5.2.6).
    expect(record.entry.superseded).toEqual({
      terms: before.entry.terms,
      termsSummary: before.entry.termsSummary,
      period: before.entry.period,
      spoc: before.entry.spoc,
    });
    expect(events[0]?.summary).toBe(
      "Review decided: restrictions extended to Friday 30 April 2027; the extension binds once the customer is told (5.2.6).",
    );
    // The new period's request counts from its notice.
    const early = apply(
      record,
      { ...REQUEST, requestedOn: date("2026-12-10") },
      HELPDESK,
      "2026-12-10",
    );
    expect(!early.ok && early.error).toEqual({
      code: "notYetPossible",
      message:
        "The customer has not yet been told of the restrictions decided on Tuesday 1 December 2026; their request for a review counts from the notice (5.2.4, 5.2.6).",
    });
    const told = applied(record, toldBy("2026-12-02"), HELPDESK, "2026-12-02").record;
    expect(told.entry.superseded).toBeUndefined();
    const again = apply(
      told,
      { ...REQUEST, requestedOn: date("2026-12-10") },
      HELPDESK,
      "2026-12-10",
    );
    expect(again.ok).toBe(true);
  });

  it("starts the new period no earlier than the current one", () => {
    const early = applied(
      imposed(),
      { kind: "startReview", grounds: "New evidence." },
      HELPDESK,
      "2026-10-31",
    ).record;
    const { record } = applied(
      early,
      decide({ kind: "extend", newEnd: date("2027-03-31") }),
      HELPDESK,
      "2026-10-31",
    );
    expect(record.entry.period).toMatchObject({
      number: 2,
      start: "2026-11-02",
      end: "2027-03-31",
    });
  });

  it("refuses an extension that would end before the decision takes effect", () => {
    // Reviewed on 1 March 2027, after the old end (31 January) but before expiry was recorded.
    const late = applied(
      restricted(),
      { kind: "startReview", grounds: "End of period." },
      HELPDESK,
      "2027-03-01",
    ).record;
    expect(
      apply(late, decide({ kind: "extend", newEnd: date("2027-02-15") }), HELPDESK, "2027-03-01"),
    ).toEqual({
      ok: false,
      error: {
        code: "datesOutOfOrder",
        message:
          "The restrictions cannot end (Monday 15 February 2027) before they start (Monday 1 March 2027).",
      },
    });
  });

  it("refuses an extension that does not end after the current end", () => {
    expect(
      apply(
        reviewRequested(),
        decide({ kind: "extend", newEnd: date("2027-01-31") }),
        HELPDESK,
        "2026-12-01",
      ),
    ).toEqual({
      ok: false,
      error: {
        code: "datesOutOfOrder",
        message:
          "An extension must end after the current end date, Sunday 31 January 2027 (5.2.6).",
      },
    });
  });

  it("amends the terms into a new period, keeping the end unless a new one is given", () => {
    const { record, events } = applied(
      reviewRequested(),
      decide({
        kind: "amend",
        terms: { allowedChannels: ["letter"], spocOnly: true },
        deputy: DEPUTY,
      }),
      HELPDESK,
      "2026-12-01",
    );
    expect(record.entry).toMatchObject({
      terms: { allowedChannels: ["letter"], spocOnly: true },
      termsSummary:
        "Contact by letter only. Only with the SPOC, Priya Shah, or the deputy, Jordan Lee, in their absence.",
      deputy: DEPUTY,
      period: { number: 2, start: "2026-12-01", end: "2027-01-31" },
    });
    expect(events[0]?.summary).toBe(
      "Review decided: restrictions amended, until Sunday 31 January 2027; they bind once the customer is told (5.2.6).",
    );
  });

  it.each([
    [{ kind: "amend", terms: { extreme: { blockedChannels: ["phone"] } } }, false],
    [
      {
        kind: "amend",
        terms: { extreme: { blockedChannels: ["phone"] } },
        extremeAgreedBy: SOLICITOR,
      },
      true,
    ],
    [
      {
        kind: "amend",
        terms: { extreme: { blockedChannels: ["phone"] } },
        extremeAgreedBy: SERVICE_MANAGER,
      },
      false,
    ],
  ] as const)(
    "extreme amendments need the assistant director or City Solicitor to agree: %j",
    (outcome, allowed) => {
      const result = apply(reviewRequested(), decide(outcome), HELPDESK, "2026-12-01");
      expect(result.ok).toBe(allowed);
      if (!result.ok) {
        expect(result.error).toEqual({
          code: "wrongRole",
          message:
            "Extreme measures must be agreed by the assistant director of corporate services or the City Solicitor (or deputy) (5.2.5): record who agreed them.",
        });
      }
    },
  );

  it.each([
    [
      { kind: "amend", terms: {} },
      "noRestrictions",
      "The terms restrict nothing: set at least one restriction (5.2.3).",
    ],
    [
      { kind: "amend", terms: { allowedChannels: ["fax"] } },
      "invalidTerms",
      "terms.allowedChannels[0] must be one of email, phone, letter, inPerson, webForm, socialMedia.",
    ],
    [
      { kind: "amend", terms: { spocOnly: true }, newEnd: date("2026-11-30") },
      "datesOutOfOrder",
      "The restrictions cannot end (Monday 30 November 2026) before they start (Tuesday 1 December 2026).",
    ],
  ] as const)("refuses an amendment %j", (outcome, code, message) => {
    const result = apply(
      reviewRequested(),
      decide(outcome as DecideReview["outcome"]),
      HELPDESK,
      "2026-12-01",
    );
    expect(result).toEqual({ ok: false, error: { code, message } });
  });

  it("refuses an amendment limiting contact to a SPOC when none is named", () => {
    const base = reviewRequested();
    const noSpoc = { ...base, entry: { ...base.entry, spoc: undefined } };
    const result = apply(
      noSpoc,
      decide({ kind: "amend", terms: { spocOnly: true } }),
      HELPDESK,
      "2026-12-01",
    );
    expect(!result.ok && result.error.code).toBe("missingInformation");
    const named = apply(
      noSpoc,
      decide({ kind: "amend", terms: { spocOnly: true }, spoc: DEPUTY }),
      HELPDESK,
      "2026-12-01",
    );
    expect(unwrap(named).record.entry.spoc).toEqual(DEPUTY);
  });

  it("is decided in consultation with the assistant director or the City Solicitor", () => {
    expect(
      apply(reviewRequested(), decide({ kind: "keep" }, [SERVICE_MANAGER]), HELPDESK, "2026-11-20"),
    ).toEqual({
      ok: false,
      error: {
        code: "consultationIncomplete",
        message:
          "The review is decided in consultation with the assistant director of corporate services or the City Solicitor (or deputy): record who was consulted (5.2.6).",
      },
    });
  });
});
