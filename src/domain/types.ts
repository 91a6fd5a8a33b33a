/**
 * The policy's vocabulary: every type the rules, the store, the pane and the scripts share.
 * Section numbers refer to Portsmouth City Council's Unreasonable Customer Behaviour Policy.
 *
 * Conventions: instants are `Date`; calendar dates in the council's time zone are `LocalDate`
 * ("YYYY-MM-DD"); everything read from outside is validated into these types before use.
 */

declare const brand: unique symbol;
/** A string or number that has passed validation; the brand stops raw values slipping in. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Case reference, e.g. "UCB-2026-7KQ2MX". Also the Title of its UCB Register item. */
export type CaseRef = Brand<string, "CaseRef">;
/** An email address normalised for comparison: trimmed, lower-case, display name removed. */
export type EmailAddress = Brand<string, "EmailAddress">;
/** A calendar date ("YYYY-MM-DD") in the council's time zone (Europe/London). */
export type LocalDate = Brand<string, "LocalDate">;
/** A local time of day, "HH:MM" (24-hour); "24:00" is allowed as the end of a window. */
export type TimeOfDay = Brand<string, "TimeOfDay">;

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const CHANNELS = ["email", "phone", "letter", "inPerson", "webForm", "socialMedia"] as const;
/** How a contact reached the council (or the council reached the customer). */
export type Channel = (typeof CHANNELS)[number];

export type Direction = "inbound" | "outbound";

/**
 * Roles of section 5. Titles shown to people come from configuration (`PolicyConfig.roleTitles`).
 * frontline: any member of staff; serviceManager: the senior manager of the service most
 * impacted (5.1); cityHelpdeskManager (5.2.1–5.2.2, 5.2.6, 5.2.7, 6); assistantDirector: of
 * corporate services (5.2.2, 5.2.4, 5.2.5); citySolicitor: or appropriate deputy (5.2.5, 5.2.6);
 * director: of corporate services, decides appeals (5.2.7).
 */
export const ROLES = [
  "frontline",
  "serviceManager",
  "cityHelpdeskManager",
  "assistantDirector",
  "citySolicitor",
  "director",
] as const;
export type Role = (typeof ROLES)[number];

export type Person = { readonly name: string; readonly email: EmailAddress };

/**
 * Who did something: recorded on every event and decision. `asDeputy`: they act in `role` as
 * a deputy named in configuration (`PolicyConfig.deputies`), e.g. "deputy for the City
 * Solicitor" (5.2.5, 5.2.6); every decision they take says so.
 */
export type Actor = Person & { readonly role: Role; readonly asDeputy?: boolean };

// ---------------------------------------------------------------------------------------------
// Restriction terms (5.2.3, 5.2.5)

/** Contact is allowed on these local weekdays between `from` (inclusive) and `to` (exclusive). */
export type ContactWindow = {
  readonly days: readonly IsoWeekday[];
  readonly from: TimeOfDay;
  readonly to: TimeOfDay;
};

export const VOLUME_PERIODS = ["day", "week", "fortnight", "month"] as const;
export type VolumePeriod = (typeof VOLUME_PERIODS)[number];

/**
 * At most `max` inbound contacts per calendar period in the council's time zone.
 * `channels` limits what counts (e.g. "one email per week"); absent means every channel.
 */
export type VolumeAllowance = {
  readonly max: number;
  readonly per: VolumePeriod;
  readonly channels?: readonly Channel[];
};

/** 5.2.5: only the assistant director or the City Solicitor (or deputy) may impose these. */
export type ExtremeMeasures = {
  readonly blockedChannels: readonly Channel[];
  /** Plain-words description of the premises restriction, when there is one. */
  readonly premisesRestriction?: string;
};

/**
 * What a restriction allows. Every field is optional: an absent field restricts nothing.
 * Stored as JSON in the Terms column of UCB Register and validated on every read.
 */
export type RestrictionTerms = {
  /** Contact only by these channels (e.g. letter only). */
  readonly allowedChannels?: readonly Channel[];
  /** Contact only within these local days and hours. */
  readonly contactWindows?: readonly ContactWindow[];
  /** Volume allowances; each is checked on its own. */
  readonly volumes?: readonly VolumeAllowance[];
  /** Contact only with the SPOC (or the deputy in their absence). */
  readonly spocOnly?: boolean;
  /** Only significant and serious queries are answered; other contact is filed. */
  readonly significantQueriesOnly?: boolean;
  /** Only new issues are dealt with; issues already dealt with are not acknowledged. */
  readonly newIssuesOnly?: boolean;
  readonly extreme?: ExtremeMeasures;
  /**
   * Conditions in the decision-maker's own words (5.2.3: the options are "not prescribed or
   * limited"). Shown wherever the terms are, and never checked automatically.
   */
  readonly otherConditions?: readonly string[];
};

