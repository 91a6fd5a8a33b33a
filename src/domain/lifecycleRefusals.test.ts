import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand } from "./lifecycle";
import type { LifecycleCommand, OpenCaseInput } from "./lifecycleCommands";
import { openCase } from "./lifecycleStepOne";
import { SPOC, date, unwrap } from "./testFixtures";
import {
  AD,
  ASSESSMENT,
  DIRECTOR,
  FRONTLINE,
  HELPDESK,
  IMPOSITION,
  OPEN_CASE,
  REFERRAL,
  SERVICE_MANAGER,
  SOLICITOR,
  apply,
  applied,
  assessed,
  confirmed,
  imposed,
  monitored,
  noonOn,
  opened,
  referred,
  restricted,
} from "./testScenario";
import type { Actor, BehaviourExample, CaseRecord } from "./types";

const LONG = "x".repeat(4001);

describe("openCase refusals", () => {
  it.each<[string, Actor, Partial<OpenCaseInput>, string, string]>([
    [
      "frontline staff",
      FRONTLINE,
      {},
      "wrongRole",
      "Only managers (the service manager or more senior) can raise a step-one concern (5.1).",
    ],
    [
      "no customer name",
      SERVICE_MANAGER,
      { customerName: " " },
      "missingInformation",
      "Give the customer's name.",
    ],
    [
      "no service",
      SERVICE_MANAGER,
      { serviceMostImpacted: "" },
      "missingInformation",
      "Give the service most impacted by the behaviour (5.1).",
    ],
    [
      "no behaviour example",
      SERVICE_MANAGER,
      { behaviourExamples: [] },
      "missingInformation",
      "Choose at least one example of the behaviour from the policy's list (4.1).",
    ],
    [
      "an unknown example",
      SERVICE_MANAGER,
      { behaviourExamples: ["shouting" as BehaviourExample] },
      "missingInformation",
      "Choose at least one example of the behaviour from the policy's list (4.1).",
    ],
    [
      "no proposed arrangement",
      SERVICE_MANAGER,
      { proposedArrangement: "" },
      "missingInformation",
      "Describe the way forward proposed to the customer (5.1).",
    ],
    [
      "an oversized description",
      SERVICE_MANAGER,
      { behaviourDetail: LONG },
      "tooLong",
      "Describe the behaviour, in at most 4000 characters (this is 4001).",
    ],
  ])("refuses %s", (_label, by, change, code, message) => {
    expect(
      openCase({ ...OPEN_CASE, ...change }, by, noonOn("2026-10-01"), PORTSMOUTH_POLICY),
    ).toEqual({
      ok: false,
      error: { code, message },
    });
  });
});

const closedCase = (): CaseRecord =>
  applied(opened(), { kind: "closeCase", reasons: "Resolved." }, SERVICE_MANAGER, "2026-10-10")
    .record;
const untold = (): CaseRecord =>
  applied(
    imposed(),
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    AD,
    "2026-11-03",
  ).record;
const noPeriod = (): CaseRecord => {
  const record = restricted();
  return { ...record, entry: { ...record.entry, period: undefined } };
};
const noStepOne = (): CaseRecord => {
  const record = opened();
  return { ...record, file: { ...record.file, stepOne: undefined } };
};

// [label, case, command, actor, day, code, message (or a part of it)]
type Refusal = [string, () => CaseRecord, LifecycleCommand, Actor, string, string, string];

