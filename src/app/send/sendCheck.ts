/**
 * The check at the moment of sending (Outlook's Smart Alerts, OnMessageSend): the recipients
 * judged by the pane's own compose check (one address lookup for all of them, one read per case
 * found; the same verdicts the pane shows), reduced to what the sender must know before the email
 * leaves: a restricted customer or representative whose terms this email breaks, or restrictions
 * decided but not yet told to the customer. Everything else sends with no prompt. The check has
 * its own deadline: Outlook shows "taking longer than expected" after five seconds, so a check
 * that cannot finish in time says so instead of holding the email.
 */
import { formatLongDate } from "../../domain/wording";
import type { CaseRef, EmailAddress, Person } from "../../domain/types";
import type { AppDeps } from "../deps";
import { describeFailure, type FailureWording } from "../errorWording";
import type { AddressKind, MailItem, SignedInUser } from "../ports";
import { createMessageChecker, type MessageChecker } from "../pane/messageCheck";
import type {
  CaseSummaryView,
  ComposeCheck,
  ItemNotification,
  RecipientCheck,
} from "../pane/types";

/** The message as Outlook gives it when the user chooses Send. */
export type OutgoingMessage = {
  readonly to: readonly EmailAddress[];
  readonly cc: readonly EmailAddress[];
  readonly bcc: readonly EmailAddress[];
  /** The mailbox it goes out from (a shared mailbox, say), when Outlook says. */
  readonly from?: EmailAddress;
  /**
   * Recipients Outlook gave without an email address (X.500, empty), by name: never dropped,
   * they make the check "could not check" unless a restricted recipient is already found.
   */
  readonly uncheckedRecipients?: readonly string[];
};

/** Why an email to this customer needs a second look. */
export type SendConcern = "blocked" | "channelNotAllowed" | "notSpoc" | "notYetTold";

/** One restricted case among the recipients whose terms this email would not keep. */
export type CaseConcerns = {
  readonly ref: CaseRef;
  readonly customerName: string;
  /** The recipients of this case, and whether each is the customer's or the representative's. */
  readonly addresses: readonly { readonly address: EmailAddress; readonly kind: AddressKind }[];
  readonly concerns: readonly SendConcern[];
  /** One sentence per concern, in the pane's words. */
  readonly reasons: readonly string[];
  /** What to do instead, most important first (the pane's advice). */
  readonly advice: readonly string[];
  /** The terms in plain words (describeTerms). */
  readonly terms: readonly string[];
  readonly spoc?: Person;
  readonly deputy?: Person;
};

export type SendDecision =
  /** Nobody restricted, or every restricted recipient may be written to like this. */
  | { readonly kind: "send" }
  | { readonly kind: "warn"; readonly cases: readonly CaseConcerns[] }
  /** The recipients could not be checked (offline, sign-in, throttled, too slow). */
  | { readonly kind: "couldNotCheck"; readonly failure: FailureWording };

/** Decide within this long: Outlook tells the user the add-in is slow after five seconds. */
export const SEND_CHECK_DEADLINE_MS = 4_000;

export type SendCheckOptions = {
  readonly deadlineMs?: number;
};

export interface SendCheck {
  /**
   * Signs in (silently) and checks, within the deadline. Never rejects: a failure of either, or
   * running out of time, is "couldNotCheck".
   */
  decide(message: OutgoingMessage): Promise<SendDecision>;
  /**
   * The line Outlook shows on the draft when recipients change (OnMessageRecipientsChanged): the
   * pane's own compose notification. Never rejects.
   */
  recipientsNotice(message: OutgoingMessage): Promise<ItemNotification>;
}

const TOO_SLOW: FailureWording = {
  code: "unavailable",
  title: "SharePoint did not answer in time",
  detail: "The restriction register took too long to answer, so the recipients were not checked.",
  retryable: true,
};

