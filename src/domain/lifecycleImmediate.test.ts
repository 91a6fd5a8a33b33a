import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import type { ImmediateActionInput, OpenImmediateCaseInput } from "./lifecycleCommands";
import { openImmediateCase } from "./lifecycleImmediate";
import { date, REF, unwrap } from "./testFixtures";
import {
  AD,
  HELPDESK,
  SOLICITOR,
  apply,
  applied,
  at,
  confirmed,
  noonOn,
  restricted,
} from "./testScenario";
import { restrictionStatus } from "./restrictionStatus";
import type { Actor } from "./types";
import { UNTIL_FURTHER_NOTICE } from "./wording";

const ACTION: ImmediateActionInput = {
  behaviour: "Threatened to harm an officer at the counter.",
  actions: ["policeReport", "refuseToEngage"],
  reasons: "Immediate risk to staff.",
  reviewOn: date("2026-12-01"),
  policeReference: "CAD 1234",
};

const NEW_CASE: OpenImmediateCaseInput = {
  ref: REF,
  customerName: "Rob Threat",
  serviceArea: "Housing",
  ...ACTION,
};

describe("immediate action on a new case (section 4)", () => {
  it("opens the case under restrictions at once, without step one or a notice", () => {
    const { record, events } = unwrap(
      openImmediateCase(NEW_CASE, SOLICITOR, noonOn("2026-11-03"), PORTSMOUTH_POLICY),
    );
    expect(record.entry).toMatchObject({
      stage: "restricted",
      terms: { extreme: { blockedChannels: ["phone", "email", "webForm", "socialMedia"] } },
      period: {
        number: 1,
        start: "2026-11-03",
        end: UNTIL_FURTHER_NOTICE,
        decidedAt: noonOn("2026-11-03"),
        origin: "immediate",
        notice: { kind: "notRequired" },
      },
      reviewDue: "2026-12-01",
      appealBy: "2026-12-01",
    });
    expect(record.file.stepOne).toBeUndefined();
    expect(record.file.immediateAction).toEqual({
      decidedAt: noonOn("2026-11-03"),
      decidedOn: "2026-11-03",
      decidedBy: SOLICITOR,
      behaviour: "Threatened to harm an officer at the counter.",
      actions: ["policeReport", "refuseToEngage"],
      reasons: "Immediate risk to staff.",
      reviewOn: "2026-12-01",
      policeReference: "CAD 1234",
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "immediateActionTaken",
      summary:
        "Chris Ward, City Solicitor, took immediate action against a threat to staff (4): reported to the police and refusing to engage with the customer. The customer is treated as blocked from now, without warning, until further notice; review on Tuesday 1 December 2026.",
      detail: { stageTo: "restricted", until: "until further notice" },
    });
    expect(events[0]?.detail).not.toHaveProperty("stageFrom");
    expect(restrictionStatus(record.entry, noonOn("2026-11-03"), PORTSMOUTH_POLICY).kind).toBe(
      "inForce",
    );
  });

  it("records chosen channels, premises and a last day, and ends on that day", () => {
    const { record } = unwrap(
      openImmediateCase(
        {
          ...NEW_CASE,
          actions: ["blockChannels", "barPremises"],
          blockedChannels: ["phone"],
          premises: "The Civic Offices",
          until: date("2026-12-31"),
          policeReference: undefined,
        },
        AD,
        noonOn("2026-11-03"),
        PORTSMOUTH_POLICY,
      ),
    );
    expect(record.entry.terms).toEqual({
      extreme: { blockedChannels: ["phone"], premisesRestriction: "The Civic Offices" },
    });
    expect(record.entry.period?.end).toBe("2026-12-31");
    expect(record.entry.termsSummary).toMatch(
      /^Immediate action against a threat to staff \(section 4\): no contact is answered, until the end of Thursday 31 December 2026\./,
    );
  });

  it.each<[string, Actor, Partial<OpenImmediateCaseInput>, string]>([
    [
      "by the helpdesk manager",
      HELPDESK,
      {},
      "Only the assistant director of corporate services or the City Solicitor (or deputy) can take immediate action against a threat to staff (4).",
    ],
    ["without a name", SOLICITOR, { customerName: " " }, "Give the customer's name."],
    [
      "without the service",
      SOLICITOR,
      { serviceArea: "" },
      "Give the service whose staff the behaviour threatened (4).",
    ],
    [
      "without the behaviour",
      SOLICITOR,
      { behaviour: "" },
      "Describe the behaviour that threatens the health, safety or wellbeing of staff (4).",
    ],
    [
      "without an action",
      SOLICITOR,
      { actions: [] },
      "Choose the action taken: a police report, legal action, refusing to engage, blocking channels or barring premises (4).",
    ],
    [
      "without reasons",
      SOLICITOR,
      { reasons: "" },
      "Give the reasons for the immediate action (4).",
    ],
    [
      "a review date in the past",
      SOLICITOR,
      { reviewOn: date("2026-11-02") },
      "The review date (Monday 2 November 2026) cannot be before today (Tuesday 3 November 2026).",
    ],
    [
      "a last day in the past",
      SOLICITOR,
      { until: date("2026-11-02") },
      "The action cannot end (Monday 2 November 2026) before it is taken (today, Tuesday 3 November 2026).",
    ],
    [
      "a review after the last day",
      SOLICITOR,
      { until: date("2026-11-20") },
      "The review (Tuesday 1 December 2026) must fall on or before the last day of the action (Friday 20 November 2026).",
    ],
    [
      "channels without blocking",
      SOLICITOR,
      { blockedChannels: ["phone"] },
      "Channels are blocked only when that action is chosen (4).",
    ],
    [
      "blocking letters",
      SOLICITOR,
      { actions: ["blockChannels"], blockedChannels: ["letter"] },
      "Only telephone and electronic contact can be blocked (5.2.5); refusing to engage covers letters and visits (4).",
    ],
    [
      "barring premises without saying which",
      SOLICITOR,
      { actions: ["barPremises"] },
      "Say which council premises the customer is barred from (4).",
    ],
  ])("refuses it %s", (_label, by, change, message) => {
    const result = openImmediateCase(
      { ...NEW_CASE, ...change },
      by,
      noonOn("2026-11-03"),
      PORTSMOUTH_POLICY,
    );
    expect(!result.ok && result.error.message).toBe(message);
  });
});

