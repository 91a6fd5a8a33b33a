/**
 * The view models of the pane's use cases (DESIGN §5): what the task pane shows for the message
 * in view, what logging a contact reports, and what the step-one and referral forms send and get
 * back. Everything a person reads is already in plain UK English here; the UI only lays it out.
 */
import type {
  CaseRef,
  Channel,
  Direction,
  EmailAddress,
  LocalDate,
  Person,
  ReasonableAdjustment,
  RestrictionTerms,
  Role,
  Stage,
  Verdict,
} from "../../domain/types";
import type { Letter } from "../letters/letter";
import type { ContactChartData } from "../contactChart";
import type { AddressKind } from "../ports";
import type { FailureWording } from "../errorWording";

// ---------------------------------------------------------------------------------------------
// The verdict

/**
 * notRestricted: no case, or a case whose restrictions are over or that was closed;
 * caseOpen: a known customer who is not (yet) restricted: step one, monitoring, referred,
 *   assessed, or restrictions that start later. Said in words, never as "restricted";
 * withinTerms / outsideTerms / blocked: restrictions in force (the domain's verdict);
 * withinArrangement / outsideArrangement: not restricted, judged against the arrangement
 *   agreed at step one while it is monitored (5.1);
 * couldNotCheck: the register could not be read. Never shown as "not restricted".
 */
export type PaneVerdictKind =
  | "notRestricted"
  | "caseOpen"
  | "withinArrangement"
  | "outsideArrangement"
  | "withinTerms"
  | "outsideTerms"
  | "blocked"
  | "couldNotCheck";

/** How the UI should colour the verdict. */
export type VerdictIntent = "success" | "info" | "warning" | "error";

export type VerdictView = {
  readonly kind: PaneVerdictKind;
  readonly intent: VerdictIntent;
  /** One line, e.g. "Restricted customer: this message is outside the terms". */
  readonly title: string;
  /** Each broken rule in its own sentence (outside terms, blocked). */
  readonly reasons: readonly string[];
  /** What staff should do, most important first. */
  readonly advice: readonly string[];
  /** couldNotCheck only: what went wrong, whether "Try again" helps, and when. */
  readonly failure?: FailureWording;
  /**
   * couldNotCheck only, when time will cure it (busy, no answer): the pane checks again by
   * itself at `at`, `afterMs` after this verdict was given (the title says the time).
   */
  readonly retry?: { readonly at: Date; readonly afterMs: number };
};

/** One volume allowance against this period's contacts: "2 of 3 emails this week". */
export type AllowanceUsageView = {
  readonly used: number;
  readonly max: number;
  /** "2 of 3 emails in the week beginning Monday 23 November 2026". */
  readonly text: string;
  /** True when the allowance is used up: the next contact counted is outside the terms. */
  readonly usedUp: boolean;
};

/** A date that matters to staff, as data and in words ("Monday 1 March 2027"). */
export type DateView = { readonly date: LocalDate; readonly text: string };

/**
 * The version of a case a screen shows: the eTags of its register entry and (for those who may
 * read it) its case file. Something recorded from a screen whose version is no longer the
 * case's is refused as someone else's change (8).
 */
export type CaseVersion = { readonly entryEtag: string; readonly fileEtag?: string };

/**
 * The arrangement of step one (5.1) as the pane shows it: structured arrangements are checked
 * and read as sentences; one recorded in words only (by an earlier release) is shown as written,
 * when this user may read the case file, and said not to be checked.
 */
export type ArrangementView = {
  readonly status: "agreed" | "proposed";
  /** Each term in its own sentence, or the text as written. */
  readonly sentences: readonly string[];
  /** False for an arrangement recorded in words only: contact is not checked against it. */
  readonly checked: boolean;
  readonly agreedOn?: DateView;
  /** Said beside it, e.g. why it is not checked. */
  readonly note?: string;
};

/** What this user may do on this case here (roles via the domain's rules). */
export type CaseActions = {
  readonly logContact: boolean;
  readonly forwardToSpoc: boolean;
  readonly refer: boolean;
  /** The case workspace (helpdesk manager and the deciding roles). */
  readonly openCase: boolean;
};