/**
 * 5.1: the arrangement the customer agreed at step one, in the vocabulary of restriction terms,
 * so that contact while it is monitored can be judged against it. Never extreme measures.
 */
export type AgreedArrangement = {
  readonly terms: RestrictionTerms;
  /** The arrangement in plain words, as it was proposed to the customer. */
  readonly summary: string;
  /** The day the customer's agreement was recorded: the arrangement binds from its start. */
  readonly agreedOn: LocalDate;
};

// ---------------------------------------------------------------------------------------------
// Case lifecycle (section 5)

/**
 * stepOne: a service manager is trying to resolve the matter (5.1);
 * monitoring: an arrangement was agreed and contact is monitored (5.1);
 * referred: referred to the city helpdesk manager (5.2.1);
 * assessed: behaviour found unreasonable and restrictions needed, awaiting imposition (5.2.2);
 * restricted: restrictions in force (5.2.3–5.2.5), with review and appeal sub-states;
 * ended: restrictions ended by expiry or removal, held until RetainUntil (6);
 * closed: closed without restrictions, held until RetainUntil.
 */
export const STAGES = [
  "stepOne",
  "monitoring",
  "referred",
  "assessed",
  "restricted",
  "ended",
  "closed",
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * How something reached the council, or the customer (5.1, 5.2.4, 5.2.6, 5.2.7): in writing
 * (letter, email, the website form), or another way that a reasonable adjustment the customer
 * needs requires, described in `adjustment`.
 */
export type Means = { readonly channel: Channel; readonly adjustment?: string };

export const NOTICE_METHODS = ["letter", "email", "phone", "inPerson", "other"] as const;
/** How the customer was told: "other" is a way a reasonable adjustment requires (5.2.4). */
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** 5.2.4, 5.2.6: the notice "will be confirmed in writing", or as an adjustment allows. */
export type NoticeConfirmation =
  | { readonly kind: "inWriting"; readonly on: LocalDate }
  | { readonly kind: "adjustment"; readonly how: string };

/** The helpdesk manager prepared the notice for the person who is to give it (5.2.4). */
export type NoticePrepared = {
  readonly by: Actor;
  readonly at: Date;
  /** Who is to give the notice and sign the letter. */
  readonly giver: Actor;
};

/**
 * How the customer was told of a decision, or why they were not (5.2.6). Terms bind from the
 * notice (termsInForce.ts). Notices recorded by an earlier release hold the date only: no
 * `at`, `method`, `confirmation` or `givenBy`.
 */
export type Notice =
  | { readonly kind: "pending"; readonly prepared?: NoticePrepared }
  | {
      readonly kind: "notified";
      /** The date told, in the council's time zone. */
      readonly on: LocalDate;
      /** The instant told. */
      readonly at?: Date;
      readonly method?: NoticeMethod;
      /** For method "other": the way the reasonable adjustment requires. */
      readonly adjustment?: string;
      readonly confirmation?: NoticeConfirmation;
      /** Who told the customer (and signs the letter). */
      readonly givenBy?: Actor;
      readonly prepared?: NoticePrepared;
    }
  | {
      readonly kind: "notNotified";
      readonly reason: string;
      readonly decidedBy: Actor;
      readonly decidedOn: LocalDate;
      /** The instant of the decision not to tell, from which the change binds. */
      readonly decidedAt?: Date;
    }
  /** Section 4: immediate action needs no warning to the customer. */
  | { readonly kind: "notRequired" };

/**
 * What started a restriction period: imposition after assessment (5.2.4), a review (5.2.6), an
 * appeal (5.2.7), or immediate action against a threat to staff (section 4).
 */
export const PERIOD_ORIGINS = ["imposed", "review", "appeal", "immediate"] as const;
export type PeriodOrigin = (typeof PERIOD_ORIGINS)[number];

/**
 * One period of restrictions. Imposing starts period 1; a review or appeal that extends or
 * amends starts the next period (with a fresh review request and appeal window).
 */
export type RestrictionPeriod = {
  readonly number: number;
  readonly start: LocalDate;
  /** Last day on which the restrictions apply (inclusive). */
  readonly end: LocalDate;
  readonly decidedOn: LocalDate;
  /** The instant of the decision; absent on periods recorded by an earlier release. */
  readonly decidedAt?: Date;
  readonly decidedBy: Actor;
  /** Absent on periods recorded by an earlier release: see `periodOrigin`. */
  readonly origin?: PeriodOrigin;
  readonly notice: Notice;
  /** Dates of the customer's review requests in this period (Portsmouth allows one). */
  readonly customerReviewRequests: readonly LocalDate[];
};

/**
 * The period whose terms keep binding while the customer has not yet been told of the period
 * that replaced it (5.2.6): the terms, people and dates they were told of.
 */
export type SupersededPeriod = {
  readonly terms: RestrictionTerms;
  readonly termsSummary?: string;
  readonly period: RestrictionPeriod;
  readonly spoc?: Person;
  readonly deputy?: Person;
};

export type ReviewState =
  | { readonly status: "none" }
  | {
      readonly status: "pending";
      readonly requestedOn: LocalDate;
      readonly by: "customer" | "council";
      readonly grounds: string;
      /** A customer's request: how it arrived (5.2.6). */
      readonly receivedVia?: Means;
    };

export type AppealOutcome = "confirmed" | "amended" | "removed";

/** 5.2.7: for an appeal after the window, the choice the director or helpdesk manager made. */
export type LateAppealDecision = {
  readonly choice: "consider" | "referToReview";
  readonly reasons: string;
  readonly by: Actor;
  readonly on: LocalDate;
  /** The last day the appeal would have been in time. */
  readonly appealBy: LocalDate;
  /** referToReview: the appeal was also taken as the customer's review request (5.2.6). */
  readonly asReviewRequest?: boolean;
};

/** What the appeal said and how it arrived: kept from receipt to decision. */
type AppealReceived = {
  readonly lodgedOn: LocalDate;
  readonly grounds: string;
  /** Absent on appeals recorded by an earlier release. */
  readonly receivedVia?: Means;
  /** A late appeal the council chose to consider anyway. */
  readonly late?: LateAppealDecision;
};

/**
 * 5.2.7: received by the helpdesk manager ("lodged"); late, waiting for the choice to consider
 * it or refer the customer to review; passed to the director with the information gathered;
 * decided; or (late) referred to review.
 */
export type AppealState =
  | { readonly status: "none" }
  | ({ readonly status: "lodged" } & AppealReceived)
  | ({ readonly status: "late"; readonly appealBy: LocalDate } & AppealReceived)
  | ({
      readonly status: "passed";
      readonly passedOn: LocalDate;
      readonly passedBy: Actor;
      /** What was passed to the director: the decision's papers, the appeal, enquiries made. */
      readonly information: readonly string[];
    } & AppealReceived)
  | {
      readonly status: "decided";
      readonly lodgedOn: LocalDate;
      readonly decidedOn: LocalDate;
      readonly outcome: AppealOutcome;
      readonly decidedBy?: Actor;
    }
  | ({ readonly status: "referredToReview"; readonly decision: LateAppealDecision } & Omit<
      AppealReceived,
      "late"
    >);

/** The UCB Register item: what every add-in user may read. */
export type RegisterEntry = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly stage: Stage;
  readonly serviceArea: string;
  readonly spoc?: Person;
  readonly deputy?: Person;
  readonly representative?: Person;
  /** The latest restrictions decided: in force once the customer is told (termsInForce.ts). */
  readonly terms?: RestrictionTerms;
  /** The terms in plain words, as written when they were set (for SharePoint readers). */
  readonly termsSummary?: string;
  /**
   * The arrangement agreed at step one (5.1), judged while the case is monitored. Absent for a
   * case whose arrangement was recorded in words only (by an earlier release).
   */
  readonly arrangement?: AgreedArrangement;
  readonly period?: RestrictionPeriod;
  /** The terms the customer was told of, binding until they are told of `period` (5.2.6). */
  readonly superseded?: SupersededPeriod;
  readonly review: ReviewState;
  readonly appeal: AppealState;
  readonly reviewDue?: LocalDate;
  readonly appealBy?: LocalDate;
  readonly endedOn?: LocalDate;
  readonly closedOn?: LocalDate;
  readonly retainUntil?: LocalDate;
};