describe("immediate action on an open case (section 4)", () => {
  it("is taken at step one, without finishing it", () => {
    const { record, events } = applied(
      confirmed(),
      { kind: "takeImmediateAction", ...ACTION },
      AD,
      "2026-11-03",
    );
    expect(record.entry.stage).toBe("restricted");
    expect(record.file.stepOne?.agreement).toBe("pending");
    expect(events[0]?.detail).toMatchObject({ stageFrom: "stepOne", stageTo: "restricted" });
  });

  it("replaces restrictions in force with a new period binding at once", () => {
    const reviewing = applied(
      restricted(),
      { kind: "startReview", grounds: "x" },
      HELPDESK,
      "2026-11-09",
    ).record;
    const { record } = applied(
      reviewing,
      { kind: "takeImmediateAction", ...ACTION },
      SOLICITOR,
      "2026-11-10",
    );
    expect(record.entry.period).toMatchObject({ number: 2, origin: "immediate" });
    expect(record.entry.review).toEqual({ status: "none" });
    const status = restrictionStatus(record.entry, at("2026-11-10", "12:00"), PORTSMOUTH_POLICY);
    expect(status.kind === "inForce" && status.terms.extreme?.blockedChannels).toContain("letter");
  });

  it("is refused on a closed case, and to the director", () => {
    const closed = applied(
      confirmed(),
      { kind: "closeCase", reasons: "Resolved." },
      HELPDESK,
      "2026-10-05",
    ).record;
    const onClosed = apply(closed, { kind: "takeImmediateAction", ...ACTION }, AD, "2026-11-03");
    expect(!onClosed.ok && onClosed.error.code).toBe("wrongStage");
    const byDirector = apply(
      restricted(),
      { kind: "takeImmediateAction", ...ACTION },
      { ...AD, role: "director" },
      "2026-11-03",
    );
    expect(!byDirector.ok && byDirector.error.code).toBe("wrongRole");
  });

  it("cannot be expired while it runs until further notice: a review ends it", () => {
    const { record } = applied(
      restricted(),
      { kind: "takeImmediateAction", ...ACTION },
      AD,
      "2026-11-03",
    );
    const expired = apply(record, { kind: "expire" }, HELPDESK, "2027-06-01");
    expect(!expired.ok && expired.error.message).toBe(
      "This action runs until further notice: end it by a review (5.2.6).",
    );
    const reviewing = applied(
      record,
      { kind: "startReview", grounds: "Calmer" },
      HELPDESK,
      "2026-12-01",
    ).record;
    const removed = applied(
      reviewing,
      { kind: "decideReview", consulted: [AD], outcome: { kind: "remove" }, reasons: "Calmer." },
      HELPDESK,
      "2026-12-01",
    ).record;
    expect(removed.entry).toMatchObject({ stage: "ended", retainUntil: "2032-12-01" });
  });
});
