/**
 * The pane's use cases (DESIGN §5), for src/taskpane. Pure over the ports: no React, no Office,
 * no Graph. `createPaneUseCases` wires them together (the checker's cache is invalidated when a
 * contact is logged or a case is opened or referred). The check, the outbox and forwarding are
 * here for the first verdict; the forms' use cases (with the lifecycle rules and letters they
 * need) load on first use, each in the chunk of its form (webpackChunkName, the same name as
 * in src/taskpane/lazyPanels.tsx), so opening a form fetches both at once.
 */
import type { EmailAddress } from "../../domain/types";
import type { AppDeps } from "../deps";
import type { KeptCopy } from "../letters/correspondence";
import type { LetterService } from "../letters/delivery";
import { localDateOf } from "../../domain/zonedTime";
import { actorFor } from "./actions";
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
export { OTHER_CHANNELS, otherContactErrors, SUMMARY_LIMIT } from "./otherContactInput";
export type { ReferralOptions } from "./referral";
export { stepOneDefaults } from "./stepOneDefaults";
export type { StepOneProgress } from "./stepOneProgress";
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
  /**
   * Printing, recording as posted and keeping letters, as this user (managers and above: the
   * case documents are theirs). Undefined for frontline staff.
   */
  letters(user: SignedInUser): LetterService | undefined;
  /** 5.2.1: a copy of the message being read (with its attachments) kept with the case. */
  keepMessageCopy(ref: CaseSummaryView["ref"], user: SignedInUser): Promise<KeptCopy>;
  /** 5.1: the concern confirmed in writing, or the customer's answer to the arrangement. */
  recordStepOneProgress(
    ref: CaseSummaryView["ref"],
    progress: StepOneProgress,
    user: SignedInUser,
  ): Promise<FormOutcome>;
};

/** Managers and above keep the case's documents (as the case files, SharePoint permissions). */
function documentActor(user: SignedInUser) {
  return actorFor(user, (role) => role !== "frontline");
}

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
    logOtherContact: async (input, user) => {
      const { logOtherContact } = await import(
        /* webpackChunkName: "other-contact" */ "./otherContact"
      );
      return logOtherContact(deps, outbox, input, user);
    },
    raiseConcern: async (input, user) => {
      const { raiseConcern } = await import(/* webpackChunkName: "step-one" */ "./stepOne");
      const outcome = await raiseConcern(deps, input, user);
      if (outcome.kind === "done") checker.clear();
      return outcome;
    },
    prepareReferral: async (ref, user) => {
      const { prepareReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      return prepareReferral(deps, ref, user);
    },
    submitReferral: async (draft, user) => {
      const { submitReferral } = await import(/* webpackChunkName: "referral" */ "./referral");
      const outcome = await submitReferral(deps, draft, user, {
        helpdeskMailbox: options.helpdeskMailbox,
      });
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
    recordStepOneProgress: async (ref, progress, user) => {
      const { recordStepOneProgress } = await import(
        /* webpackChunkName: "step-one-progress" */ "./stepOneProgress"
      );
      const outcome = await recordStepOneProgress(deps, ref, progress, user);
      if (outcome.kind === "done") checker.invalidateCase(ref);
      return outcome;
    },
  };
}