// ---------------------------------------------------------------------------------------------
// Case file (UCB Case Files: managers and above only)

/** The examples of 4.1, as stable codes; wording lives in `behaviour.ts`. */
export const BEHAVIOUR_EXAMPLES = [
  "scattergun",
  "excessiveDemands",
  "abusiveRemarks",
  "insistsAgainstPolicy",
  "repetitiveQuestions",
  "falsifiedDocuments",
  "refusesFinalDecision",
  "refusesOutsideResponsibility",
  "refusesOutsideRemit",
  "groundlessComplaintsAboutStaff",
  "covertRecording",
] as const;
export type BehaviourExample = (typeof BEHAVIOUR_EXAMPLES)[number];

/** A need the customer told the council about, and the channels it requires, if any. */
export type ReasonableAdjustment = {
  readonly description: string;
  /** e.g. ["phone"] for someone who cannot read letters: a letter-only term conflicts. */
  readonly requiresChannels?: readonly Channel[];
  /** Letters in large print (printed, at least 16 point): see letterChannel.ts. */
  readonly largePrint?: boolean;
};

/**
 * How letters address a person (the customer, or their representative): the title and surname
 * for "Dear Mr Rivers", or the salutation they asked for, and the postal address for letters
 * that are printed and posted. Every field is optional: letters fall back to the full name.
 */
