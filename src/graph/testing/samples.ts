/** Domain values for unit tests: one of everything, every optional part filled in. */
import type { NewContact } from "../../app/ports";
import type {
  Actor,
  CaseFile,
  CaseRef,
  EmailAddress,
  LocalDate,
  RegisterEntry,
  TimeOfDay,
} from "../../domain/types";

export const REF = "UCB-2026-7KQ2MX" as CaseRef;
export const date = (d: string) => d as LocalDate;
export const address = (a: string) => a as EmailAddress;
export const time = (t: string) => t as TimeOfDay;

export const JORDAN: Actor = {
  name: "Jordan Lee",
  email: address("jordan.lee@council.example"),
  role: "cityHelpdeskManager",
};
export const MORGAN: Actor = {
  name: "Morgan Blake",
  email: address("morgan.blake@council.example"),
  role: "assistantDirector",
};

export const RESTRICTED_ENTRY: RegisterEntry = {
  ref: REF,
  customerName: "Zoë O'Brien",
  stage: "restricted",
  serviceArea: "Housing",
  spoc: { name: "Priya Shah", email: address("priya.shah@council.example") },
  deputy: { name: "Alex Morgan", email: address("alex.morgan@council.example") },
  representative: { name: "Sam Patel", email: address("sam.patel@advocacy.example") },
  terms: {
    allowedChannels: ["email", "letter"],
    contactWindows: [{ days: [1, 3], from: time("10:00"), to: time("12:00") }],
    volumes: [{ max: 1, per: "week", channels: ["email"] }],
    spocOnly: true,
  },
  termsSummary: "One email a week to Priya Shah, Monday or Wednesday mornings.",
  period: {
    number: 2,
    start: date("2026-03-30"),
    end: date("2026-09-29"),
    decidedOn: date("2026-03-27"),
    decidedBy: MORGAN,
    notice: {
      kind: "notNotified",
      reason: "Contact could incite further behaviour.",
      decidedBy: MORGAN,
      decidedOn: date("2026-03-28"),
    },
    customerReviewRequests: [date("2026-04-14")],
  },
  review: {
    status: "pending",
    requestedOn: date("2026-04-14"),
    by: "customer",
    grounds: "Circumstances changed.",
  },
  appeal: {
    status: "lodged",
    lodgedOn: date("2026-04-10"),
    grounds: "Disagrees with the decision.",
  },
  reviewDue: date("2026-06-29"),
  appealBy: date("2026-04-24"),
  retainUntil: date("2032-09-29"),
};

export const STEP_ONE_ENTRY: RegisterEntry = {
  ref: "UCB-2026-AB12CD" as CaseRef,
  customerName: "Kim Hart",
  stage: "stepOne",
  serviceArea: "Parking",
  review: { status: "none" },
  appeal: { status: "none" },
};

export const CASE_FILE: CaseFile = {
  ref: REF,
  stepOne: {
    raisedOn: date("2026-01-12"),
    raisedBy: {
      name: "Priya Shah",
      email: address("priya.shah@council.example"),
      role: "serviceManager",
    },
    serviceMostImpacted: "Housing",
    behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
    behaviourDetail: "Eight emails a day to several officers.",
    representativeOffered: true,
    proposedSpoc: { name: "Priya Shah", email: address("priya.shah@council.example") },
    proposedArrangement: "One email a week to the SPOC.",
    confirmedInWritingOn: date("2026-01-13"),
    agreement: "notAgreed",
    agreementRecordedOn: date("2026-01-20"),
  },
  referral: {
    referredOn: date("2026-02-02"),
    referredBy: {
      name: "Priya Shah",
      email: address("priya.shah@council.example"),
      role: "serviceManager",
    },
    behaviour: "Continued daily emails.",
    workUndertaken: "Step-one letter and a meeting.",
    correspondence: ["Letter 13 January 2026"],
    monitoringEvidence: "41 contacts in 3 weeks.",
    contactCount: 41,
  },
  assessment: {
    decidedOn: date("2026-02-20"),
    decidedBy: JORDAN,
    consulted: [MORGAN],
    unreasonable: true,
    restrictionsNeeded: true,
    reasons: "Volume diverts the housing team.",
  },
  reasonableAdjustments: [{ description: "Prefers large print", requiresChannels: ["letter"] }],
  proportionalityNote: "Email stays open once a week.",
  lawfulBasis: "Public task (UK GDPR 6(1)(e)).",
};