class DeadlinePassed extends Error {
  override readonly name = "DeadlinePassed";
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function asComposeItem(message: OutgoingMessage, now: Date): MailItem {
  return {
    mode: "compose",
    subject: "",
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    ...(message.from ? { from: message.from } : {}),
    ...(message.uncheckedRecipients?.length
      ? { uncheckedRecipients: message.uncheckedRecipients }
      : {}),
    receivedAt: now,
  };
}

function concernsOf(recipient: RecipientCheck): SendConcern[] {
  const concerns: SendConcern[] = [];
  for (const reason of recipient.case.verdict.reasons) {
    if (reason.code === "channelBlocked") concerns.push("blocked");
    if (reason.code === "channelNotAllowed") concerns.push("channelNotAllowed");
    if (reason.code === "notToSpoc") concerns.push("notSpoc");
  }
  if (recipient.case.awaitingNotice) concerns.push("notYetTold");
  return concerns;
}

const NOT_YET_TOLD_ADVICE =
  "If this email tells them, record the notice once it is sent; otherwise wait until they are told.";

function notYetToldReason(view: CaseSummaryView, deps: Pick<AppDeps, "config">): string {
  const decided = view.awaitingNotice?.date;
  const on = decided ? ` on ${formatLongDate(decided)}` : "";
  const who = deps.config.roleTitles.assistantDirector;
  return `Restrictions on this customer's contact were decided${on} but they have not been told yet: the ${who} tells them (5.2.4).`;
}

/** The cases among the recipients whose terms this email would not keep, most serious first. */
function casesOf(check: ComposeCheck, deps: Pick<AppDeps, "config">): CaseConcerns[] {
  const byRef = new Map<CaseRef, CaseConcerns>();
  for (const recipient of check.recipients) {
    const concerns = concernsOf(recipient);
    if (concerns.length === 0) continue;
    const view = recipient.case;
    const known = byRef.get(view.ref);
    // A recipient is found by an address, so it always matched as the customer's or another's.
    const address = { address: recipient.address, kind: view.matchedAs ?? "customer" };
    if (known) {
      byRef.set(view.ref, { ...known, addresses: [...known.addresses, address] });
      continue;
    }
    const untold = concerns.includes("notYetTold");
    // Within the terms otherwise: the pane's advice ("keep to the terms") is not a reason to stop.
    const judged = concerns.some((c) => c !== "notYetTold");
    const reasons = [
      ...recipient.verdict.reasons,
      ...(untold ? [notYetToldReason(view, deps)] : []),
    ];
    const advice = [
      ...(judged ? recipient.verdict.advice : []),
      ...(untold ? [NOT_YET_TOLD_ADVICE] : []),
    ];
    byRef.set(view.ref, {
      ref: view.ref,
      customerName: view.customerName,
      addresses: [address],
      concerns,
      reasons,
      advice,
      terms: view.terms,
      ...(view.spoc ? { spoc: view.spoc } : {}),
      ...(view.deputy ? { deputy: view.deputy } : {}),
    });
  }
  return [...byRef.values()];
}

export function createSendCheck(
  deps: Pick<AppDeps, "store" | "clock" | "config" | "session">,
  options: SendCheckOptions = {},
  /** The pane's checker, when one is already running in this runtime (its caches are shared). */
  checker: MessageChecker = createMessageChecker(deps),
): SendCheck {
  const deadlineMs = options.deadlineMs ?? SEND_CHECK_DEADLINE_MS;

  /** The compose check, or null for someone without a role (not shown restrictions, nor stopped). */
  async function composeCheck(message: OutgoingMessage): Promise<ComposeCheck | null> {
    const user: SignedInUser = await deps.session.currentUser();
    if (user.roles.length === 0) return null;
    const check = await checker.check(asComposeItem(message, deps.clock.now()), user);
    if (check.mode !== "compose") throw new Error("A compose check came back as a read check.");
    return check;
  }

  const hasRecipients = (m: OutgoingMessage) =>
    m.to.length + m.cc.length + m.bcc.length + (m.uncheckedRecipients?.length ?? 0) > 0;

  return {
    async decide(message) {
      if (!hasRecipients(message)) return { kind: "send" };
      try {
        const check = await withDeadline(composeCheck(message), deadlineMs);
        if (check === null) return { kind: "send" };
        if (check.verdict.kind === "couldNotCheck") {
          return { kind: "couldNotCheck", failure: check.verdict.failure ?? describeFailure(null) };
        }
        const cases = casesOf(check, deps);
        return cases.length > 0 ? { kind: "warn", cases } : { kind: "send" };
      } catch (e) {
        return {
          kind: "couldNotCheck",
          failure: e instanceof DeadlinePassed ? TOO_SLOW : describeFailure(e),
        };
      }
    },

    async recipientsNotice(message) {
      if (!hasRecipients(message)) return { kind: "none" };
      try {
        return (
          (await withDeadline(composeCheck(message), deadlineMs))?.notification ?? {
            kind: "none",
          }
        );
      } catch {
        // The send check says so if it still cannot check; a failed lookup marks nothing here.
        return { kind: "none" };
      }
    },
  };
}
