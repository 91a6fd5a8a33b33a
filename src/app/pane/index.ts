/**
 * The pane's use cases (DESIGN §5), for src/taskpane. Pure over the ports: no React, no Office,
 * no Graph. `createPaneUseCases` wires them together (the checker's cache of a case is dropped
 * whenever the store announces a write to it: caseChanges.ts). The check, the outbox and forwarding are
 * here for the first verdict; the forms' use cases (with the lifecycle rules and letters they
 * need) load on first use, each in the chunk of its form (webpackChunkName, the same name as
 * in src/taskpane/lazyPanels.tsx), so opening a form fetches both at once.
 */
import type { CaseRef, EmailAddress } from "../../domain/types";
import type { CaseChanges } from "../caseChanges";
import type { AppDeps } from "../deps";
import type { CaseSearch } from "../findCustomers";
import type { MyWork } from "../work/myWork";
import type { CustomerCard } from "./customerCard";
import type { MailItem, SignedInUser } from "../ports";
import { createMessageChecker, type MessageChecker } from "./messageCheck";
import { notifyItem } from "./notification";
import { type ContactOutbox, createContactOutbox, type OutboxStorage } from "./outbox";
import type { StepOneProgress } from "./stepOneProgress";
import { forwardToSpoc } from "./forward";
import type {
  ActionOutcome,
  CaseSummaryView,
  FormOutcome,
  LogOtherInput,
  MessageCheck,
  OtherContactOutcome,
  PreparedReferral,
  RaisedConcern,
  ReferralDraft,
  ReferralSent,
  StepOneInput,
} from "./types";

export type * from "./types";
export type { CustomerCard } from "./customerCard";
export type { CaseSearch } from "../findCustomers";
export type { MyWork, WorkItem, WorkQueue } from "../work/myWork";
export { hasWork } from "../work/roles";
export type { FailureContext, FailureWording } from "../errorWording";
export { describeFailure, failureSentence } from "../errorWording";
export {
  accessFor,
  CASE_WORKSPACE_ROLES,
  NO_ACCESS_MESSAGE,
  NO_ACCESS_TITLE,
  NO_ACTIONS,
} from "./actions";
export { changeConcerns, createMessageChecker, type MessageChecker } from "./messageCheck";
export type { CaseChange, CaseChanges } from "../caseChanges";
export { NOTIFICATION_LIMIT, notificationFor, notifyItem } from "./notification";
export {
  type ContactOutbox,
  createContactOutbox,
  type OutboxOptions,
  type OutboxStorage,
} from "./outbox";
export { OTHER_CHANNELS, otherContactErrors, SUMMARY_LIMIT } from "./otherContactInput";
export type { ReferralOptions } from "./referral";
export { stepOneDefaults } from "./stepOneDefaults";
export type { StepOneProgress } from "./stepOneProgress";
export { forwardToSpoc } from "./forward";

export type PaneOptions = {
  readonly outboxStorage: OutboxStorage;
  /** Where referrals go (AppConfig.helpdeskMailbox). */
  readonly helpdeskMailbox: EmailAddress;
  /** Announces every write of `deps.store` (watchCaseWrites): the pane's one state per case. */
  readonly changes: CaseChanges;
};

/** The use cases over one AppDeps, sharing one session cache. */
export type PaneUseCases = {
  readonly checker: MessageChecker;
  readonly outbox: ContactOutbox;
  /** Every case written in this pane, once its action has finished: views re-read it. */
  readonly changes: CaseChanges;
  check(item: MailItem, user: SignedInUser): Promise<MessageCheck>;
  notify(check: MessageCheck): Promise<void>;
  /** 5.2.3: a call, letter or visit, judged against the case's terms and logged via the outbox. */
  logOtherContact(input: LogOtherInput, user: SignedInUser): Promise<OtherContactOutcome>;
  raiseConcern(input: StepOneInput, user: SignedInUser): Promise<FormOutcome<RaisedConcern>>;
  prepareReferral(ref: CaseSummaryView["ref"], user: SignedInUser): Promise<PreparedReferral>;
  submitReferral(draft: ReferralDraft, user: SignedInUser): Promise<FormOutcome<ReferralSent>>;
  forwardToSpoc(caseView: CaseSummaryView, user: SignedInUser): Promise<ActionOutcome>;
  /** 5.1: the concern confirmed in writing, or the customer's answer to the arrangement. */
  recordStepOneProgress(
    ref: CaseSummaryView["ref"],
    progress: StepOneProgress,
    user: SignedInUser,
  ): Promise<FormOutcome>;
  /** Any customer by reference, email address or any word of the name (no message needed). */
  findCustomers(text: string): Promise<CaseSearch>;
  /** A customer found by search, as frontline staff need them when they phone. Never rejects. */
  customerCard(ref: CaseRef, user: SignedInUser): Promise<CustomerCard>;
  /** The user's work queues ("My work"), by role. */
  myWork(user: SignedInUser): Promise<MyWork>;
};

export function createPaneUseCases(deps: AppDeps, options: PaneOptions): PaneUseCases {
  // Writes reach the checker through `changes` (the store announces them), not from here.
  const checker = createMessageChecker(deps, options.changes);
  const outbox = createContactOutbox(deps, options.outboxStorage);
  return {
    checker,
    outbox,
    changes: options.changes,
    check: (item, user) => checker.check(item, user),
    notify: (check) => notifyItem(deps, check),
    logOtherContact: async (input, user) => {
      const { logOtherContact } = await import(
        /* webpackChunkName: "other-contact" */ "./otherContact"
      );
      return logOtherContact(deps, outbox, input, user);
    },
    raiseConcern: async (input, user) => {
      const { raiseConcern } = await import(/* webpackChunkName: "step-one" */ "./stepOne");
      return raiseConcern(deps, input, user);
    },
    prepareReferral: async (ref, user) => {
      const { prepareReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      return prepareReferral(deps, ref, user);
    },
    submitReferral: async (draft, user) => {
      const { submitReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      return submitReferral(deps, draft, user, { helpdeskMailbox: options.helpdeskMailbox });
    },
    forwardToSpoc: (caseView, user) => forwardToSpoc(deps, caseView, user),
    recordStepOneProgress: async (ref, progress, user) => {
      const { recordStepOneProgress } = await import(
        /* webpackChunkName: "step-one-progress" */ "./stepOneProgress"
      );
      return recordStepOneProgress(deps, ref, progress, user);
    },
    findCustomers: async (text) => {
      const { searchCases } = await import(/* webpackChunkName: "find" */ "../findCustomers");
      return searchCases(deps.store, text);
    },
    customerCard: async (ref, user) => {
      const { customerCard } = await import(/* webpackChunkName: "find" */ "./customerCard");
      return customerCard(deps, ref, user);
    },
    myWork: async (user) => {
      const { loadMyWork } = await import(/* webpackChunkName: "my-work" */ "../work/myWork");
      return loadMyWork(deps, user);
    },
  };
}
