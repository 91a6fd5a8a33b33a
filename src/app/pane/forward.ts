/**
 * Forwarding the message in view to the case's SPOC (and deputy), with a covering note that
 * says who the customer is, the case, and what the pane found about this message.
 */
import type { EmailAddress } from "../../domain/types";
import type { AppDeps } from "../deps";
import { failureSentence, isItemChanged, ITEM_CHANGED } from "../errorWording";
import type { MailItem, SignedInUser } from "../ports";
import type { ActionOutcome, CaseSummaryView } from "./types";

export function coveringNote(caseView: CaseSummaryView, user: SignedInUser): string {
  const to = caseView.spoc ? caseView.spoc.name : (caseView.deputy?.name ?? "");
  const role = caseView.spoc ? "the single point of contact" : "the deputy single point of contact";
  const from =
    caseView.matchedAs === "representative"
      ? `from the representative of ${caseView.customerName}`
      : `from ${caseView.customerName}`;
  const verdict = caseView.view;
  const reasons = verdict.reasons.length > 0 ? ` ${verdict.reasons.join(" ")}` : "";
  const logged = caseView.alreadyLogged
    ? "It is logged in the case's contact log."
    : "It is not logged yet.";
  return [
    `${to ? `${to}, ` : ""}I am forwarding this message ${from} (case ${caseView.ref}) to you as ${role} for this customer.`,
    `${verdict.title}.${reasons}`,
    logged,
    user.name,
  ].join("\n\n");
}

export async function forwardToSpoc(
  deps: Pick<AppDeps, "mailbox">,
  caseView: CaseSummaryView,
  user: SignedInUser,
  /** The message judged: nothing is forwarded if Outlook now shows another. */
  item?: MailItem,
): Promise<ActionOutcome> {
  const to = [caseView.spoc?.email, caseView.deputy?.email].filter(
    (a): a is EmailAddress => a !== undefined,
  );
  if (to.length === 0) {
    return {
      ok: false,
      message: "No SPOC or deputy is recorded for this case: tell the city helpdesk manager.",
    };
  }
  try {
    await deps.mailbox.openForward(to, coveringNote(caseView, user), item);
    const names = [caseView.spoc?.name, caseView.deputy?.name].filter(Boolean).join(" and ");
    return { ok: true, message: `A forward to ${names} is open: check it, then send it.` };
  } catch (e) {
    if (isItemChanged(e)) return { ok: false, message: failureSentence(ITEM_CHANGED) };
    return {
      ok: false,
      message: "Outlook did not open the forward. Forward the message yourself from Outlook.",
    };
  }
}
