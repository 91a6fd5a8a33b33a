/**
 * The line Outlook shows on the message itself (notificationMessages, at most 150 characters):
 * the verdict in a sentence and the first thing to do. Nothing is shown for a sender who is not
 * on the register, so ordinary mail stays unmarked.
 */
import type { AppDeps } from "../deps";
import type { CaseSummaryView, ItemNotification, MessageCheck, VerdictView } from "./types";

export const NOTIFICATION_LIMIT = 150;

function fit(text: string): string {
  return text.length <= NOTIFICATION_LIMIT ? text : `${text.slice(0, NOTIFICATION_LIMIT - 1)}…`;
}

function spocOf(c: CaseSummaryView | undefined): string | undefined {
  if (c?.spoc) return `the SPOC, ${c.spoc.name}`;
  if (c?.deputy) return `the deputy SPOC, ${c.deputy.name}`;
  return undefined;
}

function readText(verdict: VerdictView, lead: CaseSummaryView | undefined): string | undefined {
  const spoc = spocOf(lead);
  switch (verdict.kind) {
    case "notRestricted":
      return undefined;
    case "caseOpen":
      // Under restrictions that do not apply yet (not told, or not started): say which.
      return lead?.stage === "restricted"
        ? `Known customer: ${verdict.title.charAt(0).toLowerCase()}${verdict.title.slice(1)}. Log this contact.`
        : `Known customer, not restricted: case ${lead?.stageInWords ?? "open"}. Log this contact.`;
    case "withinTerms":
      return spoc
        ? `Restricted customer: within the terms. Only ${spoc} deals with them.`
        : "Restricted customer: within the terms. Log this contact.";
    case "outsideTerms":
      // The pane's first piece of advice, so the message and the pane never say different things.
      return `Restricted customer: outside the terms. ${verdict.advice[0] ?? "Do not reply; log it and file it."}`;
    case "blocked":
      return "Restricted customer: this contact is blocked. Do not respond; log it.";
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
      return `Known customer among the recipients (${name}), not restricted.`;
    case "withinTerms":
      return `Restricted customer among the recipients: ${name}. Keep to the terms.`;
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
): Promise<void> {
  try {
    const n = check.notification;
    if (n.kind === "none") await deps.mailbox.clearNotification();
    else await deps.mailbox.showNotification(n.kind, n.text);
  } catch {
    // The item may have changed or Outlook refused: the verdict is still in the pane.
  }
}
