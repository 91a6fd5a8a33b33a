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
  BY_LETTER,
  apply,
  applied,
  at,
  toldBy,
  assessed,
  confirmed,
  imposed,
  monitored,
  noonOn,
  opened,
  referred,
  restricted,
} from "./testScenario";
import type { Actor, BehaviourExample, CaseRecord, Channel } from "./types";

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
/** Extended on a council review on 10 November 2026: the extension awaits its notice. */
const extended = (): CaseRecord => {
  const reviewing = applied(
    restricted(),
    { kind: "startReview", grounds: "More abuse" },
    HELPDESK,
    "2026-11-10",
  ).record;
  return applied(
    reviewing,
    {
      kind: "decideReview",
      consulted: [AD],
      outcome: { kind: "extend", newEnd: date("2027-04-30") },
      reasons: "Abuse continues.",
    },
    HELPDESK,
    "2026-11-10",
  ).record;
};
const untold = (): CaseRecord =>
  applied(
    extended(),
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    AD,
    "2026-11-11",
  ).record;
const noPeriod = (): CaseRecord => {
  const record = restricted();
  return { ...record, entry: { ...record.entry, period: undefined } };
};
const notAgreed = (): CaseRecord =>
  applied(confirmed(), { kind: "recordAgreement", agreed: false }, SERVICE_MANAGER, "2026-10-09")
    .record;