const refusals: Refusal[] = [
  // Step one (5.1)
  [
    "confirm: frontline staff",
    opened,
    { kind: "confirmInWriting", on: date("2026-10-02") },
    FRONTLINE,
    "2026-10-02",
    "wrongRole",
    "Only managers (the service manager or more senior) can record that the concern was confirmed in writing (5.1).",
  ],
  [
    "confirm: while monitoring",
    monitored,
    { kind: "confirmInWriting", on: date("2026-10-02") },
    SERVICE_MANAGER,
    "2026-10-10",
    "wrongStage",
    "This case is being monitored under an agreed arrangement; to record that the concern was confirmed in writing, it must be at step one (5.1).",
  ],
  [
    "confirm: twice",
    confirmed,
    { kind: "confirmInWriting", on: date("2026-10-03") },
    SERVICE_MANAGER,
    "2026-10-03",
    "alreadyDone",
    "The concern was already confirmed in writing on Friday 2 October 2026.",
  ],
  [
    "confirm: no step-one record",
    noStepOne,
    { kind: "confirmInWriting", on: date("2026-10-02") },
    SERVICE_MANAGER,
    "2026-10-02",
    "incompleteRecord",
    "This case has no step-one record.",
  ],
  [
    "confirm: a future date",
    opened,
    { kind: "confirmInWriting", on: date("2026-10-05") },
    SERVICE_MANAGER,
    "2026-10-02",
    "dateInFuture",
    "The date of the written confirmation (Monday 5 October 2026) cannot be after today.",
  ],
  [
    "confirm: before the concern",
    opened,
    { kind: "confirmInWriting", on: date("2026-09-30") },
    SERVICE_MANAGER,
    "2026-10-02",
    "datesOutOfOrder",
    "The date of the written confirmation (Wednesday 30 September 2026) cannot be before the date the concern was raised (Thursday 1 October 2026).",
  ],
  [
    "agreement: before written confirmation",
    opened,
    { kind: "recordAgreement", agreed: true },
    SERVICE_MANAGER,
    "2026-10-02",
    "notYetPossible",
    "The step-one concern must first be confirmed to the customer in writing (5.1).",
  ],
  [
    "close: no reasons",
    opened,
    { kind: "closeCase", reasons: "  " },
    SERVICE_MANAGER,
    "2026-10-02",
    "missingInformation",
    "Give the reasons for closing the case.",
  ],
  [
    "close: under restrictions",
    restricted,
    { kind: "closeCase", reasons: "Done." },
    HELPDESK,
    "2026-12-01",
    "wrongStage",
    "This case is under restrictions; to close a case, it must be at step one or being monitored under an agreed arrangement (5.1).",
  ],
  [
    "close: already closed",
    closedCase,
    { kind: "closeCase", reasons: "Done." },
    SERVICE_MANAGER,
    "2026-10-20",
    "wrongStage",
    "This case is closed; to close a case, it must be at step one or being monitored under an agreed arrangement (5.1).",
  ],
  // Referral (5.2.1)
  [
    "refer: frontline staff",
    confirmed,
    REFERRAL,
    FRONTLINE,
    "2026-10-12",
    "wrongRole",
    "can refer a case (5.2.1).",
  ],
  [
    "refer: not confirmed in writing",
    opened,
    REFERRAL,
    SERVICE_MANAGER,
    "2026-10-12",
    "notYetPossible",
    "The step-one concern must first be confirmed to the customer in writing (5.1).",
  ],
  [
    "refer: already referred",
    referred,
    REFERRAL,
    SERVICE_MANAGER,
    "2026-10-13",
    "wrongStage",
    "This case is referred to the city helpdesk manager; to refer a case, it must be at step one or being monitored under an agreed arrangement (5.2.1).",
  ],
  [
    "refer: no behaviour",
    confirmed,
    { ...REFERRAL, behaviour: "" },
    SERVICE_MANAGER,
    "2026-10-12",
    "missingInformation",
    "Give details of the behaviour that is considered unreasonable (5.2.1).",
  ],
  [
    "refer: no work undertaken",
    confirmed,
    { ...REFERRAL, workUndertaken: "" },
    SERVICE_MANAGER,
    "2026-10-12",
    "missingInformation",
    "Describe the work the service has done to resolve the situation (5.2.1).",
  ],
  [
    "refer: no correspondence",
    confirmed,
    { ...REFERRAL, correspondence: [" "] },
    SERVICE_MANAGER,
    "2026-10-12",
    "missingInformation",
    "Include the correspondence with the customer about managing their contact: from 1 to 200 items (5.2.1).",
  ],
  [
    "refer: a broken contact count",
    confirmed,
    { ...REFERRAL, contactCount: 1.5 },
    SERVICE_MANAGER,
    "2026-10-12",
    "missingInformation",
    "The number of logged contacts must be a whole number.",
  ],
  [
    "refer from monitoring: no arrangement",
    monitored,
    { ...REFERRAL, monitoringEvidence: "Log", contactCount: 3 },
    SERVICE_MANAGER,
    "2026-10-20",
    "missingInformation",
    "Give details of the arrangement agreed with the customer (5.2.1).",
  ],
  [
    "refer from monitoring: no evidence",
    monitored,
    { ...REFERRAL, arrangement: "Weekly", contactCount: 3 },
    SERVICE_MANAGER,
    "2026-10-20",
    "missingInformation",
    "Give the evidence from monitoring the customer's contact (5.2.1).",
  ],
  [
    "refer from monitoring: no logged contact",
    monitored,
    { ...REFERRAL, arrangement: "Weekly", monitoringEvidence: "Log" },
    SERVICE_MANAGER,
    "2026-10-20",
    "missingInformation",
    "Monitoring evidence needs at least one logged contact; log the customer's contacts first (5.2.1).",
  ],
  // Assessment (5.2.2)
  [
    "assess: a service manager",
    referred,
    ASSESSMENT,
    SERVICE_MANAGER,
    "2026-10-20",
    "wrongRole",
    "Only the city helpdesk manager can assess a referral (5.2.2).",
  ],
  [
    "assess: the assistant director",
    referred,
    ASSESSMENT,
    AD,
    "2026-10-20",
    "wrongRole",
    "Only the city helpdesk manager can assess a referral (5.2.2).",
  ],
  [
    "assess: at step one",
    confirmed,
    ASSESSMENT,
    HELPDESK,
    "2026-10-20",
    "wrongStage",
    "This case is at step one; to assess a referral, it must be referred to the city helpdesk manager (5.2.2).",
  ],
  [
    "assess: without the assistant director",
    referred,
    { ...ASSESSMENT, consulted: [SERVICE_MANAGER, SOLICITOR] },
    HELPDESK,
    "2026-10-20",
    "consultationIncomplete",
    "The assessment is made in consultation with the assistant director of corporate services: record them among those consulted (5.2.2).",
  ],
  [
    "assess: no reasons",
    referred,
    { ...ASSESSMENT, reasons: "" },
    HELPDESK,
    "2026-10-20",
    "missingInformation",
    "Give the reasons for the assessment (5.2.2).",
  ],
  [
    "assess: oversized reasons",
    referred,
    { ...ASSESSMENT, reasons: LONG },
    HELPDESK,
    "2026-10-20",
    "tooLong",
    "Give the reasons for the assessment (5.2.2), in at most 4000 characters (this is 4001).",
  ],
  [
    "assess: restrictions without unreasonable behaviour",
    referred,
    { ...ASSESSMENT, unreasonable: false },
    HELPDESK,
    "2026-10-20",
    "inconsistentDecision",
    "Restrictions can only be needed when the behaviour is found unreasonable (5.2.2).",
  ],
  // Imposing (5.2.3–5.2.5)
  [
    "impose: a service manager",
    assessed,
    IMPOSITION,
    SERVICE_MANAGER,
    "2026-10-30",
    "wrongRole",
    "Only the city helpdesk manager, the assistant director of corporate services or the City Solicitor (or deputy) can impose restrictions (5.2.4, 5.2.5).",
  ],
  [
    "impose: before assessment",
    referred,
    IMPOSITION,
    AD,
    "2026-10-30",
    "wrongStage",
    "This case is referred to the city helpdesk manager; to impose restrictions, it must be assessed and awaiting restrictions (5.2.4, 5.2.5).",
  ],
  [
    "impose: extreme measures by the helpdesk manager",
    assessed,
    { ...IMPOSITION, terms: { extreme: { blockedChannels: ["phone"] } } },
    HELPDESK,
    "2026-10-30",
    "wrongRole",
    "Only the assistant director of corporate services or the City Solicitor (or deputy) can impose extreme measures (5.2.5).",
  ],
  [
    "impose: ordinary restrictions by the City Solicitor",
    assessed,
    IMPOSITION,
    SOLICITOR,
    "2026-10-30",
    "wrongRole",
    "Only the city helpdesk manager or the assistant director of corporate services can impose restrictions (5.2.4).",
  ],
  [
    "impose: terms that restrict nothing",
    assessed,
    { ...IMPOSITION, terms: { spocOnly: false } },
    AD,
    "2026-10-30",
    "noRestrictions",
    "The terms restrict nothing: set at least one restriction (5.2.3).",
  ],
  [
    "impose: invalid terms",
    assessed,
    { ...IMPOSITION, terms: { volumes: [{ max: 0, per: "week" }] } },
    AD,
    "2026-10-30",
    "invalidTerms",
    "terms.volumes[0].max must be a whole number from 1 to 1000.",
  ],
  [
    "impose: starting before the decision",
    assessed,
    IMPOSITION,
    AD,
    "2026-11-03",
    "datesOutOfOrder",
    "The restrictions cannot start (Monday 2 November 2026) before the decision is made (today, Tuesday 3 November 2026).",
  ],
  [
    "impose: ending before starting",
    assessed,
    { ...IMPOSITION, end: date("2026-11-01") },
    AD,
    "2026-10-30",
    "datesOutOfOrder",
    "The restrictions cannot end (Sunday 1 November 2026) before they start (Monday 2 November 2026).",
  ],
  [
    "impose: SPOC only without a SPOC",
    assessed,
    { ...IMPOSITION, spoc: undefined },
    AD,
    "2026-10-30",
    "missingInformation",
    "Name the SPOC: the terms limit contact to a single point of contact (5.2.3).",
  ],
  [
    "impose: the deputy is the SPOC",
    assessed,
    { ...IMPOSITION, deputy: { ...SPOC, name: "P. Shah" } },
    AD,
    "2026-10-30",
    "missingInformation",
    "The deputy must be someone other than the SPOC.",
  ],
  [
    "impose: no reasons",
    assessed,
    { ...IMPOSITION, reasons: "" },
    AD,
    "2026-10-30",
    "missingInformation",
    "Give the reasons for the restrictions (5.2.4).",
  ],
  [
    "impose: oversized proportionality note",
    assessed,
    { ...IMPOSITION, proportionalityNote: LONG },
    AD,
    "2026-10-30",
    "tooLong",
    "Explain why the restrictions are proportionate, in at most 4000 characters (this is 4001).",
  ],
  // Notice (5.2.4, 5.2.6)
  [
    "notice: frontline staff",
    imposed,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-11-02") } },
    FRONTLINE,
    "2026-11-02",
    "wrongRole",
    "Only the city helpdesk manager, the assistant director of corporate services or the City Solicitor (or deputy) can record how the customer was told of the decision (5.2.4, 5.2.6).",
  ],
  [
    "notice: before restrictions",
    assessed,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-11-02") } },
    HELPDESK,
    "2026-11-02",
    "wrongStage",
    "This case is assessed and awaiting restrictions; to record how the customer was told of the decision, it must be under restrictions (5.2.4, 5.2.6).",
  ],
  [
    "notice: recorded twice",
    restricted,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-11-03") } },
    HELPDESK,
    "2026-11-03",
    "alreadyDone",
    "The notice for this restriction period is already recorded: the customer was told on Monday 2 November 2026.",
  ],
  [
    "notice: recorded twice after deciding not to tell",
    untold,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-11-04") } },
    HELPDESK,
    "2026-11-04",
    "alreadyDone",
    "The notice for this restriction period is already recorded: the customer is not to be told (decided on Tuesday 3 November 2026).",
  ],
  [
    "notice: told before the decision",
    imposed,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-10-29") } },
    HELPDESK,
    "2026-11-02",
    "datesOutOfOrder",
    "The date the customer was told (Thursday 29 October 2026) cannot be before the decision (Friday 30 October 2026).",
  ],
  [
    "notice: not telling, by the helpdesk manager",
    imposed,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    HELPDESK,
    "2026-11-02",
    "wrongRole",
    "Only the assistant director of corporate services or the City Solicitor (or deputy) can decide not to tell the customer (5.2.6).",
  ],
  [
    "notice: not telling without reasons",
    imposed,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "" } },
    SOLICITOR,
    "2026-11-02",
    "missingInformation",
    "Record the reasons for not telling the customer (5.2.6).",
  ],
  [
    "notice: a record without a period",
    noPeriod,
    { kind: "recordNotice", notice: { kind: "notified", on: date("2026-11-02") } },
    HELPDESK,
    "2026-11-02",
    "incompleteRecord",
    "This case is under restrictions but has no terms or period recorded.",
  ],
  // Reviews (5.2.6)
  [
    "review request: a service manager",
    restricted,
    { kind: "requestReview", requestedOn: date("2026-11-10"), grounds: "Please" },
    SERVICE_MANAGER,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can record a customer's request for a review (5.2.6).",
  ],
  [
    "review request: at step one",
    confirmed,
    { kind: "requestReview", requestedOn: date("2026-10-10"), grounds: "Please" },
    HELPDESK,
    "2026-10-10",
    "wrongStage",
    "This case is at step one; to record a customer's request for a review, it must be under restrictions (5.2.6).",
  ],
  [
    "review request: no grounds",
    restricted,
    { kind: "requestReview", requestedOn: date("2026-11-10"), grounds: "" },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record why the customer considers a review is necessary (5.2.6).",
  ],
  [
    "review request: a future date",
    restricted,
    { kind: "requestReview", requestedOn: date("2026-11-11"), grounds: "Please" },
    HELPDESK,
    "2026-11-10",
    "dateInFuture",
    "The date of the request (Wednesday 11 November 2026) cannot be after today.",
  ],
  [
    "review request: before the decision",
    restricted,
    { kind: "requestReview", requestedOn: date("2026-10-01"), grounds: "Please" },
    HELPDESK,
    "2026-11-10",
    "datesOutOfOrder",
    "The date of the request (Thursday 1 October 2026) cannot be before the decision on these restrictions (Friday 30 October 2026).",
  ],
  [
    "council review: no grounds",
    restricted,
    { kind: "startReview", grounds: "" },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record why the council is reviewing the restrictions (5.2.6).",
  ],
  [
    "council review: by the City Solicitor",
    restricted,
    { kind: "startReview", grounds: "Check" },
    SOLICITOR,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can start a review (5.2.6).",
  ],
  [
    "review decision: none under way",
    restricted,
    { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "x" },
    HELPDESK,
    "2026-11-10",
    "notYetPossible",
    "There is no review under way to decide (5.2.6).",
  ],
  [
    "review decision: by the assistant director",
    restricted,
    { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "x" },
    AD,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can decide a review (5.2.6).",
  ],
  // Appeals (5.2.7)
  [
    "appeal: recorded by the director",
    restricted,
    { kind: "lodgeAppeal", lodgedOn: date("2026-11-10"), grounds: "Unfair" },
    DIRECTOR,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can record an appeal (5.2.7).",
  ],
  [
    "appeal: no grounds",
    restricted,
    { kind: "lodgeAppeal", lodgedOn: date("2026-11-10"), grounds: "" },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record why the customer disagrees with the decision (5.2.7).",
  ],
  [
    "appeal: before the decision",
    restricted,
    { kind: "lodgeAppeal", lodgedOn: date("2026-10-29"), grounds: "Unfair" },
    HELPDESK,
    "2026-11-10",
    "datesOutOfOrder",
    "The date of the appeal (Thursday 29 October 2026) cannot be before the decision on these restrictions (Friday 30 October 2026).",
  ],
  [
    "appeal decision: nothing lodged",
    restricted,
    { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "x" },
    DIRECTOR,
    "2026-11-10",
    "notYetPossible",
    "There is no appeal waiting for a decision (5.2.7).",
  ],
  [
    "appeal decision: by the helpdesk manager",
    restricted,
    { kind: "decideAppeal", outcome: { kind: "confirmed" }, reasons: "x" },
    HELPDESK,
    "2026-11-10",
    "wrongRole",
    "Only the director of corporate services can decide an appeal (5.2.7).",
  ],
  // Expiry
  [
    "expire: on the last day",
    restricted,
    { kind: "expire" },
    HELPDESK,
    "2027-01-31",
    "notYetPossible",
    "The restrictions run until Sunday 31 January 2027; they can be recorded as expired from Monday 1 February 2027.",
  ],
  [
    "expire: frontline staff",
    restricted,
    { kind: "expire" },
    FRONTLINE,
    "2027-02-01",
    "wrongRole",
    "Only managers (the service manager or more senior) can record that restrictions have expired (5.2.4, 6).",
  ],
];

