/**
 * The pane's use cases (DESIGN §5), for src/taskpane. Pure over the ports: no React, no Office,
 * no Graph. `createPaneUseCases` wires them together (the checker's cache is invalidated when a
 * contact is logged or a case is opened or referred). The check, the outbox and forwarding are
 * here for the first verdict; the forms' use cases (with the lifecycle rules and letters they
 * need) load on first use, each in the chunk of its form (webpackChunkName, the same name as
 * in src/taskpane/lazyPanels.tsx), so opening a form fetches both at once.
 */
import type { EmailAddress } from "../../domain/types";
import { GRAPH_BUDGET_MS, OUTBOX_TRY_MS, startDeadline, withDeadline } from "../deadline";
import type { AppDeps } from "../deps";
import { describeFailure, failureSentence, type FailureWording } from "../errorWording";
import type { KeptCopy } from "../letters/correspondence";
import type { LetterService } from "../letters/delivery";
import { localDateOf } from "../../domain/zonedTime";
import { actorFor } from "./actions";
import type { MailItem, SignedInUser } from "../ports";
import { type CheckOptions, createMessageChecker, type MessageChecker } from "./messageCheck";
import { notifyItem } from "./notification";
import { type ContactOutbox, createContactOutbox, type OutboxStorage } from "./outbox";
import type { StepOneProgress, StepOneRecorded } from "./stepOneProgress";
import { forwardToSpoc } from "./forward";
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
export type { FailureContext, FailureWording } from "../errorWording";
export { describeFailure, failureSentence } from "../errorWording";
export { GRAPH_BUDGET_MS, PERSON_WAIT_MS, REGISTER_STALENESS_MS, withDeadline } from "../deadline";
export {
  accessFor,
  CASE_WORKSPACE_ROLES,
  NO_ACCESS_MESSAGE,
  NO_ACCESS_TITLE,
  NO_ACTIONS,
} from "./actions";
export { type CheckOptions, createMessageChecker, type MessageChecker } from "./messageCheck";
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
export type { StepOneProgress, StepOneRecorded } from "./stepOneProgress";
export { forwardToSpoc } from "./forward";

export type PaneOptions = {
  readonly outboxStorage: OutboxStorage;
  /** Where referrals go (AppConfig.helpdeskMailbox). */
  readonly helpdeskMailbox: EmailAddress;
};

/** The use cases over one AppDeps, sharing one session cache. */
export type PaneUseCases = {
  readonly checker: MessageChecker;
  readonly outbox: ContactOutbox;
  /**
   * The message's verdict within the check's budget (GRAPH_BUDGET_MS unless `options` says
   * less, as the send-time check does); never rejects.
   */
  check(item: MailItem, user: SignedInUser, options?: CheckOptions): Promise<MessageCheck>;
  notify(check: MessageCheck): Promise<void>;
  /** 5.2.3: a call, letter or visit, judged against the case's terms and logged via the outbox. */
  logOtherContact(input: LogOtherInput, user: SignedInUser): Promise<OtherContactOutcome>;
  raiseConcern(input: StepOneInput, user: SignedInUser): Promise<FormOutcome<RaisedConcern>>;
  prepareReferral(ref: CaseSummaryView["ref"], user: SignedInUser): Promise<PreparedReferral>;
  submitReferral(draft: ReferralDraft, user: SignedInUser): Promise<FormOutcome<ReferralSent>>;
  forwardToSpoc(caseView: CaseSummaryView, user: SignedInUser): Promise<ActionOutcome>;
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

const failedForm = (failure: FailureWording) => ({
  kind: "failed" as const,
  message: failureSentence(failure),
  failure,
});

export function createPaneUseCases(deps: AppDeps, options: PaneOptions): PaneUseCases {
  const checker = createMessageChecker(deps);
  const outbox = createContactOutbox(deps, options.outboxStorage, {
    onLogged: (ref) => checker.invalidateCase(ref),
  });
  return {
    checker,
    outbox,
    check: (item, user, checkOptions) => checker.check(item, user, checkOptions),
    notify: (check) => notifyItem(deps, check),
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
    raiseConcern: async (input, user) => {
      const { raiseConcern } = await import(/* webpackChunkName: "step-one" */ "./stepOne");
      const outcome = await bounded(deps, (d) => raiseConcern(d, input, user), failedForm);
      if (outcome.kind === "done") checker.clear();
      return outcome;
    },
    prepareReferral: async (ref, user) => {
      const { prepareReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      return bounded(deps, (d) => prepareReferral(d, ref, user), failedForm);
    },
    submitReferral: async (draft, user) => {
      const { submitReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      const send = (d: AppDeps) =>
        submitReferral(d, draft, user, { helpdeskMailbox: options.helpdeskMailbox });
      const outcome = await bounded(deps, send, failedForm);
      if (outcome.kind === "done") checker.invalidateCase(draft.ref);
      return outcome;
    },
    forwardToSpoc: (caseView, user) => forwardToSpoc(deps, caseView, user),
    letters: (user) => {
      const actor = documentActor(user);
      if (!actor) return undefined;
      // Letters (and pdf-lib behind them) load when first used, not with the first verdict.
      const load = () => import(/* webpackChunkName: "letters" */ "../letters/delivery");
      return {
        print: async (letter) => (await load()).printLetter(deps, letter),
        recordSentByPost: async (letter, sentOn) =>
          (await load()).recordSentByPost(deps, letter, sentOn, actor),
        keepEmailed: async (letter) => (await load()).keepEmailedLetter(deps, letter, actor),
        today: () => localDateOf(deps.clock.now(), deps.config.timeZone),
      };
    },
    keepMessageCopy: async (ref, user) => {
      const actor = documentActor(user);
      if (!actor) {
        return { kind: "refused", message: "Only managers can keep copies with the case." };
      }
      const { keepMessageCopy } = await import(
        /* webpackChunkName: "referral" */ "../letters/correspondence"
      );
      return keepMessageCopy(deps, ref, actor);
    },
    recordStepOneProgress: async (ref, progress, user, asRead) => {
      const { recordStepOneProgress } = await import(
        /* webpackChunkName: "step-one-progress" */ "./stepOneProgress"
      );
      const outcome = await bounded(
        deps,
        (d) => recordStepOneProgress(d, ref, progress, user, asRead),
        failedForm,
      );
      if (outcome.kind === "done") checker.invalidateCase(ref);
      return outcome;
    },
  };
}
