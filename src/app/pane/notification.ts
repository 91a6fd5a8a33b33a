/**
 * The line Outlook shows on the message itself (notificationMessages, at most 150 characters):
 * the verdict in a sentence, the terms that apply in a few words where space allows, and the
 * first thing to do. It never asks to log a message already in the log. Nothing is shown for a
 * sender who is not on the register, so ordinary mail stays unmarked.
 */
import { LOG_ADVICE } from "../../domain/contactEvaluation";
import type { AppDeps } from "../deps";
import type { MailItem } from "../ports";
import type { CaseSummaryView, ItemNotification, MessageCheck, VerdictView } from "./types";

export const NOTIFICATION_LIMIT = 150;

const ALREADY_LOGGED = "Already in the contact log.";

function fit(text: string): string {
  return text.length <= NOTIFICATION_LIMIT ? text : `${text.slice(0, NOTIFICATION_LIMIT - 1)}…`;
}

/**
 * `head (terms): tail` with as many of the terms as fit, the rest counted ("+2 more"); without
 * the brackets when not even one fits.
 */
function withTerms(head: string, brief: readonly string[], tail: string): string {
  for (let shown = brief.length; shown > 0; shown -= 1) {
    const more = brief.length - shown;
    const terms = [...brief.slice(0, shown), ...(more > 0 ? [`+${more} more`] : [])].join("; ");
    const text = `${head} (${terms}). ${tail}`;
    if (text.length <= NOTIFICATION_LIMIT) return text;
  }
  return `${head}. ${tail}`;
}

/** The first advice that still needs doing: logging is dropped once the message is logged. */
function firstAdvice(verdict: VerdictView, logged: boolean, fallback: string): string {
  const advice = logged ? verdict.advice.filter((a) => a !== LOG_ADVICE) : verdict.advice;
  return advice[0] ?? fallback;
}

/** What to say about logging after the first advice, unless the advice already says it. */
function logging(logged: boolean, said: string): string {
  if (logged) return ALREADY_LOGGED;
  return said === LOG_ADVICE ? "" : LOG_ADVICE;
}

/** `text` then `tail`, shortening the text rather than the tail, which says what to do next. */
function keepingTail(text: string, tail: string): string {
  const whole = tail ? `${text} ${tail}` : text;
  if (whole.length <= NOTIFICATION_LIMIT) return whole;
  return `${text.slice(0, NOTIFICATION_LIMIT - tail.length - 2).trimEnd()}… ${tail}`;
}

function spocOf(c: CaseSummaryView): string | undefined {
  if (c.spoc) return `the SPOC, ${c.spoc.name}`;
  if (c.deputy) return `the deputy SPOC, ${c.deputy.name}`;
  return undefined;
}

function readText(verdict: VerdictView, lead: CaseSummaryView | undefined): string | undefined {
  const logged = lead?.alreadyLogged === true;
  const brief = lead?.termsInBrief ?? [];
  const logTail = logged ? ALREADY_LOGGED : LOG_ADVICE;
  switch (verdict.kind) {
    case "notRestricted":
      return undefined;
    case "caseOpen":
      // Under restrictions that do not apply yet (not told, or not started): say which.
      return lead?.stage === "restricted"
        ? `Known customer: ${verdict.title.charAt(0).toLowerCase()}${verdict.title.slice(1)}. ${logTail}`
        : `Known customer, not restricted: case ${lead?.stageInWords ?? "open"}. ${logTail}`;
    case "withinArrangement":
      return withTerms(
        "Known customer, not restricted: within the arrangement agreed at step one",
        brief,
        logTail,
      );
    case "outsideArrangement": {
      const tail = logged ? ALREADY_LOGGED : "Log it: it is monitoring evidence.";
      return withTerms(
        "Known customer, not restricted: outside the arrangement agreed at step one",
        brief,
        tail,
      );
    }
    case "withinTerms": {
      // Who deals with the customer only when contact is limited to the SPOC.
      const spoc = lead?.spocOnly === true && lead ? spocOf(lead) : undefined;
      const tail = spoc ? `Only ${spoc}, deals with them.${logged ? "" : " Log it."}` : logTail;
      return withTerms("Restricted customer: within the terms", brief, tail);
    }
    case "outsideTerms": {
      // The pane's first advice, so the message and the pane never say different things; the
      // advice matters more here than the terms, which the pane lists with the reasons. A copy
      // to other officers is said in fewer words, so that who replies always fits.
      const copied = lead?.verdict.reasons.every((r) => r.code === "copiedToOthers") === true;
      const spoc = lead?.spoc?.name;
      const first =
        copied && spoc
          ? `Copied to other officers: only the SPOC, ${spoc}, replies (no reply-all).`
          : firstAdvice(verdict, logged, "Do not reply: file it.");
      return keepingTail(
        `Restricted customer: outside the terms. ${first}`,
        logging(logged, first),
      );
    }
    case "blocked":
      return keepingTail(
        "Restricted customer: this contact is blocked. Do not respond.",
        logging(logged, ""),
      );
    case "couldNotCheck":
      return "Could not check the sender against the restriction register. Open the add-in to try again.";
  }
}

function composeText(verdict: VerdictView, lead: CaseSummaryView | undefined): string | undefined {
  const name = lead ? `${lead.customerName}` : "a recipient";
  switch (verdict.kind) {
    case "notRestricted":
      return undefined;
    case "caseOpen":
    case "withinArrangement":
    case "outsideArrangement":
      return `Known customer among the recipients (${name}), not restricted.`;
    case "withinTerms":
      return withTerms(
        `Restricted customer among the recipients: ${name}`,
        lead?.termsInBrief ?? [],
        "Keep to the terms.",
      );
    case "outsideTerms":
      return `Restricted customer: ${name}. This email would be outside the terms; see the add-in.`;
    case "blocked":
      return `Restricted customer: ${name}. Email is blocked; do not send.`;
    case "couldNotCheck":
      return "Could not check the recipients against the restriction register. Open the add-in to try again.";
  }
}

export function notificationFor(
  mode: "read" | "compose",
  verdict: VerdictView,
  lead: CaseSummaryView | undefined,
): ItemNotification {
  const text = mode === "read" ? readText(verdict, lead) : composeText(verdict, lead);
  if (text === undefined) return { kind: "none" };
  const kind =
    verdict.kind === "outsideTerms" ||
    verdict.kind === "blocked" ||
    verdict.kind === "couldNotCheck"
      ? "error"
      : "informational";
  return { kind, text: fit(text) };
}

/**
 * Shows or clears the item's notification. Never rejects: the pane shows the verdict whatever
 * Outlook does with the notification.
 */
export async function notifyItem(
  deps: Pick<AppDeps, "mailbox">,
  check: MessageCheck,
  /** The item judged: the notice goes on it, or nowhere when Outlook has moved on. */
  item?: MailItem,
): Promise<void> {
  try {
    const n = check.notification;
    if (n.kind === "none") await deps.mailbox.clearNotification(item);
    else await deps.mailbox.showNotification(n.kind, n.text, item);
  } catch {
    // The item may have changed or Outlook refused: the verdict is still in the pane.
  }
}