const confirmedWithoutOffer = (): CaseRecord => {
  const record = unwrap(
    openCase(
      { ...OPEN_CASE, representativeOffered: false },
      SERVICE_MANAGER,
      noonOn("2026-10-01"),
      PORTSMOUTH_POLICY,
    ),
  ).record;
  return applied(
    record,
    { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-02",
  ).record;
};
const imposedExtreme = (): CaseRecord =>
  applied(
    assessed(),
    { ...IMPOSITION, terms: { extreme: { blockedChannels: ["phone"] } } },
    AD,
    "2026-10-30",
  ).record;
const amendedOnAppeal = (): CaseRecord => {
  const lodged = applied(
    restricted(),
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-11-20"),
      grounds: "Unfair",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-20",
  ).record;
  const passed = applied(
    lodged,
    { kind: "passAppeal", information: ["Appeal"] },
    HELPDESK,
    "2026-11-23",
  ).record;
  return applied(
    passed,
    {
      kind: "decideAppeal",
      outcome: { kind: "amended", terms: { allowedChannels: ["letter"] } },
      reasons: "Shorter.",
    },
    DIRECTOR,
    "2026-11-27",
  ).record;
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
    { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_LETTER },
    FRONTLINE,
    "2026-10-02",
    "wrongRole",
    "Only managers (the service manager or more senior) can record that the concern was confirmed in writing (5.1).",
  ],
  [
    "confirm: while monitoring",
    monitored,
    { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-10",
    "wrongStage",
    "This case is being monitored under an agreed arrangement; to record that the concern was confirmed in writing, it must be at step one (5.1).",
  ],
  [
    "confirm: twice",
    confirmed,
    { kind: "confirmInWriting", on: date("2026-10-03"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-03",
    "alreadyDone",
    "The concern was already confirmed in writing on Friday 2 October 2026.",
  ],
  [
    "confirm: no step-one record",
    noStepOne,
    { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-02",
    "incompleteRecord",
    "This case has no step-one record.",
  ],
  [
    "confirm: a future date",
    opened,
    { kind: "confirmInWriting", on: date("2026-10-05"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-02",
    "dateInFuture",
    "The date of the written confirmation (Monday 5 October 2026) cannot be after today.",
  ],
  [
    "confirm: before the concern",
    opened,
    { kind: "confirmInWriting", on: date("2026-09-30"), via: BY_LETTER },
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
    "agreement: a second answer",
    notAgreed,
    { kind: "recordAgreement", agreed: true },
    SERVICE_MANAGER,
    "2026-10-12",
    "alreadyDone",
    "The customer's answer is already recorded on Friday 9 October 2026: they did not agree. Refer the case, or close it, as the answer requires (5.1).",
  ],
  [
    "confirm: by telephone, without the adjustment",
    opened,
    { kind: "confirmInWriting", on: date("2026-10-02"), via: { channel: "phone", adjustment: "" } },
    SERVICE_MANAGER,
    "2026-10-02",
    "missingInformation",
    "The confirmation arrived by telephone, not in writing: describe the reasonable adjustment that requires this (5.1).",
  ],
  [
    "representative: accepted without a name",
    opened,
    { kind: "recordRepresentativeOffer", offeredOn: date("2026-10-01"), answer: "accepted" },
    SERVICE_MANAGER,
    "2026-10-02",
    "missingInformation",
    "Give the name and email address of the representative the customer appointed (5.1).",
  ],
  [
    "representative: named though declined",
    opened,
    {
      kind: "recordRepresentativeOffer",
      offeredOn: date("2026-10-01"),
      answer: "declined",
      representative: SPOC,
    },
    SERVICE_MANAGER,
    "2026-10-02",
    "inconsistentDecision",
    "A representative is named only when the customer accepted the offer (5.1).",
  ],
  [
    "representative: offered before the concern",
    opened,
    { kind: "recordRepresentativeOffer", offeredOn: date("2026-09-30"), answer: "declined" },
    SERVICE_MANAGER,
    "2026-10-02",
    "datesOutOfOrder",
    "The date of the offer (Wednesday 30 September 2026) cannot be before the date the concern was raised (Thursday 1 October 2026).",
  ],
  [
    "representative: after referral",
    referred,
    { kind: "recordRepresentativeOffer", offeredOn: date("2026-10-01"), answer: "declined" },
    SERVICE_MANAGER,
    "2026-10-13",
    "wrongStage",
    "to record the offer of a representative, it must be at step one or being monitored under an agreed arrangement (5.1).",
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
    "This case is under restrictions; to close a case, it must be at step one, being monitored under an agreed arrangement, referred to the city helpdesk manager or assessed and awaiting restrictions (5.1, 5.2.2).",
  ],
  [
    "close: already closed",
    closedCase,
    { kind: "closeCase", reasons: "Done." },
    SERVICE_MANAGER,
    "2026-10-20",
    "wrongStage",
    "This case is closed; to close a case, it must be at step one, being monitored under an agreed arrangement, referred to the city helpdesk manager or assessed and awaiting restrictions (5.1, 5.2.2).",
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
    "refer: the offer of a representative not recorded",
    confirmedWithoutOffer,
    REFERRAL,
    SERVICE_MANAGER,
    "2026-10-12",
    "notYetPossible",
    "Record the offer of a representative first: at step one the customer is offered the opportunity to appoint one (5.1).",
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
    { ...ASSESSMENT, consulted: [{ ...SERVICE_MANAGER, on: date("2026-10-16") }, SOLICITOR] },
    HELPDESK,
    "2026-10-20",
    "consultationIncomplete",
    "The assessment is made in consultation with the assistant director of corporate services and the appropriate service manager: record the assistant director of corporate services among those consulted (5.2.2).",
  ],
  [
    "assess: without the service manager",
    referred,
    { ...ASSESSMENT, consulted: [{ ...AD, on: date("2026-10-15") }] },
    HELPDESK,
    "2026-10-20",
    "consultationIncomplete",
    "The assessment is made in consultation with the assistant director of corporate services and the appropriate service manager: record the service manager among those consulted (5.2.2).",
  ],
  [
    "assess: a consultation without its date",
    referred,
    { ...ASSESSMENT, consulted: [AD, { ...SERVICE_MANAGER, on: date("2026-10-16") }] },
    HELPDESK,
    "2026-10-20",
    "missingInformation",
    "Give the date Alex Reed was consulted (5.2.2).",
  ],
  [
    "assess: a consultation before the referral",
    referred,
    {
      ...ASSESSMENT,
      consulted: [
        { ...AD, on: date("2026-10-11") },
        { ...SERVICE_MANAGER, on: date("2026-10-16") },
      ],
    },
    HELPDESK,
    "2026-10-20",
    "datesOutOfOrder",
    "The date Alex Reed was consulted (Sunday 11 October 2026) cannot be before the referral (Monday 12 October 2026).",
  ],
  [
    "assess: a consultation in the future",
    referred,
    {
      ...ASSESSMENT,
      consulted: [
        { ...AD, on: date("2026-10-21") },
        { ...SERVICE_MANAGER, on: date("2026-10-16") },
      ],
    },
    HELPDESK,
    "2026-10-20",
    "dateInFuture",
    "The date Alex Reed was consulted (Wednesday 21 October 2026) cannot be after today.",
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
    toldBy("2026-11-02"),
    FRONTLINE,
    "2026-11-02",
    "wrongRole",
    "Only the city helpdesk manager, the assistant director of corporate services, the City Solicitor (or deputy) or the director of corporate services can record how the customer was told of the decision (5.2.4, 5.2.6).",
  ],
  [
    "notice of an imposition: given by the helpdesk manager",
    imposed,
    toldBy("2026-11-02"),
    HELPDESK,
    "2026-11-02",
    "noticeGivenByAnother",
    "Only the assistant director of corporate services can tell the customer of these restrictions and record it (5.2.4); the city helpdesk manager may prepare the notice for them.",
  ],
  [
    "notice of an imposition: given by the City Solicitor",
    imposed,
    toldBy("2026-11-02"),
    SOLICITOR,
    "2026-11-02",
    "noticeGivenByAnother",
    "Only the assistant director of corporate services can tell the customer of these restrictions and record it (5.2.4)",
  ],
  [
    "notice of extreme measures: given by the helpdesk manager",
    imposedExtreme,
    toldBy("2026-11-02"),
    HELPDESK,
    "2026-11-02",
    "noticeGivenByAnother",
    "Only the assistant director of corporate services or the City Solicitor (or deputy) can tell the customer of these restrictions and record it (5.2.5)",
  ],
  [
    "notice of an appeal outcome: given by the City Solicitor",
    amendedOnAppeal,
    toldBy("2026-11-30"),
    SOLICITOR,
    "2026-11-30",
    "noticeGivenByAnother",
    "Only the director of corporate services, the city helpdesk manager or the assistant director of corporate services can tell the customer of these restrictions and record it (5.2.7)",
  ],
  [
    "notice: before restrictions",
    assessed,
    toldBy("2026-11-02"),
    AD,
    "2026-11-02",
    "wrongStage",
    "This case is assessed and awaiting restrictions; to record how the customer was told of the decision, it must be under restrictions (5.2.4, 5.2.6).",
  ],
  [
    "notice: recorded twice",
    restricted,
    toldBy("2026-11-03"),
    AD,
    "2026-11-03",
    "alreadyDone",
    "The notice for this restriction period is already recorded: the customer was told on Monday 2 November 2026.",
  ],
  [
    "notice: recorded twice after deciding not to tell",
    untold,
    toldBy("2026-11-12"),
    HELPDESK,
    "2026-11-12",
    "alreadyDone",
    "The notice for this restriction period is already recorded: the customer is not to be told (decided on Wednesday 11 November 2026).",
  ],
  [
    "notice: told before the decision",
    imposed,
    {
      kind: "recordNotice",
      notice: { kind: "notified", at: at("2026-10-30", "11:59"), method: "letter" },
    },
    AD,
    "2026-11-02",
    "datesOutOfOrder",
    "The customer cannot have been told (11:59 on Friday 30 October 2026) before the decision was made (12:00 on Friday 30 October 2026).",
  ],
  [
    "notice: told later than now",
    imposed,
    {
      kind: "recordNotice",
      notice: { kind: "notified", at: at("2026-11-02", "12:01"), method: "letter" },
    },
    AD,
    "2026-11-02",
    "dateInFuture",
    "The time the customer was told (12:01 on Monday 2 November 2026) cannot be later than now.",
  ],
  [
    "notice: by telephone, not confirmed",
    imposed,
    {
      kind: "recordNotice",
      notice: { kind: "notified", at: at("2026-11-02", "10:00"), method: "phone" },
    },
    AD,
    "2026-11-02",
    "missingInformation",
    "Record how the notice was confirmed: in writing (the date), or as the customer's reasonable adjustment allows (5.2.4).",
  ],
  [
    "notice: confirmed in writing before it was given",
    imposed,
    {
      kind: "recordNotice",
      notice: {
        kind: "notified",
        at: at("2026-11-02", "10:00"),
        method: "phone",
        confirmation: { kind: "inWriting", on: date("2026-11-01") },
      },
    },
    AD,
    "2026-11-03",
    "datesOutOfOrder",
    "The date of the written confirmation (Sunday 1 November 2026) cannot be before the day the customer was told (Monday 2 November 2026).",
  ],
  [
    "notice: another way, without the adjustment",
    imposed,
    {
      kind: "recordNotice",
      notice: { kind: "notified", at: at("2026-11-02", "10:00"), method: "other", adjustment: " " },
    },
    AD,
    "2026-11-02",
    "missingInformation",
    "Describe the way the customer was told that their reasonable adjustment requires (5.2.4).",
  ],
  [
    "notice: not telling, for a first imposition",
    imposed,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    AD,
    "2026-11-02",
    "notAllowed",
    "Not telling the customer is allowed only for changes made on review (5.2.6): restrictions bind only once the customer has been told of them (5.2.4).",
  ],
  [
    "notice: not telling, for an appeal outcome",
    amendedOnAppeal,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    AD,
    "2026-11-30",
    "notAllowed",
    "Not telling the customer is allowed only for changes made on review (5.2.6): the outcome of an appeal is always communicated to the customer (5.2.7).",
  ],
  [
    "notice: not telling, by the helpdesk manager",
    extended,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "Risk" } },
    HELPDESK,
    "2026-11-11",
    "wrongRole",
    "Only the assistant director of corporate services or the City Solicitor (or deputy) can decide not to tell the customer (5.2.6).",
  ],
  [
    "notice: not telling without reasons",
    extended,
    { kind: "recordNotice", notice: { kind: "notNotified", reason: "" } },
    SOLICITOR,
    "2026-11-11",
    "missingInformation",
    "Record the reasons for not telling the customer (5.2.6).",
  ],
  [
    "notice: a record without a period",
    noPeriod,
    toldBy("2026-11-02"),
    AD,
    "2026-11-02",
    "incompleteRecord",
    "This case is under restrictions but has no terms or period recorded.",
  ],
  [
    "prepare the notice: the assistant director",
    imposed,
    { kind: "prepareNotice", giver: AD },
    AD,
    "2026-10-31",
    "wrongRole",
    "Only the city helpdesk manager can prepare the notice for the person who gives it (5.2.4).",
  ],
  [
    "prepare the notice: for someone who cannot give it",
    imposed,
    { kind: "prepareNotice", giver: SOLICITOR },
    HELPDESK,
    "2026-10-31",
    "wrongRole",
    "The notice of these restrictions is given by the assistant director of corporate services: prepare it for one of them (5.2.4).",
  ],
  [
    "prepare the notice: already given",
    restricted,
    { kind: "prepareNotice", giver: AD },
    HELPDESK,
    "2026-11-03",
    "alreadyDone",
    "The notice for this restriction period is already recorded: the customer was told on Monday 2 November 2026.",
  ],
  // Reviews (5.2.6)
  [
    "review request: a service manager",
    restricted,
    {
      kind: "requestReview",
      requestedOn: date("2026-11-10"),
      grounds: "Please",
      receivedVia: BY_LETTER,
    },
    SERVICE_MANAGER,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can record a customer's request for a review (5.2.6).",
  ],
  [
    "review request: at step one",
    confirmed,
    {
      kind: "requestReview",
      requestedOn: date("2026-10-10"),
      grounds: "Please",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-10-10",
    "wrongStage",
    "This case is at step one; to record a customer's request for a review, it must be under restrictions (5.2.6).",
  ],
  [
    "review request: no grounds",
    restricted,
    { kind: "requestReview", requestedOn: date("2026-11-10"), grounds: "", receivedVia: BY_LETTER },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record why the customer considers a review is necessary (5.2.6).",
  ],
  [
    "review request: a future date",
    restricted,
    {
      kind: "requestReview",
      requestedOn: date("2026-11-11"),
      grounds: "Please",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-10",
    "dateInFuture",
    "The date of the request (Wednesday 11 November 2026) cannot be after today.",
  ],
  [
    "review request: before the customer was told",
    restricted,
    {
      kind: "requestReview",
      requestedOn: date("2026-11-01"),
      grounds: "Please",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-10",
    "datesOutOfOrder",
    "The date of the request (Sunday 1 November 2026) cannot be before the day the customer was told of these restrictions (Monday 2 November 2026).",
  ],
  [
    "review request: the customer not yet told",
    imposed,
    {
      kind: "requestReview",
      requestedOn: date("2026-11-01"),
      grounds: "Please",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-01",
    "notYetPossible",
    "The customer has not yet been told of the restrictions decided on Friday 30 October 2026; their request for a review counts from the notice (5.2.4, 5.2.6).",
  ],
  [
    "review request: by telephone without an adjustment",
    restricted,
    {
      kind: "requestReview",
      requestedOn: date("2026-11-10"),
      grounds: "Please",
      receivedVia: { channel: "phone" },
    },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "The request arrived by telephone, not in writing: describe the reasonable adjustment that requires this (5.2.6).",
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
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-11-10"),
      grounds: "Unfair",
      receivedVia: BY_LETTER,
    },
    DIRECTOR,
    "2026-11-10",
    "wrongRole",
    "Only the city helpdesk manager can record an appeal (5.2.7).",
  ],
  [
    "appeal: no grounds",
    restricted,
    { kind: "lodgeAppeal", lodgedOn: date("2026-11-10"), grounds: "", receivedVia: BY_LETTER },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record why the customer disagrees with the decision (5.2.7).",
  ],
  [
    "appeal: before the decision",
    restricted,
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-10-29"),
      grounds: "Unfair",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-10",
    "datesOutOfOrder",
    "The date of the appeal (Thursday 29 October 2026) cannot be before the decision on these restrictions (Friday 30 October 2026).",
  ],
  [
    "appeal: no record of how it arrived",
    restricted,
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-11-10"),
      grounds: "Unfair",
      receivedVia: { channel: "fax" as Channel },
    },
    HELPDESK,
    "2026-11-10",
    "missingInformation",
    "Record how the appeal arrived (5.2.7).",
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
    const received = applied(
      restricted(),
      {
        kind: "lodgeAppeal",
        lodgedOn: date("2026-11-10"),
        grounds: "Unfair",
        receivedVia: BY_LETTER,
      },
      HELPDESK,
      "2026-11-10",
    ).record;
    const lodged = applied(
      received,
      { kind: "passAppeal", information: ["The appeal"] },
      HELPDESK,
      "2026-11-11",
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
        receivedVia: BY_LETTER,
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
      receivedVia: BY_LETTER,
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
      receivedVia: BY_LETTER,
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
