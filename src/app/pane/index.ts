/**
 * The pane's use cases (DESIGN §5), for src/taskpane. Pure over the ports: no React, no Office,
 * no Graph. `createPaneUseCases` wires them together (the checker's cache is invalidated when a
 * contact is logged or a case is opened or referred); each is also exported on its own.
 */
import type { EmailAddress } from "../../domain/types";
import type { AppDeps } from "../deps";
import type { MailItem, SignedInUser } from "../ports";
import { createMessageChecker, type MessageChecker } from "./messageCheck";
import { notifyItem } from "./notification";
import { type ContactOutbox, createContactOutbox, type OutboxStorage } from "./outbox";
import { logOtherContact } from "./otherContact";
import { prepareReferral, submitReferral } from "./referral";
import { raiseConcern } from "./stepOne";
import { recordStepOneProgress, type StepOneProgress } from "./stepOneProgress";
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
export type { FailureContext, FailureWording } from "../errorWording";
export { describeFailure, failureSentence } from "../errorWording";
export {
  accessFor,
  CASE_WORKSPACE_ROLES,
  NO_ACCESS_MESSAGE,
  NO_ACCESS_TITLE,
  NO_ACTIONS,
} from "./actions";
export { createMessageChecker, type MessageChecker } from "./messageCheck";
export { NOTIFICATION_LIMIT, notificationFor, notifyItem } from "./notification";
export {
  type ContactOutbox,
  createContactOutbox,
  type OutboxOptions,
  type OutboxStorage,
} from "./outbox";
export { COUNCIL_CONTACT_NOTE, logOtherContact } from "./otherContact";
export { OTHER_CHANNELS, otherContactErrors, SUMMARY_LIMIT } from "./otherContactInput";
export { prepareReferral, type ReferralOptions, submitReferral } from "./referral";
export { raiseConcern, stepOneDefaults } from "./stepOne";
export { recordStepOneProgress, type StepOneProgress } from "./stepOneProgress";
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
};

export function createPaneUseCases(deps: AppDeps, options: PaneOptions): PaneUseCases {
  const checker = createMessageChecker(deps);
  const outbox = createContactOutbox(deps, options.outboxStorage, {
    onLogged: (ref) => checker.invalidateCase(ref),
  });
  return {
    checker,
    outbox,
    check: (item, user) => checker.check(item, user),
    notify: (check) => notifyItem(deps, check),
    logOtherContact: (input, user) => logOtherContact(deps, outbox, input, user),
    raiseConcern: async (input, user) => {
      const outcome = await raiseConcern(deps, input, user);
      if (outcome.kind === "done") checker.clear();
      return outcome;
    },
    prepareReferral: (ref, user) => prepareReferral(deps, ref, user),
    submitReferral: async (draft, user) => {
      const outcome = await submitReferral(deps, draft, user, {
        helpdeskMailbox: options.helpdeskMailbox,
      });
      if (outcome.kind === "done") checker.invalidateCase(draft.ref);
      return outcome;
    },
    forwardToSpoc: (caseView, user) => forwardToSpoc(deps, caseView, user),
    recordStepOneProgress: async (ref, progress, user) => {
      const outcome = await recordStepOneProgress(deps, ref, progress, user);
      if (outcome.kind === "done") checker.invalidateCase(ref);
      return outcome;
    },
  };
}