export const CONTACT: NewContact = {
  clientId: "call-1",
  ref: REF,
  at: new Date("2026-06-15T09:30:00Z"),
  channel: "email",
  direction: "inbound",
  from: address("zoe.obrien@example.org"),
  to: [address("priya.shah@council.example"), address("housing@council.example")],
  staff: address("alex.morgan@council.example"),
  subject: "Repairs again",
  messageId: "<abc123@mail.example.org>",
  verdict: "outsideTerms",
  reasons: ["overVolume", "notToSpoc"],
};

export const CHRIS_AS_DEPUTY: Actor = {
  name: "Sam Rivers",
  email: address("sam.rivers@council.example"),
  role: "citySolicitor",
  asDeputy: true,
};

/**
 * Everything this release adds: a change on appeal decided at an instant and awaiting its
 * notice (prepared by the helpdesk manager), the period the customer was told of still binding,
 * a review request made by telephone as an adjustment requires, and an appeal passed on.
 */
export const AWAITING_NOTICE_ENTRY: RegisterEntry = {
  ...RESTRICTED_ENTRY,
  terms: { allowedChannels: ["letter"] },
  termsSummary: "Contact by letter only.",
  period: {
    number: 3,
    start: date("2026-05-04"),
    end: date("2026-09-29"),
    decidedOn: date("2026-05-04"),
    decidedAt: new Date("2026-05-04T13:15:00Z"),
    decidedBy: { ...MORGAN, name: "Dana Whitfield", role: "director" },
    origin: "appeal",
    notice: {
      kind: "pending",
      prepared: { by: JORDAN, at: new Date("2026-05-05T08:00:00Z"), giver: MORGAN },
    },
    customerReviewRequests: [],
  },
  superseded: {
    terms: { allowedChannels: ["email", "letter"], spocOnly: true },
    termsSummary: "Contact by email or letter, to the SPOC only.",
    period: {
      number: 2,
      start: date("2026-03-30"),
      end: date("2026-09-29"),
      decidedOn: date("2026-03-27"),
      decidedAt: new Date("2026-03-27T10:00:00Z"),
      decidedBy: CHRIS_AS_DEPUTY,
      origin: "review",
      notice: {
        kind: "notified",
        on: date("2026-03-30"),
        at: new Date("2026-03-30T08:45:00Z"),
        method: "other",
        adjustment: "Read aloud at home visit",
        confirmation: { kind: "adjustment", how: "Audio recording posted" },
        givenBy: CHRIS_AS_DEPUTY,
      },
      customerReviewRequests: [date("2026-04-14")],
    },
    spoc: { name: "Priya Shah", email: address("priya.shah@council.example") },
  },
  review: {
    status: "pending",
    requestedOn: date("2026-04-14"),
    by: "customer",
    grounds: "Circumstances changed.",
    receivedVia: { channel: "phone", adjustment: "Cannot write" },
  },
  appeal: { status: "none" },
  appealBy: undefined,
};

export const PASSED_APPEAL: RegisterEntry["appeal"] = {
  status: "passed",
  lodgedOn: date("2026-05-06"),
  grounds: "Disagrees.",
  receivedVia: { channel: "email" },
  late: {
    choice: "consider",
    reasons: "Customer was in hospital.",
    by: JORDAN,
    on: date("2026-05-07"),
    appealBy: date("2026-05-01"),
  },
  passedOn: date("2026-05-08"),
  passedBy: JORDAN,
  information: ["Decision of 27 March", "Appeal email"],
};

export const IMMEDIATE_FILE: CaseFile = {
  ref: REF,
  reasonableAdjustments: [],
  immediateAction: {
    decidedAt: new Date("2026-06-01T14:20:00Z"),
    decidedOn: date("2026-06-01"),
    decidedBy: CHRIS_AS_DEPUTY,
    behaviour: "Threatened to harm a member of staff at the counter.",
    actions: ["policeReport", "refuseToEngage", "barPremises"],
    reasons: "Immediate risk to staff.",
    reviewOn: date("2026-07-01"),
    premises: "Civic Offices",
    policeReference: "CAD 1234",
  },
};
