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
import { GRAPH_BUDGET_MS, OUTBOX_TRY_MS, startDeadline, withDeadline } from "../deadline";
import type { AppDeps } from "../deps";
import type { CaseSearch } from "../findCustomers";
import { describeFailure, failureSentence, type FailureWording } from "../errorWording";
import type { KeptCopy } from "../letters/correspondence";
import type { LetterService } from "../letters/delivery";
import { localDateOf } from "../../domain/zonedTime";
import { actorFor } from "./actions";
import type { MyWork } from "../work/myWork";
import type { CustomerCard } from "./customerCard";
import type { MailItem, SignedInUser } from "../ports";
import { type CheckOptions, createMessageChecker, type MessageChecker } from "./messageCheck";
import { notifyItem } from "./notification";
import { type ContactOutbox, createContactOutbox, type OutboxStorage } from "./outbox";
import type { StepOneProgress, StepOneRecorded } from "./stepOneProgress";
import type {
  ActionOutcome,
  CaseSummaryView,
  CaseVersion,
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
export { describeFailure, failureSentence, ITEM_CHANGED } from "../errorWording";
export { GRAPH_BUDGET_MS, PERSON_WAIT_MS, REGISTER_STALENESS_MS, withDeadline } from "../deadline";
export {
  accessFor,
  CASE_WORKSPACE_ROLES,
  mayOpenCases,
  mayTakeImmediateAction,
  NO_ACCESS_MESSAGE,
  NO_ACCESS_TITLE,
  NO_ACTIONS,
} from "./actions";
export {
  changeConcerns,
  type CheckOptions,
  createMessageChecker,
  type MessageChecker,
} from "./messageCheck";
export type { CaseChange, CaseChanges } from "../caseChanges";
export { NOTIFICATION_LIMIT, notificationFor, notifyItem } from "./notification";
export {
  type ContactOutbox,
  createContactOutbox,
  isWaiting,
  type OutboxOptions,
  type OutboxStorage,
} from "./outbox";
export { OTHER_CHANNELS, otherContactErrors, SUMMARY_LIMIT } from "./otherContactInput";
export type { ReferralOptions } from "./referral";
export { stepOneDefaults } from "./stepOneDefaults";
export type { StepOneProgress, StepOneRecorded } from "./stepOneProgress";
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
  /**
   * The message's verdict within the check's budget (GRAPH_BUDGET_MS unless `options` says
   * less, as the send-time check does); never rejects.
   */
  check(item: MailItem, user: SignedInUser, options?: CheckOptions): Promise<MessageCheck>;
  /** Marks `item` (the message judged) with the check's notice; nothing if Outlook moved on. */
  notify(check: MessageCheck, item?: MailItem): Promise<void>;
  /** 5.2.3: a call, letter or visit, judged against the case's terms and logged via the outbox. */
  logOtherContact(input: LogOtherInput, user: SignedInUser): Promise<OtherContactOutcome>;
  raiseConcern(
    input: StepOneInput,
    user: SignedInUser,
    item?: MailItem,
  ): Promise<FormOutcome<RaisedConcern>>;
  prepareReferral(ref: CaseSummaryView["ref"], user: SignedInUser): Promise<PreparedReferral>;
  submitReferral(draft: ReferralDraft, user: SignedInUser): Promise<FormOutcome<ReferralSent>>;
  forwardToSpoc(
    caseView: CaseSummaryView,
    user: SignedInUser,
    item?: MailItem,
  ): Promise<ActionOutcome>;
  /**
   * Printing, recording as posted and keeping letters, as this user (managers and above: the
   * case documents are theirs). Undefined for frontline staff.
   */
  letters(user: SignedInUser): LetterService | undefined;
  /** 5.2.1: a copy of the message being read (with its attachments) kept with the case. */
  keepMessageCopy(ref: CaseSummaryView["ref"], user: SignedInUser): Promise<KeptCopy>;
  /**
   * 5.1: the concern confirmed in writing, the offer of a representative, or the customer's
   * answer; `asRead`, the version the screen showed (a later change refuses it).
   */
  recordStepOneProgress(
    ref: CaseSummaryView["ref"],
    progress: StepOneProgress,
    user: SignedInUser,
    asRead?: CaseVersion,
  ): Promise<FormOutcome<StepOneRecorded>>;
  /** Any customer by reference, email address or any word of the name (no message needed). */
  findCustomers(text: string): Promise<CaseSearch>;
  /** A customer found by search, as frontline staff need them when they phone. Never rejects. */
  customerCard(ref: CaseRef, user: SignedInUser): Promise<CustomerCard>;
  /** The user's work queues ("My work"), by role. */
  myWork(user: SignedInUser): Promise<MyWork>;
};

/** Managers and above keep the case's documents (as the case files, SharePoint permissions). */
function documentActor(user: SignedInUser) {
  return actorFor(user, (role) => role !== "frontline");
}

/**
 * A form's submit within the budget: its reads and writes run under the deadline (each write
 * is idempotent, so one cut short is safely repeated), and one that outruns it is reported as
 * failed, in words, like any other failure of the form.
 */
