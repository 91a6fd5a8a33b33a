import type {
  Actor,
  BehaviourExample,
  CaseEvent,
  CaseRecord,
  CaseRef,
  Channel,
  Consulted,
  ImmediateActionKind,
  LocalDate,
  Means,
  NoticeConfirmation,
  NoticeMethod,
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

/**
 * 5.1: the concern "must be confirmed in writing or in such a way as to accommodate any
 * reasonable adjustment": the date, and how it went (a letter or email, or another way with
 * the adjustment that requires it).
 */
export type ConfirmInWriting = {
  readonly kind: "confirmInWriting";
  readonly on: LocalDate;
  readonly via: Means;
};

/**
 * 5.1: "the customer will be offered the opportunity to appoint a representative": when, and
 * the answer. An accepted offer names the representative, who goes on the case.
 */
export type RecordRepresentativeOffer = {
  readonly kind: "recordRepresentativeOffer";
  readonly offeredOn: LocalDate;
  readonly answer: "pending" | "accepted" | "declined";
  readonly representative?: Person;
};

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

/**
 * 5.2.2: the helpdesk manager's decision, in consultation with the assistant director and the
 * appropriate service manager, each recorded with the date.
 */
export type Assess = {
  readonly kind: "assess";
  readonly consulted: readonly Consulted[];
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

/**
 * 5.2.4: the customer was told: when (date and time), how, and how it was confirmed in writing
 * (a letter or email confirms itself) or as a reasonable adjustment allows. The one recording
 * it is the one who told them.
 */
export type NoticeGiven = {
  readonly kind: "notified";
  readonly at: Date;
  readonly method: NoticeMethod;
  /** For method "other": the way a reasonable adjustment requires. */
  readonly adjustment?: string;
  /** Needed unless the notice was itself a letter or an email. */
  readonly confirmation?: NoticeConfirmation;
};

/** 5.2.4, 5.2.6: the customer was told, or (a change on review only) is not to be told. */
export type RecordNotice = {
  readonly kind: "recordNotice";
  readonly notice: NoticeGiven | { readonly kind: "notNotified"; readonly reason: string };
};

/** 5.2.4: the helpdesk manager prepares the notice for the person who is to give it. */
export type PrepareNotice = { readonly kind: "prepareNotice"; readonly giver: Actor };

/**
 * 5.2.6: the customer's request for a review, recorded by the helpdesk manager: in writing, or
 * another way a reasonable adjustment requires.
 */
export type RequestReview = {
  readonly kind: "requestReview";
  readonly requestedOn: LocalDate;
  readonly grounds: string;
  readonly receivedVia: Means;
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
  readonly consulted: readonly Consulted[];
  readonly outcome: ReviewOutcome;
  readonly reasons: string;
};

/** 5.2.7: an appeal as the helpdesk manager received it: when, why, and how it arrived. */
export type LodgeAppeal = {
  readonly kind: "lodgeAppeal";
  readonly lodgedOn: LocalDate;
  readonly grounds: string;
  readonly receivedVia: Means;
};

/**
 * 5.2.7: an appeal after the window: the director or the helpdesk manager chooses to consider
 * it anyway, or to refer the customer to the review process (optionally taking the appeal as
 * the customer's review request, while one is left).
 */
export type DecideLateAppeal = {
  readonly kind: "decideLateAppeal";
  readonly choice: "consider" | "referToReview";
  readonly reasons: string;
  readonly asReviewRequest?: boolean;
};

/** 5.2.7: the helpdesk manager passes the information gathered to the director. */
export type PassAppeal = { readonly kind: "passAppeal"; readonly information: readonly string[] };

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

/**
 * Why a case closes without restrictions: the behaviour stopped or the concern was resolved
 * (5.1); on reflection the behaviour was not unreasonable; or the concern or referral was
 * withdrawn (by the manager who raised it, or because it can no longer go on).
 */
export const CLOSE_OUTCOMES = ["resolved", "notUnreasonable", "withdrawn"] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/**
 * Close a case without restrictions, at step one, monitoring, referral or assessment, so that
 * every case that ends gets a retention date (6). No outcome given reads as "resolved".
 */
export type CloseCase = {
  readonly kind: "closeCase";
  readonly reasons: string;
  readonly outcome?: CloseOutcome;
};

/**
 * Section 4: behaviour threatening the immediate health, safety or wellbeing of staff, and the
 * action taken at once, without step one and without warning the customer.
 */
export type ImmediateActionInput = {
  readonly behaviour: string;
  readonly actions: readonly ImmediateActionKind[];
  readonly reasons: string;
  readonly reviewOn: LocalDate;
  /** Last day of the action; absent: until further notice. */
  readonly until?: LocalDate;
  /** With "blockChannels": which; none named blocks every channel that can be blocked. */
  readonly blockedChannels?: readonly Channel[];
  /** With "barPremises": which premises, in plain words. */
  readonly premises?: string;
  readonly policeReference?: string;
};

/** Section 4 on a case the council already has. */
export type TakeImmediateAction = { readonly kind: "takeImmediateAction" } & ImmediateActionInput;

/** Section 4 for a customer with no open case: the case starts with the action. */
export type OpenImmediateCaseInput = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly serviceArea: string;
  readonly representative?: Person;
} & ImmediateActionInput;

export type LifecycleCommand =
  | ConfirmInWriting
  | RecordRepresentativeOffer
  | RecordAgreement
  | Refer
  | Assess
  | ImposeRestrictions
  | PrepareNotice
  | RecordNotice
  | RequestReview
  | StartReview
  | DecideReview
  | LodgeAppeal
  | DecideLateAppeal
  | PassAppeal
  | DecideAppeal
  | Expire
  | CloseCase
  | TakeImmediateAction;

export type CommandKind = LifecycleCommand["kind"];

/** The changed case and the audit events to append. */
export type CommandOutcome = {
  readonly record: CaseRecord;
  readonly events: readonly CaseEvent[];
};