export type Addressing = {
  /** "Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Councillor" … */
  readonly title?: string;
  readonly surname?: string;
  /** What follows "Dear", when the person asked for something else, e.g. "Rhys". */
  readonly salutation?: string;
  /** The postal address, one line each, without the name. */
  readonly postalAddress?: readonly string[];
};

/** Addressing for the people letters go to. */
export type LetterDetails = {
  readonly customer?: Addressing;
  readonly representative?: Addressing;
};

export type ArrangementAgreement = "pending" | "agreed" | "notAgreed";

/** 5.1: "the customer will be offered the opportunity to appoint a representative". */
export type RepresentativeOffer = {
  readonly offeredOn: LocalDate;
  readonly answer: "pending" | "accepted" | "declined";
  readonly answeredOn?: LocalDate;
  /** Accepted: who will contact the council for the customer. */
  readonly representative?: Person;
};

/** 5.1: the appropriate manager's attempt to resolve the matter. */
export type StepOneRecord = {
  readonly raisedOn: LocalDate;
  readonly raisedBy: Actor;
  readonly serviceMostImpacted: string;
  readonly behaviourExamples: readonly BehaviourExample[];
  readonly behaviourDetail: string;
  readonly representativeOffered: boolean;
  /** 5.1: the offer of a representative, when it was made and the customer's answer. */
  readonly representativeOffer?: RepresentativeOffer;
  readonly proposedSpoc?: Person;
  /**
   * The proposed way forward in plain words, e.g. "At most 1 email a week. Only with the SPOC,
   * Priya Shah." Written from `proposedTerms` when they exist; free text in older records.
   */
  readonly proposedArrangement: string;
  /** The proposed way forward as terms (SPOC, method, volume, days and times, own words). */
  readonly proposedTerms?: RestrictionTerms;
  /** Date the concern was confirmed to the customer in writing. */
  readonly confirmedInWritingOn?: LocalDate;
  /** How it was confirmed: in writing, or as a reasonable adjustment allows (5.1). */
  readonly confirmedVia?: Means;
  readonly agreement: ArrangementAgreement;
  readonly agreementRecordedOn?: LocalDate;
};

/** 5.2.1: the referral to the city helpdesk manager, with its evidence. */
export type Referral = {
  readonly referredOn: LocalDate;
  readonly referredBy: Actor;
  readonly behaviour: string;
  readonly workUndertaken: string;
  /** Copies of, or references to, correspondence about managing contact. */
  readonly correspondence: readonly string[];
  readonly arrangement?: string;
  /** Monitoring evidence: a summary compiled from the contact log. */
  readonly monitoringEvidence: string;
  readonly contactCount: number;
};

/** Someone consulted on a decision, and when (5.2.2, 5.2.6). */
export type Consulted = Actor & {
  /** Absent on consultations recorded by an earlier release. */
  readonly on?: LocalDate;
};

/** 5.2.2: the helpdesk manager's assessment. */
export type Assessment = {
  readonly decidedOn: LocalDate;
  readonly decidedBy: Actor;
  readonly consulted: readonly Consulted[];
  readonly unreasonable: boolean;
  readonly restrictionsNeeded: boolean;
  readonly reasons: string;
};

export const IMMEDIATE_ACTIONS = [
  "policeReport",
  "legalAction",
  "refuseToEngage",
  "blockChannels",
  "barPremises",
] as const;
/** Section 4: what the council may do at once about a threat to staff. */
export type ImmediateActionKind = (typeof IMMEDIATE_ACTIONS)[number];