/**
 * 5.1 as recorded, for the managers who record its progress: what is done, with dates, and the
 * one thing that can be recorded next (nothing once the customer has answered).
 */
export type StepOneView = {
  readonly raisedOn: DateView;
  readonly raisedBy: string;
  readonly proposedArrangement: string;
  readonly confirmedInWritingOn?: DateView;
  /** How it was confirmed: "in writing, by letter", or the adjustment that required another way. */
  readonly confirmedVia?: string;
  readonly agreement: "pending" | "agreed" | "notAgreed";
  readonly agreementRecordedOn?: DateView;
  readonly next: "confirmInWriting" | "recordAgreement" | "nothing";
  /** The offer of a representative (5.1) in words: not yet offered, offered on …, the answer. */
  readonly representative: string;
  /** The offer, or the customer's answer to it, can still be recorded. */
  readonly offerRepresentative: boolean;
  /** The offer is on record: with the confirmation, a referral may follow (5.2.1). */
  readonly offerRecorded: boolean;
};

/** A case the message's sender (or recipient) belongs to, as the pane shows it. */
export type CaseSummaryView = {
  readonly ref: CaseRef;
  readonly customerName: string;
  /**
   * The address that matched, and whether it is the customer's or the representative's; absent
   * when the case was found without a message (a search for a customer who phoned).
   */
  readonly matchedAddress?: EmailAddress;
  readonly matchedAs?: AddressKind;
  readonly stage: Stage;
  /** "under restrictions", "at step one", … (domain describeStage). */
  readonly stageInWords: string;
  /** True only while restrictions are in force today. */
  readonly restrictedNow: boolean;
  /** This message judged against this case (domain evaluateContact), for the contact log. */
  readonly verdict: Verdict;
  /** The verdict for this case in words. */
  readonly view: VerdictView;
  readonly serviceArea: string;
  /** The terms in plain words (describeTerms); empty when no terms apply. */
  readonly terms: readonly string[];
  /** The terms in a few words each, for Outlook's one-line notice ("by letter only"). */
  readonly termsInBrief: readonly string[];
  /** Contact is limited to the SPOC (restrictions in force, or the agreed arrangement). */
  readonly spocOnly: boolean;
  /**
   * Conditions in the decider's own words (5.2.3): shown apart from the terms, because the
   * add-in does not check them.
   */
  readonly otherConditions: readonly string[];
  /** The arrangement agreed (or proposed) at step one, while the case has one. */
  readonly arrangement?: ArrangementView;
  readonly spoc?: Person;
  readonly deputy?: Person;
  readonly representative?: Person;
  /**
   * Reasonable adjustments, for roles that may read the case file; undefined when the role
   * may not, or they could not be read (then `adjustmentsProblem` says so).
   */
  readonly adjustments?: readonly ReasonableAdjustment[];
  readonly adjustmentsProblem?: string;
  /** Step one's progress, at step one or monitoring, for managers (who may read the file). */
  readonly stepOne?: StepOneView;
  /** This period's contacts against each volume allowance. */
  readonly usage: readonly AllowanceUsageView[];
  readonly restrictionStarts?: DateView;
  /** The last day the restrictions apply. */
  readonly restrictionEnds?: DateView;
  readonly reviewDue?: DateView;
  /** Last day an appeal is in time; absent until the notice is recorded. */
  readonly appealBy?: DateView;
  /**
   * Restrictions were decided on this date and the customer has not been told yet (nor was it
   * decided not to tell them): domain awaitingNotice.
   */
  readonly awaitingNotice?: DateView;
  /** This message is already in the case's contact log. */
  readonly alreadyLogged: boolean;
  readonly actions: CaseActions;
  /** The version read, for recording step one's progress from this screen. */
  readonly version?: CaseVersion;
};

/** What the signed-in user may do in the pane at all, by role. */
export type PaneActions = {
  readonly logContact: boolean;
  readonly forwardToSpoc: boolean;
  readonly raiseConcern: boolean;
  readonly refer: boolean;
  readonly openCase: boolean;
  readonly findCase: boolean;
  /** Section 4: record immediate action for a sender with no open case (opens a case). */
  readonly immediateAction: boolean;
};

