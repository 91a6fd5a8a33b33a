import type {
  Actor,
  BehaviourExample,
  CaseEvent,
  CaseRecord,
  CaseRef,
  LocalDate,
  Person,
  ReasonableAdjustment,
  RestrictionTerms,
} from "./types";

// What people can do to a case (section 5), as data. Dates that record something that
// happened outside the add-in (a letter sent, a request received) are given; the date of a
// decision taken in the add-in is "today".

/** 5.1: a manager raises a concern and starts step one. */
export type OpenCaseInput = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly serviceMostImpacted: string;
  readonly behaviourExamples: readonly BehaviourExample[];
  readonly behaviourDetail: string;
  /** 5.1: the customer is offered the chance to appoint a representative. */
  readonly representativeOffered: boolean;
  readonly representative?: Person;
  readonly proposedSpoc?: Person;
  /**
   * The proposed way forward in plain words. May be left empty when `proposedTerms` are given:
   * they are then written out in words.
   */
  readonly proposedArrangement: string;
  /** The proposed way forward as terms (SPOC, method, volume, days and times, own words). */
  readonly proposedTerms?: RestrictionTerms;
  readonly reasonableAdjustments?: readonly ReasonableAdjustment[];
};

/** 5.1: the concern "must be confirmed in writing". */
export type ConfirmInWriting = { readonly kind: "confirmInWriting"; readonly on: LocalDate };

/** 5.1: the customer's answer to the proposed arrangement. */
export type RecordAgreement = { readonly kind: "recordAgreement"; readonly agreed: boolean };

/** 5.2.1: referral to the city helpdesk manager, with the evidence. */
export type Refer = {
  readonly kind: "refer";
  readonly behaviour: string;
  readonly workUndertaken: string;
  readonly correspondence: readonly string[];
  /** Needed when referring from monitoring: the arrangement that was agreed. */
  readonly arrangement?: string;
  /** Needed when referring from monitoring: the monitoring evidence. */
  readonly monitoringEvidence?: string;
  /** Logged contacts the evidence draws on. */
  readonly contactCount: number;
};

/** 5.2.2: the helpdesk manager's decision. */
export type Assess = {
  readonly kind: "assess";
  readonly consulted: readonly Actor[];
  readonly unreasonable: boolean;
  readonly restrictionsNeeded: boolean;
  readonly reasons: string;
};

/** 5.2.3–5.2.5: restrictions for a first period. */
export type ImposeRestrictions = {
  readonly kind: "imposeRestrictions";
  readonly terms: RestrictionTerms;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly spoc?: Person;
  readonly deputy?: Person;
  readonly reasons: string;
  readonly proportionalityNote?: string;
};

/** 5.2.4, 5.2.6: the customer was told on a date, or (exceptionally) not told, with reasons. */
export type RecordNotice = {
  readonly kind: "recordNotice";
  readonly notice:
    | { readonly kind: "notified"; readonly on: LocalDate }
    | { readonly kind: "notNotified"; readonly reason: string };
};

/** 5.2.6: the customer's written request for a review, recorded by the helpdesk manager. */
export type RequestReview = {
  readonly kind: "requestReview";
  readonly requestedOn: LocalDate;
  readonly grounds: string;
};

/** 5.2.6: the council reviews on its own initiative. */
export type StartReview = { readonly kind: "startReview"; readonly grounds: string };

/** New terms agreed in a review or an appeal. Extreme terms need agreement under 5.2.5. */
export type AmendedTerms = {
  readonly terms: RestrictionTerms;
  readonly newEnd?: LocalDate;
  /** A new SPOC or deputy; the current ones stay otherwise. */
  readonly spoc?: Person;
  readonly deputy?: Person;
  /** The assistant director or City Solicitor who agreed extreme measures (5.2.5). */
  readonly extremeAgreedBy?: Actor;
};

export type ReviewOutcome =
  | { readonly kind: "remove" }
  | { readonly kind: "keep" }
  | { readonly kind: "extend"; readonly newEnd: LocalDate }
  | ({ readonly kind: "amend" } & AmendedTerms);

export type DecideReview = {
  readonly kind: "decideReview";
  readonly consulted: readonly Actor[];
  readonly outcome: ReviewOutcome;
  readonly reasons: string;
};

/** 5.2.7: an appeal, recorded by the helpdesk manager. */
export type LodgeAppeal = {
  readonly kind: "lodgeAppeal";
  readonly lodgedOn: LocalDate;
  readonly grounds: string;
};

export type AppealDecision =
  | { readonly kind: "confirmed" }
  | ({ readonly kind: "amended" } & AmendedTerms)
  | { readonly kind: "removed" };

export type DecideAppeal = {
  readonly kind: "decideAppeal";
  readonly outcome: AppealDecision;
  readonly reasons: string;
};

/** The restriction period is over: the restrictions end on its last day. */
export type Expire = { readonly kind: "expire" };

/** Close a case at step one or monitoring: the behaviour stopped or the concern fell away. */
export type CloseCase = { readonly kind: "closeCase"; readonly reasons: string };

export type LifecycleCommand =
  | ConfirmInWriting
  | RecordAgreement
  | Refer
  | Assess
  | ImposeRestrictions
  | RecordNotice
  | RequestReview
  | StartReview
  | DecideReview
  | LodgeAppeal
  | DecideAppeal
  | Expire
  | CloseCase;

export type CommandKind = LifecycleCommand["kind"];

/** The changed case and the audit events to append. */
export type CommandOutcome = {
  readonly record: CaseRecord;
  readonly events: readonly CaseEvent[];
};
