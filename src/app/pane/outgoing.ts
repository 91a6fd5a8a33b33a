/**
 * Writing to a restricted customer (compose mode). The terms restrict how the customer contacts
 * the council; for mail the council sends, the pane says what the terms mean for the writer:
 * email blocked (5.2.5), contact by another channel only, or only the SPOC or deputy writes.
 */
import { sameAddress } from "../../domain/address";
import type { PolicyConfig } from "../../domain/config";
import { restrictionStatus } from "../../domain/restrictionStatus";
import type {
  EmailAddress,
  Person,
  RegisterEntry,
  Verdict,
  VerdictReason,
} from "../../domain/types";
import { channelManner, listWithOr } from "../../domain/wording";
import type { SignedInUser } from "../ports";
import type { VerdictView } from "./types";
import { notInForceView, view } from "./verdictWords";

function handlers(spoc: Person, deputy: Person | undefined): string {
  return deputy
    ? `the SPOC, ${spoc.name}, or the deputy, ${deputy.name}`
    : `the SPOC, ${spoc.name}`;
}

/**
 * The writer is the SPOC or deputy: the signed-in user, or the mailbox the email goes out from
 * when that is the SPOC's or deputy's own (a delegate sending as them, or a team mailbox named as
 * the SPOC): the customer hears from the SPOC either way (docs/policy-rules.md).
 */
function isHandler(user: SignedInUser, entry: RegisterEntry, from: EmailAddress | undefined) {
  const writers = from === undefined ? [user.email] : [user.email, from];
  return [entry.spoc, entry.deputy].some(
    (p) => p !== undefined && writers.some((w) => sameAddress(p.email, w)),
  );
}

/**
 * The verdict on sending this email to the case's customer (or representative) now; `from` is
 * the mailbox it is sent from, when Outlook says (a shared mailbox, or the user's own).
 */
export function judgeOutgoing(
  entry: RegisterEntry,
  user: SignedInUser,
  at: Date,
  config: PolicyConfig,
  from?: EmailAddress,
): { verdict: Verdict; view: VerdictView } {
  const status = restrictionStatus(entry, at, config);
  if (status.kind === "notInForce") {
    const shown = notInForceView(entry, status, at, config);
    return { verdict: { kind: "notRestricted", reasons: [], advice: shown.advice }, view: shown };
  }
  const { terms } = status;
  const helpdesk = `the ${config.roleTitles.cityHelpdeskManager}`;
  const { spoc, deputy } = entry;
  const ask = spoc ? `Speak to ${handlers(spoc, deputy)}.` : `Speak to ${helpdesk}.`;
  const reasons: VerdictReason[] = [];
  const advice: string[] = [];
  if (terms.extreme?.blockedChannels.includes("email")) {
    reasons.push({
      code: "channelBlocked",
      message: "Contact by email is blocked for this customer (5.2.5).",
    });
    advice.push("Do not write to this customer by email.", ask);
    const verdict: Verdict = { kind: "blocked", reasons, advice };
    return {
      verdict,
      view: view(
        "blocked",
        "Restricted customer: email is blocked",
        [reasons[0]?.message ?? ""],
        advice,
      ),
    };
  }
  const allowed = terms.allowedChannels;
  if (allowed?.length && !allowed.includes("email")) {
    const manner = listWithOr(allowed.map(channelManner));
    reasons.push({
      code: "channelNotAllowed",
      message: `The terms allow contact ${manner} only.`,
    });
    advice.push(`Write ${manner} instead of by email.`);
  }
  if (terms.spocOnly === true && !isHandler(user, entry, from)) {
    reasons.push({
      code: "notToSpoc",
      message: spoc
        ? `Only ${handlers(spoc, deputy)}, deals with this customer.`
        : "Only the SPOC deals with this customer, and no SPOC is recorded.",
    });
    advice.push(
      spoc
        ? `Ask ${handlers(spoc, deputy)}, to write to them instead.`
        : `Ask ${helpdesk} who should write to them.`,
    );
  }
  if (reasons.length > 0) {
    const verdict: Verdict = { kind: "outsideTerms", reasons, advice };
    return {
      verdict,
      view: view(
        "outsideTerms",
        "Restricted customer: this email would be outside the terms",
        reasons.map((r) => r.message),
        advice,
      ),
    };
  }
  const within = ["Keep to the terms shown below.", "Log the contact once it is sent."];
  return {
    verdict: { kind: "withinTerms", reasons: [], advice: within },
    view: view("withinTerms", "Restricted customer: you may write within the terms", [], within),
  };
}