/** A user with no role: no access, and what to do about it. */
export type Access =
  | { readonly allowed: true; readonly roles: readonly Role[] }
  | { readonly allowed: false; readonly message: string };

/** The notification shown on the item itself (mailbox.showNotification), or none. */
export type ItemNotification =
  { readonly kind: "informational" | "error"; readonly text: string } | { readonly kind: "none" };

export type ReadCheck = {
  readonly mode: "read";
  /** The cache key: internet message id, else item id. */
  readonly key: string;
  /** The most serious verdict of the sender's cases. */
  readonly verdict: VerdictView;
  /** Who sent the message: the delegate when one sent it, otherwise the From address. */
  readonly sender?: EmailAddress;
  /** The From address, when a delegate (`sender`) sent the message on its behalf. */
  readonly onBehalfOf?: EmailAddress;
  /** The sender's cases, most serious first; empty when the sender is not known. */
  readonly cases: readonly CaseSummaryView[];
  /** True when the message is in the log of every case it concerns. */
  readonly alreadyLogged: boolean;
  readonly access: Access;
  readonly actions: PaneActions;
  readonly notification: ItemNotification;
};

export type RecipientCheck = {
  readonly address: EmailAddress;
  /** The verdict for writing to this recipient. */
  readonly verdict: VerdictView;
  readonly case: CaseSummaryView;
};

export type ComposeCheck = {
  readonly mode: "compose";
  readonly key: string;
  /** The most serious of the restricted recipients' verdicts; notRestricted when none. */
  readonly verdict: VerdictView;
  /** One entry per recipient who belongs to a case. */
  readonly recipients: readonly RecipientCheck[];
  /**
   * Recipients Outlook gave without an email address (an Exchange X.500 address, an empty
   * string), by name: they could not be checked, and the pane says so.
   */
  readonly uncheckedRecipients?: readonly string[];
  readonly access: Access;
  readonly actions: PaneActions;
  readonly notification: ItemNotification;
};

export type MessageCheck = ReadCheck | ComposeCheck;

// ---------------------------------------------------------------------------------------------
// Logging contacts

/** Where a contact's status stands, as the pane shows it. */
export type LogStatus =
  | { readonly kind: "saving" }
  | { readonly kind: "saved" }
  | { readonly kind: "alreadyLogged" }
  /** Kept on this computer and sent again automatically. */
  | { readonly kind: "pending"; readonly message: string; readonly nextAttemptAt: Date }
  /** Refused for a reason a retry will not fix by itself: the user retries or discards. */
  | { readonly kind: "failed"; readonly message: string; readonly failure: FailureWording };

/** The message in view, logged as an inbound email. */
export type LogMessageInput = {
  readonly item: MailItemForLog;
  readonly ref: CaseRef;
  /** Pre-filled with the subject; staff may edit it. Stored as the contact's subject. */
  readonly summary: string;
  /** This message's verdict for this case (CaseSummaryView.verdict). */
  readonly verdict: Verdict;
};

/** The parts of MailItem the log needs. */
export type MailItemForLog = {
  readonly internetMessageId?: string;
  readonly itemId?: string;
  readonly subject: string;
  readonly from?: EmailAddress;
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  /** The mailbox it arrived in (a shared mailbox, say), recorded with the contact. */
  readonly mailbox?: EmailAddress;
  readonly receivedAt: Date;
};

/** A telephone call, letter or visit, logged from the form. */
export type LogOtherInput = {
  readonly ref: CaseRef;
  readonly channel: Exclude<Channel, "email">;
  readonly direction: Direction;
  readonly at: Date;
  readonly summary: string;
};

/** logOther: the form's input was refused (nothing kept), or the contact's status. */
export type LogOtherOutcome =
  | LogStatus
  | {
      readonly kind: "invalid";
      readonly fieldErrors: Readonly<Partial<Record<keyof LogOtherInput, string>>>;
      readonly message: string;
    };