describe("applyCommand refusals", () => {
  it.each(refusals)("refuses %s", (_label, record, command, by, day, code, message) => {
    const result = apply(record(), command, by, day);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(message);
  });

  it("refuses a decision on an appeal with no reasons, changing nothing", () => {
    const lodged = applied(
      restricted(),
      { kind: "lodgeAppeal", lodgedOn: date("2026-11-10"), grounds: "Unfair" },
      HELPDESK,
      "2026-11-10",
    ).record;
    const before = structuredClone(lodged);
    const result = apply(
      lodged,
      { kind: "decideAppeal", outcome: { kind: "removed" }, reasons: "" },
      DIRECTOR,
      "2026-11-12",
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "missingInformation",
        message: "Give the reasons for the appeal decision (5.2.7).",
      },
    });
    expect(lodged).toEqual(before);
  });

  it("refuses a review decision with no reasons", () => {
    const reviewing = applied(
      restricted(),
      { kind: "startReview", grounds: "Check" },
      HELPDESK,
      "2026-11-10",
    ).record;
    const result = apply(
      reviewing,
      { kind: "decideReview", consulted: [SOLICITOR], outcome: { kind: "keep" }, reasons: "" },
      HELPDESK,
      "2026-11-11",
    );
    expect(!result.ok && result.error.message).toBe(
      "Give the reasons for the review decision (5.2.6).",
    );
  });

  it.each([
    [2, "twice"],
    [3, "3 times"],
  ])("counts the requests a configuration allows (%i a period)", (limit, times) => {
    const config = { ...PORTSMOUTH_POLICY, customerReviewRequestsPerPeriod: limit };
    let record = restricted();
    for (const [index, day] of ["2026-11-10", "2026-11-20", "2026-11-30"]
      .slice(0, limit)
      .entries()) {
      const request = {
        kind: "requestReview",
        requestedOn: date(day),
        grounds: `Request ${index + 1}`,
      } as const;
      record = unwrap(applyCommand(record, request, HELPDESK, noonOn(day), config)).record;
      const keep = {
        kind: "decideReview",
        consulted: [AD],
        outcome: { kind: "keep" },
        reasons: "No change.",
      } as const;
      record = unwrap(applyCommand(record, keep, HELPDESK, noonOn(day), config)).record;
    }
    const another = {
      kind: "requestReview",
      requestedOn: date("2026-12-07"),
      grounds: "Again",
    } as const;
    const result = applyCommand(record, another, HELPDESK, noonOn("2026-12-07"), config);
    expect(!result.ok && result.error.message).toContain(
      `a review can be requested ${times} in each period (5.2.6)`,
    );
  });

  it("refuses review requests when the configuration allows none", () => {
    const config = { ...PORTSMOUTH_POLICY, customerReviewRequestsPerPeriod: 0 };
    const request = {
      kind: "requestReview",
      requestedOn: date("2026-11-10"),
      grounds: "Please",
    } as const;
    expect(applyCommand(restricted(), request, HELPDESK, noonOn("2026-11-10"), config)).toEqual({
      ok: false,
      error: {
        code: "reviewRequestUsed",
        message: "Customer review requests are not available under this council's configuration.",
      },
    });
  });

  it("uses the configured role titles", () => {
    const config = {
      ...PORTSMOUTH_POLICY,
      roleTitles: {
        ...PORTSMOUTH_POLICY.roleTitles,
        cityHelpdeskManager: "customer relations manager",
      },
    };
    const result = applyCommand(referred(), ASSESSMENT, AD, noonOn("2026-10-20"), config);
    expect(!result.ok && result.error.message).toBe(
      "Only the customer relations manager can assess a referral (5.2.2).",
    );
  });
});
