/**
 * What the deciders' screens send and get back (5.2.2–5.2.7). Inputs are what a form holds:
 * dates as typed ("YYYY-MM-DD"), names and addresses as typed. Every use case checks them first
 * and saves nothing when a field is wrong.
 */
import type { PolicyConfig } from "../../domain/config";
import type {
  CaseEvent,
  CaseRef,
  LocalDate,
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

/** Someone consulted, or who agreed extreme measures, with the role they acted in. */
export type ConsultedInput = PersonInput & { readonly role: Role };

// ---------------------------------------------------------------------------------------------
// Inputs

/** 5.2.2. `restrictionsNeeded` only matters when `unreasonable`. */
export type AssessmentInput = {
  readonly unreasonable: boolean;
  readonly restrictionsNeeded: boolean;
  readonly consulted: readonly ConsultedInput[];
  readonly reasons: string;
};

/** 5.2.4, 5.2.6: told on a date, or (exceptionally) not told, with the reasons. */
export type NoticeInput =
  | { readonly kind: "notified"; readonly on: string }
  | { readonly kind: "notNotified"; readonly reason: string };

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

export type ReviewRequestInput = { readonly requestedOn: string; readonly grounds: string };

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

export type AppealInput = { readonly lodgedOn: string; readonly grounds: string };

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
  /** lodgeAppeal only: "review" when a late appeal was taken as the review request (5.2.7). */
  readonly appealRoute?: "appeal" | "review";
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
  /** Where lodging it would go: the appeal, the review process (5.2.7), or refused. */
  readonly route: "appeal" | "review" | "refused";
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
