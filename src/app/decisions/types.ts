/**
 * What the deciders' screens send and get back (5.2.2–5.2.7). Inputs are what a form holds:
 * dates as typed ("YYYY-MM-DD"), names and addresses as typed. Every use case checks them first
 * and saves nothing when a field is wrong.
 */
import type { PolicyConfig } from "../../domain/config";
import type {
  CaseEvent,
  CaseRef,
  Channel,
  ImmediateActionKind,
  LocalDate,
  NoticeMethod,
  Refusal,
  RestrictionTerms,
  Role,
  Stage,
} from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type { Letter } from "../letters/letter";
import type { CaseStore, Clock } from "../ports";

/** What a decision needs; AppDeps satisfies it. */
export type DecisionDeps = {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export type PersonInput = { readonly name: string; readonly email: string };

/**
 * Someone consulted, or who agreed extreme measures, with the role they acted in; `on`, the
 * date they were consulted (needed for an assessment, 5.2.2); `asDeputy`, they acted as the
 * configured deputy for that role.
 */
export type ConsultedInput = PersonInput & {
  readonly role: Role;
  readonly on?: string;
  readonly asDeputy?: boolean;
};

/**
 * How something arrived: a channel, and for anything but a letter, an email or the website
 * form, the reasonable adjustment that required it (5.1, 5.2.6, 5.2.7).
 */
export type MeansInput = { readonly channel: Channel; readonly adjustment?: string };

// ---------------------------------------------------------------------------------------------
// Inputs

/** 5.2.2. `restrictionsNeeded` only matters when `unreasonable`. */
export type AssessmentInput = {
  readonly unreasonable: boolean;
  readonly restrictionsNeeded: boolean;
  readonly consulted: readonly ConsultedInput[];
  readonly reasons: string;
};

/**
 * 5.2.4: told at a date and time ("YYYY-MM-DD", "HH:MM", UK time), in a way, confirmed in
 * writing on a date or as a reasonable adjustment allows (a letter or email confirms itself);
 * or, for a change on review only (5.2.6), not told, with the reasons.
 */
export type NoticeInput =
  | {
      readonly kind: "notified";
      readonly on: string;
      readonly time: string;
      readonly method: NoticeMethod;
      readonly adjustment?: string;
      readonly confirmation?:
        | { readonly kind: "inWriting"; readonly on: string }
        | { readonly kind: "adjustment"; readonly how: string };
    }
  | { readonly kind: "notNotified"; readonly reason: string };

/** 5.2.4: the helpdesk manager prepares the notice for the person who is to give it. */
export type PrepareNoticeInput = { readonly giver: ConsultedInput };

/** 5.2.3–5.2.5. Extreme measures are `terms.extreme` (blocked channels, premises). */
export type RestrictionsInput = {
  readonly terms: RestrictionTerms;
  readonly start: string;
  readonly end: string;
  readonly spoc?: PersonInput;
  readonly deputy?: PersonInput;
  readonly reasons: string;
  readonly proportionalityNote?: string;
  /** When already known (e.g. the notice goes out today): recorded with the decision. */
  readonly notice?: NoticeInput;
};

export type ReviewRequestInput = {
  readonly requestedOn: string;
  readonly grounds: string;
  readonly receivedVia: MeansInput;
};

export type StartReviewInput = { readonly grounds: string };

/** New terms from a review or an appeal. */
export type AmendedTermsInput = {
  readonly terms: RestrictionTerms;
  readonly newEnd?: string;
  readonly spoc?: PersonInput;
  readonly deputy?: PersonInput;
  /** The assistant director or City Solicitor who agreed extreme measures (5.2.5). */
  readonly extremeAgreedBy?: ConsultedInput;
};

export type ReviewOutcomeInput =
  | { readonly kind: "remove" }
  | { readonly kind: "keep" }
  | { readonly kind: "extend"; readonly newEnd: string }
  | ({ readonly kind: "amend" } & AmendedTermsInput);

export type ReviewDecisionInput = {
  readonly outcome: ReviewOutcomeInput;
  readonly consulted: readonly ConsultedInput[];
  readonly reasons: string;
};

export type AppealInput = {
  readonly lodgedOn: string;
  readonly grounds: string;
  readonly receivedVia: MeansInput;
};

/** 5.2.7: for a late appeal, consider it anyway or refer the customer to review. */
export type LateAppealInput = {
  readonly choice: "consider" | "referToReview";
  readonly reasons: string;
  /** referToReview: take the appeal as the customer's review request (5.2.6). */
  readonly asReviewRequest?: boolean;
};

/** 5.2.7: what the helpdesk manager passes to the director, one item a line. */
export type PassAppealInput = { readonly information: readonly string[] };

/** Section 4: immediate action, as the assistant director or City Solicitor records it. */
export type ImmediateActionInput = {
  readonly behaviour: string;
  readonly actions: readonly ImmediateActionKind[];
  readonly reasons: string;
  readonly reviewOn: string;
  /** The last day; blank: until further notice. */
  readonly until?: string;
  readonly blockedChannels?: readonly Channel[];
  readonly premises?: string;
  readonly policeReference?: string;
};

/** Section 4 for a customer with no open case: who they are, then the action. */
export type NewImmediateCaseInput = ImmediateActionInput & {
  readonly customerName: string;
  /** Blank when no address is known (a visit): letters are then printed. */
  readonly customerEmail: string;
  readonly serviceArea: string;
};

export type AppealOutcomeInput =
  | { readonly kind: "confirmed" }
  | { readonly kind: "removed" }
  | ({ readonly kind: "amended" } & AmendedTermsInput);

export type AppealDecisionInput = {
  readonly outcome: AppealOutcomeInput;
  readonly reasons: string;
};

// ---------------------------------------------------------------------------------------------
// Letters

export type LetterKind =
  | "notUnreasonable"
  | "noRestrictions"
  | "restrictionNotice"
  | "extremeNotice"
  | "reviewRequestReceived"
  | "reviewRemoved"
  | "reviewKept"
  | "reviewExtended"
  | "reviewAmended"
  | "appealReceived"
  | "lateAppealToReview"
  | "lateAppealReferred"
  | "appealConfirmed"
  | "appealAmended"
  | "appealRemoved"
  | "restrictionsEnded";

/**
 * A decision's letter (app/letters/letter.ts): addressed to the representative when one is
 * recorded, otherwise the customer; with the channel the terms and adjustments allow (an email
 * to open in Outlook, or a printable letter to post).
 */
export type LetterDraft = Letter & { readonly kind: LetterKind };

// ---------------------------------------------------------------------------------------------
// Results

/** Field → what is wrong with it, e.g. { "end": "Enter the last day as a date." }. */
export type FieldErrors = Readonly<Record<string, string>>;

export type DecisionSuccess = {
  readonly ok: true;
  /** The case as saved, with the eTags for the next decision. */
  readonly loaded: LoadedCase;
  /** The audit events this decision wrote (who, when, what, why). */
  readonly events: readonly CaseEvent[];
  /** Events the store could not append: the decision is saved; retry with appendEvents. */
  readonly unsavedEvents: readonly CaseEvent[];
  readonly letter?: LetterDraft;
  /** Shown to the decider, never a block: e.g. a term against a reasonable adjustment. */
  readonly warnings: readonly string[];
  /** lodgeAppeal only: "late" when it arrived after the window and waits for a choice (5.2.7). */
  readonly appealRoute?: "appeal" | "late";
  /**
   * The decision binds only once the customer is told, and this person may not tell them:
   * who can (5.2.4), in words, so the pane can say to prepare the notice for them.
   */
  readonly noticeNeededFrom?: string;
};

export type DecisionFailure =
  /** What was entered is incomplete or malformed; nothing was saved. */
  | {
      readonly ok: false;
      readonly kind: "invalid";
      readonly errors: FieldErrors;
      readonly message: string;
    }
  /** The policy refuses it (role, stage, dates, second review request …); nothing was saved. */
  | {
      readonly ok: false;
      readonly kind: "refused";
      readonly refusal: Refusal;
      readonly message: string;
    }
  /** Someone else changed the case since it was read: reload and decide again. */
  | { readonly ok: false; readonly kind: "conflict"; readonly message: string };

export type DecisionResult = DecisionSuccess | DecisionFailure;

// ---------------------------------------------------------------------------------------------
// Previews (no store access): for warnings and flags while the form is being filled in

export type RestrictionsPreview = {
  readonly errors: FieldErrors;
  /** Reasonable-adjustment conflicts (adjustmentConflicts), to show before deciding. */
  readonly warnings: readonly string[];
  /** The terms in plain words (describeTerms). */
  readonly sentences: readonly string[];
  /** 5.2.5 measures: only the assistant director or the City Solicitor (or deputy). */
  readonly extreme: boolean;
};

export type AppealTiming = {
  /** The last day in time; undefined while no notice is recorded (then any appeal is in time). */
  readonly appealBy?: LocalDate;
  readonly inTime: boolean;
  /**
   * Where recording it would lead: an appeal to pass to the director; a late appeal waiting
   * for the director or helpdesk manager to choose (5.2.7); or refused.
   */
  readonly route: "appeal" | "late" | "refused";
  readonly message: string;
};

/** A restricted case whose review is due (or overdue), for the helpdesk manager. */
export type ReviewDueItem = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly serviceArea: string;
  readonly stage: Stage;
  readonly reviewDue: LocalDate;
  readonly periodEnd?: LocalDate;
  /** The domain's isReviewOverdue: the due date has passed and no review is under way. */
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly reviewUnderWay: boolean;
};