/**
 * Section 4: behaviour that threatens the immediate health, safety or wellbeing of staff, and
 * the action the assistant director or City Solicitor took at once, without step one and
 * without warning the customer.
 */
export type ImmediateAction = {
  readonly decidedAt: Date;
  readonly decidedOn: LocalDate;
  readonly decidedBy: Actor;
  readonly behaviour: string;
  readonly actions: readonly ImmediateActionKind[];
  readonly reasons: string;
  readonly reviewOn: LocalDate;
  /** Last day of the action; absent: until further notice (refusing to engage permanently). */
  readonly until?: LocalDate;
  readonly blockedChannels?: readonly Channel[];
  readonly premises?: string;
  /** The police's reference for a report, when there is one. */
  readonly policeReference?: string;
};

export type CaseFile = {
  readonly ref: CaseRef;
  readonly stepOne?: StepOneRecord;
  readonly referral?: Referral;
  readonly assessment?: Assessment;
  readonly immediateAction?: ImmediateAction;
  readonly reasonableAdjustments: readonly ReasonableAdjustment[];
  readonly proportionalityNote?: string;
  readonly lawfulBasis?: string;
  /** Title, surname, salutation and postal address for letters (managers and above only). */
  readonly letterDetails?: LetterDetails;
};

/** Everything the lifecycle rules need about one case. */
export type CaseRecord = { readonly entry: RegisterEntry; readonly file: CaseFile };

// ---------------------------------------------------------------------------------------------
// Contacts and their evaluation

/** One contact as staff see it: an opened message, a phone call being logged, a letter. */
export type ContactFacts = {
  readonly channel: Channel;
  readonly at: Date;
  readonly from?: EmailAddress;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** Internet message id for email; lets the rules ignore the message's own log entry. */
  readonly messageId?: string;
};

/** A contact already in UCB Contacts. */
export type LoggedContact = {
  readonly id: string;
  readonly ref: CaseRef;
  readonly at: Date;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly from?: EmailAddress;
  readonly to: readonly EmailAddress[];
  /** Who logged it. */
  readonly staff: EmailAddress;
  /** Email: the mailbox it arrived in (a shared mailbox, say), when Outlook said. */
  readonly mailbox?: EmailAddress;
  readonly subject: string;
  readonly messageId?: string;
  readonly clientId: string;
  readonly verdict: LoggedVerdict;
  readonly reasons: readonly ReasonCode[];
};

/**
 * notRestricted: no restrictions or arrangement applied; withinTerms / outsideTerms / blocked:
 * judged against restrictions in force (5.2.3, 5.2.5); withinArrangement / outsideArrangement:
 * judged against the arrangement agreed at step one while it is monitored (5.1).
 */
export type VerdictKind =
  | "notRestricted"
  | "withinTerms"
  | "outsideTerms"
  | "blocked"
  | "withinArrangement"
  | "outsideArrangement";

/** What the log records: a verdict, or that the contact was not judged (made by the council, or
 * logged while the case could not be read), which must never read as "not restricted". */
export type LoggedVerdict = VerdictKind | "notChecked";

export type ReasonCode =
  | "channelNotAllowed"
  | "outsideContactWindow"
  | "overVolume"
  | "notToSpoc"
  | "copiedToOthers"
  | "channelBlocked"
  | "premisesRestricted";

export type VerdictReason = { readonly code: ReasonCode; readonly message: string };

export type Verdict = {
  readonly kind: VerdictKind;
  readonly reasons: readonly VerdictReason[];
  /** What staff should do, in plain words, most important first. */
  readonly advice: readonly string[];
};

// ---------------------------------------------------------------------------------------------
// Results

/** A refused action: a stable code for programs and a sentence for people. */
export type Refusal = { readonly code: string; readonly message: string };

export type Result<T, E = Refusal> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

// ---------------------------------------------------------------------------------------------
// Audit trail (UCB Case Events: append only)

/** One entry of the audit trail: who, when, what, why. Never edited. */
export type CaseEvent = {
  /** Absent for a destruction event, which must hold no personal data. */
  readonly ref?: CaseRef;
  readonly at: Date;
  readonly actor: Actor;
  /** A stable verb, e.g. "referred", "restrictionsImposed", "appealDecided". */
  readonly action: string;
  /** One sentence for people reading the trail in SharePoint. */
  readonly summary: string;
  readonly detail: Readonly<Record<string, unknown>>;
};
