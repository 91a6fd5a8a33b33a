import type { PolicyConfig } from "./config";
import {
  channelBlocked,
  channelNotAllowed,
  notToSpoc,
  outsideContactWindow,
  overVolume,
} from "./contactReasons";
import { restrictionStatus } from "./restrictionStatus";
import type {
  ContactFacts,
  LoggedContact,
  Person,
  RegisterEntry,
  RestrictionTerms,
  Verdict,
  VerdictKind,
  VerdictReason,
} from "./types";

export type EvaluationInput = {
  readonly entry: RegisterEntry;
  /** The case's logged contacts, at least since `contactsNeededSince` (more do no harm). */
  readonly contacts: readonly LoggedContact[];
  readonly contact: ContactFacts;
  readonly config: PolicyConfig;
};

const FILED_STILL_READ =
  "Filed contact is still read for significant new information or safeguarding concerns.";
const LOG = "Log this contact.";

function spocAndDeputy(spoc: Person, deputy: Person | undefined): string {
  return deputy
    ? `the SPOC, ${spoc.name} (or the deputy, ${deputy.name}, in their absence)`
    : `the SPOC, ${spoc.name}`;
}

/** What staff should do, most important first. */
function adviceFor(
  kind: Exclude<VerdictKind, "notRestricted">,
  reasons: readonly VerdictReason[],
  terms: RestrictionTerms,
  entry: RegisterEntry,
  config: PolicyConfig,
): readonly string[] {
  const { spoc, deputy } = entry;
  const helpdesk = `the ${config.roleTitles.cityHelpdeskManager}`;
  const missingSpoc =
    terms.spocOnly === true && !spoc
      ? [`No SPOC is recorded for this case: tell ${helpdesk}.`]
      : [];
  if (kind === "blocked") {
    const tell = spoc ? `Tell the SPOC, ${spoc.name}.` : `Tell ${helpdesk}.`;
    return ["Do not respond to this contact.", LOG, tell, FILED_STILL_READ];
  }
  if (kind === "outsideTerms") {
    if (spoc && reasons.every((r) => r.code === "notToSpoc")) {
      return [`Forward it to ${spocAndDeputy(spoc, deputy)}.`, "Do not reply yourself.", LOG];
    }
    return [
      "Do not reply to contact outside the terms; log it and file it.",
      ...missingSpoc,
      FILED_STILL_READ,
    ];
  }
  const significant = terms.significantQueriesOnly === true;
  return [
    ...(significant
      ? ["Only significant and serious queries are answered: file it otherwise."]
      : []),
    ...(terms.newIssuesOnly === true
      ? ["Only new issues are dealt with: do not acknowledge or action issues already dealt with."]
      : []),
    ...missingSpoc,
    ...(terms.spocOnly === true && spoc
      ? [`Only ${spocAndDeputy(spoc, deputy)} deals with this customer: pass it on.`]
      : []),
    ...(significant ? [FILED_STILL_READ] : []),
    LOG,
  ];
}

/**
 * Judges one contact against the case's terms (5.2.3, 5.2.5). Every broken rule is listed,
 * even when a blocked channel already decides the verdict, so the log shows the whole picture.
 */
export function evaluateContact(input: EvaluationInput): Verdict {
  const { entry, contacts, contact, config } = input;
  const status = restrictionStatus(entry, contact.at, config);
  if (status.kind === "notInForce") {
    return { kind: "notRestricted", reasons: [], advice: [status.advice] };
  }
  const { terms, period } = status;
  // The SPOC and deputy the binding terms name: until the customer is told of a change, the
  // ones they were told of (5.2.6).
  const { spoc: _latestSpoc, deputy: _latestDeputy, ...rest } = entry;
  const bound: RegisterEntry = {
    ...rest,
    ...(status.spoc ? { spoc: status.spoc } : {}),
    ...(status.deputy ? { deputy: status.deputy } : {}),
  };
  const reasons = [
    channelBlocked(terms, contact),
    channelNotAllowed(terms, contact),
    outsideContactWindow(terms, contact, config),
    ...overVolume(terms, period, contacts, contact, config),
    notToSpoc(terms, bound, contact),
  ].filter((r): r is VerdictReason => r !== undefined);
  const kind: Exclude<VerdictKind, "notRestricted"> = reasons.some(
    (r) => r.code === "channelBlocked",
  )
    ? "blocked"
    : reasons.length > 0
      ? "outsideTerms"
      : "withinTerms";
  return { kind, reasons, advice: adviceFor(kind, reasons, terms, bound, config) };
}