async function bounded<T>(
  deps: AppDeps,
  work: (deps: AppDeps) => Promise<T>,
  failedAs: (failure: FailureWording) => T,
): Promise<T> {
  try {
    return await withDeadline(deps.store, GRAPH_BUDGET_MS, (store) => work({ ...deps, store }));
  } catch (e) {
    return failedAs(describeFailure(e));
  }
}

/**
 * Work that words its own failures (a queue that could not be read, a card that says why): its
 * store stops at the deadline, and each read cut short is one of those failures.
 */
async function underDeadline<T>(deps: AppDeps, work: (deps: AppDeps) => Promise<T>): Promise<T> {
  const { deadline, done } = startDeadline(GRAPH_BUDGET_MS);
  try {
    return await work({ ...deps, store: deps.store.withDeadline?.(deadline) ?? deps.store });
  } finally {
    done();
  }
}

const failedForm = (failure: FailureWording) => ({
  kind: "failed" as const,
  message: failureSentence(failure),
  failure,
});

export function createPaneUseCases(deps: AppDeps, options: PaneOptions): PaneUseCases {
  // Writes reach the checker through `changes` (the store announces them), not from here.
  const checker = createMessageChecker(deps, options.changes);
  const outbox = createContactOutbox(deps, options.outboxStorage);
  return {
    checker,
    outbox,
    changes: options.changes,
    check: (item, user, checkOptions) => checker.check(item, user, checkOptions),
    notify: (check, item) => notifyItem(deps, check, item),
    logOtherContact: async (input, user) => {
      const { logOtherContact } = await import(
        /* webpackChunkName: "other-contact" */ "./otherContact"
      );
      // The case is read under a deadline (a read that fails still logs the contact, unjudged);
      // the outbox then keeps the contact whatever happens, and bounds each try to store it.
      const { deadline, done } = startDeadline(GRAPH_BUDGET_MS - OUTBOX_TRY_MS);
      try {
        const store = deps.store.withDeadline?.(deadline) ?? deps.store;
        return await logOtherContact({ ...deps, store }, outbox, input, user);
      } finally {
        done();
      }
    },
    raiseConcern: async (input, user, item) => {
      const { raiseConcern } = await import(/* webpackChunkName: "step-one" */ "./stepOne");
      return bounded(deps, (d) => raiseConcern(d, input, user, item), failedForm);
    },
    prepareReferral: async (ref, user) => {
      const { prepareReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      return bounded(deps, (d) => prepareReferral(d, ref, user), failedForm);
    },
    submitReferral: async (draft, user) => {
      const { submitReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      const send = (d: AppDeps) =>
        submitReferral(d, draft, user, { helpdeskMailbox: options.helpdeskMailbox });
      return bounded(deps, send, failedForm);
    },
    forwardToSpoc: async (caseView, user, item) => {
      const { forwardToSpoc } = await import(/* webpackChunkName: "forward" */ "./forward");
      return forwardToSpoc(deps, caseView, user, item);
    },
    letters: (user) => {
      const actor = documentActor(user);
      if (!actor) return undefined;
      // Letters (and pdf-lib behind them) load when first used, not with the first verdict.
      const service = async () =>
        (await import(/* webpackChunkName: "letters" */ "../letters/delivery")).letterService(
          deps,
          actor,
        );
      return {
        print: async (letter) => (await service()).print(letter),
        recordSentByPost: async (letter, sentOn) =>
          (await service()).recordSentByPost(letter, sentOn),
        keepEmailed: async (letter) => (await service()).keepEmailed(letter),
        today: () => localDateOf(deps.clock.now(), deps.config.timeZone),
      };
    },
    keepMessageCopy: async (ref, user) => {
      const actor = documentActor(user);
      if (!actor) {
        return { kind: "refused", message: "Only managers can keep copies with the case." };
      }
      const { keepMessageCopy, notKept } = await import(
        /* webpackChunkName: "referral" */ "../letters/correspondence"
      );
      // Stored once under the message's key, so a copy cut short at the deadline is kept by a retry.
      return withDeadline(deps.store, GRAPH_BUDGET_MS, (store) =>
        keepMessageCopy({ ...deps, store }, ref, actor),
      ).catch((e: unknown) => notKept(e, ref));
    },
    recordStepOneProgress: async (ref, progress, user, asRead) => {
      const { recordStepOneProgress } = await import(
        /* webpackChunkName: "step-one-progress" */ "./stepOneProgress"
      );
      return bounded(
        deps,
        (d) => recordStepOneProgress(d, ref, progress, user, asRead),
        failedForm,
      );
    },
    findCustomers: async (text) => {
      const { searchCases } = await import(/* webpackChunkName: "find" */ "../findCustomers");
      return withDeadline(deps.store, GRAPH_BUDGET_MS, (store) => searchCases(store, text));
    },
    customerCard: async (ref, user) => {
      const { customerCard } = await import(/* webpackChunkName: "find" */ "./customerCard");
      return underDeadline(deps, (d) => customerCard(d, ref, user));
    },
    myWork: async (user) => {
      const { loadMyWork } = await import(/* webpackChunkName: "my-work" */ "../work/myWork");
      return underDeadline(deps, (d) => loadMyWork(d, user));
    },
  };
}
