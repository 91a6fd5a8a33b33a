/**
 * What the pane asks of the use cases, in the shape its views need. paneApiFromApp (built on
 * src/app) is the real one; tests may pass their own.
 */
import type { MailItem, SignedInUser } from "../app/ports";
import type { CaseRef, EmailAddress, ReasonableAdjustment, RegisterEntry } from "../domain/types";
import type { AllowanceUsage } from "../domain/volumeUsage";
import type { FormOutcome } from "./forms/formOutcome";
import type { StepOneDraft } from "./forms/StepOneForm";
import type { LogStatus } from "./read/LogContact";
import type { VerdictIntent } from "./read/Verdict";

/** A verdict ready to show: `kind` becomes `data-verdict`. */
export type VerdictView = {
  readonly kind: string;
  readonly intent: VerdictIntent;
  readonly title: string;
  readonly reasons: readonly string[];
  readonly advice: readonly string[];
  /** Could not check: offer "Try again". */
  readonly retryable: boolean;
};

export type CaseView = {
  readonly entry: RegisterEntry;
  readonly usage: readonly AllowanceUsage[];
  /** Only for roles that may read the case file. */
  readonly adjustments?: readonly ReasonableAdjustment[];
  /** This message is already in the case's contact log. */
  readonly alreadyLogged: boolean;
};

/** What this user may do here, decided by the use cases (role and stage). */
export type PaneActions = {
  readonly logContact: boolean;
  readonly forwardToSpoc: boolean;
  readonly raiseConcern: boolean;
  readonly refer: boolean;
  readonly openCase: boolean;
  readonly findCase: boolean;
};

export type ReadCheck = {
  readonly mode: "read";
  readonly verdict: VerdictView;
  /** The case(s) the sender belongs to; empty when not known. */
  readonly cases: readonly CaseView[];
  readonly actions: PaneActions;
};

export type RecipientCheck = {
  readonly address: EmailAddress;
  readonly verdict: VerdictView;
  readonly case?: CaseView;
};

export type ComposeCheck = {
  readonly mode: "compose";
  /** The verdict for the message as a whole (the most serious of its recipients'). */
  readonly verdict: VerdictView;
  readonly recipients: readonly RecipientCheck[];
};

export type MessageCheck = ReadCheck | ComposeCheck;

export type ReferralEvidence =
  | {
      readonly kind: "ready";
      readonly sections: readonly { readonly title: string; readonly text: string }[];
    }
  | { readonly kind: "failed"; readonly message: string };

export type ActionOutcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface PaneApi {
  /** Outlook would not give the item (src/office's MailboxError): a "could not check" verdict. */
  itemProblem(error: unknown): VerdictView;
  /** Never rejects: a failure is a "could not check" verdict. */
  check(item: MailItem, user: SignedInUser): Promise<MessageCheck>;
  /** Marks the item itself (Outlook notification); failures are not the user's concern. */
  notify(item: MailItem, check: MessageCheck): Promise<void>;
  logContact(
    item: MailItem,
    ref: CaseRef,
    summary: string,
    user: SignedInUser,
  ): Promise<Exclude<LogStatus, { kind: "idle" | "saving" }>>;
  forwardToSpoc(item: MailItem, ref: CaseRef): Promise<ActionOutcome>;
  raiseConcern(item: MailItem, draft: StepOneDraft, user: SignedInUser): Promise<FormOutcome>;
  referralEvidence(ref: CaseRef, user: SignedInUser): Promise<ReferralEvidence>;
  refer(ref: CaseRef, note: string, user: SignedInUser): Promise<FormOutcome>;
}