/** One contact the outbox holds or has just sent, for a list of what is waiting. */
export type OutboxEntryView = {
  /** The idempotency key: what retry and discard take. */
  readonly id: string;
  readonly ref: CaseRef;
  readonly channel: Channel;
  readonly summary: string;
  readonly at: Date;
  readonly messageId?: string;
  readonly status: LogStatus;
};

// ---------------------------------------------------------------------------------------------
// Forms

/** What a form's submit gives back: done, errors by field (nothing saved), or a failure. */
export type FormOutcome<T = undefined> =
  | { readonly kind: "done"; readonly message: string; readonly value: T }
  | {
      readonly kind: "invalid";
      /** By the input's field names; each says how to put it right. */
      readonly fieldErrors: Readonly<Record<string, string>>;
      readonly message: string;
    }
  | { readonly kind: "refused"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string; readonly failure: FailureWording };

/** 5.1: the step-one concern as the service manager enters it. */
export type StepOneInput = {
  readonly customerName: string;
  /** The customer's address; the message's sender when left as given. */
  readonly customerEmail: string;
  readonly behaviourExamples: readonly string[];
  readonly behaviourDetail: string;
  readonly serviceMostImpacted: string;
  readonly representativeOffered: boolean;
  /** A representative the customer already has (optional). */
  readonly representativeName: string;
  readonly representativeEmail: string;
  readonly spocName: string;
  readonly spocEmail: string;
  readonly deputyName: string;
  readonly deputyEmail: string;
  /**
   * The way forward proposed to the customer (5.1), as terms: the form builds them from its
   * fields; undefined when they could not be built (the form says why beside them).
   */
  readonly proposedTerms: RestrictionTerms | undefined;
  /** One adjustment per line. */
  readonly reasonableAdjustments: string;
  /** For letters: "Dear Mr Rivers" and the addressee block (optional). */
  readonly customerTitle?: string;
  readonly customerSurname?: string;
  /** One line each. Printed letters need it. */
  readonly customerPostalAddress?: string;
  /** A reasonable adjustment: letters in large print (printed and posted). */
  readonly largePrint?: boolean;
};

export type StepOneField = keyof StepOneInput;

export type RaisedConcern = {
  readonly ref: CaseRef;
  /** The letter confirming the concern: opened as a reply, or printable (its channel says). */
  readonly letter: Letter;
  /** Outlook would not open the reply: the case is saved; the letter is here to copy. */
  readonly replyProblem?: string;
  /** The emailed letter's copy could not be kept with the case (the case is saved). */
  readonly keptProblem?: string;
};

/** 5.2.1: the referral as compiled from the case, editable before it is sent. */
export type ReferralDraft = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly behaviour: string;
  readonly workUndertaken: string;
  /** One item of correspondence per line. */
  readonly correspondence: string;
  readonly arrangement: string;
  readonly monitoringEvidence: string;
  readonly contactCount: number;
  /** The compiled evidence as titled sections, for reading before sending. */
  readonly sections: readonly { readonly title: string; readonly text: string }[];
};

export type ReferralField = Exclude<keyof ReferralDraft, "ref" | "customerName" | "sections">;

export type PreparedReferral =
  | {
      readonly kind: "ready";
      readonly draft: ReferralDraft;
      /** The contacts per week the evidence counts, for the chart beside the form. */
      readonly chart: ContactChartData;
    }
  | { readonly kind: "refused"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string; readonly failure: FailureWording };

export type ReferralSent = {
  readonly message: string;
  /** Outlook would not open the message to the helpdesk manager: the referral is saved. */
  readonly messageProblem?: string;
};

/** A one-off action (forward to the SPOC). */
export type ActionOutcome =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly message: string };

/**
 * logOtherContact: the form's input was refused (nothing kept), or the contact is in the
 * outbox with its status and how it stands against the case's terms.
 */
export type OtherContactOutcome =
  | Extract<LogOtherOutcome, { readonly kind: "invalid" }>
  | {
      readonly kind: "logged";
      readonly status: LogStatus;
      /** The verdict on this contact; absent for contact the council made (`note` says why). */
      readonly verdict?: VerdictView;
      readonly note?: string;
    };
