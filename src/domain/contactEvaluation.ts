import type { PolicyConfig } from "./config";
import {
  type CasePeople,
  channelBlocked,
  channelNotAllowed,
  copiedToOthers,
  notToSpoc,
  outsideContactWindow,
  overVolume,
  premisesRestricted,
} from "./contactReasons";
import { restrictionStatus } from "./restrictionStatus";
import { arrangementStandard, type Standard } from "./standard";
import { termsBindFrom } from "./termsInForce";
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
/** The advice to log the contact: its own sentence, so a message already logged can drop it. */
export const LOG_ADVICE = "Log this contact.";

function spocAndDeputy(spoc: Person, deputy: Person | undefined): string {
  return deputy
    ? `the SPOC, ${spoc.name} (or the deputy, ${deputy.name}, in their absence)`
    : `the SPOC, ${spoc.name}`;
}

/** 5.2.3's options are "not prescribed or limited": conditions in words are read by people. */
function otherConditionsAdvice(terms: RestrictionTerms): readonly string[] {
  const conditions = terms.otherConditions ?? [];
  if (conditions.length === 0) return [];
  const list = conditions.map((c) => c.replace(/\.+$/, "")).join("; ");
  return [`Not checked by the add-in, so check this contact yourself against: ${list}.`];
}

function onlyReasons(reasons: readonly VerdictReason[], code: VerdictReason["code"]): boolean {
  return reasons.length > 0 && reasons.every((r) => r.code === code);
}

function blockedAdvice(
  reasons: readonly VerdictReason[],
  entry: RegisterEntry,
  config: PolicyConfig,
): readonly string[] {
  const { spoc } = entry;
  const helpdesk = `the ${config.roleTitles.cityHelpdeskManager}`;
  const tell = spoc ? `Tell the SPOC, ${spoc.name}.` : `Tell ${helpdesk}.`;
  if (reasons.some((r) => r.code === "premisesRestricted")) {
    return [
      "Do not deal with the visit beyond what safety requires: the customer's access to council premises is restricted.",
      "If they will not leave, or anyone feels unsafe, call the duty manager or security; in an emergency call 999.",
      LOG_ADVICE,
      spoc ? `Tell the SPOC, ${spoc.name}, and ${helpdesk}.` : `Tell ${helpdesk}.`,
    ];
  }
  return ["Do not respond to this contact.", LOG_ADVICE, tell, FILED_STILL_READ];
}

/** What staff should do about contact judged against restrictions, most important first. */
/** A call or a visit: the officer is speaking with the customer now, so "file it" cannot apply. */
function isLive(contact: ContactFacts): boolean {
  return contact.channel === "phone" || contact.channel === "inPerson";
}

function adviceFor(
  kind: "withinTerms" | "outsideTerms" | "blocked",
  reasons: readonly VerdictReason[],
  terms: RestrictionTerms,
  entry: RegisterEntry,
  config: PolicyConfig,
  contact: ContactFacts,
): readonly string[] {
  const { spoc, deputy } = entry;
  const helpdesk = `the ${config.roleTitles.cityHelpdeskManager}`;
  const missingSpoc =
    terms.spocOnly === true && !spoc
      ? [`No SPOC is recorded for this case: tell ${helpdesk}.`]
      : [];
  const others = otherConditionsAdvice(terms);
  if (kind === "blocked") return [...blockedAdvice(reasons, entry, config), ...others];
  if (kind === "outsideTerms" && isLive(contact)) {
    if (spoc && onlyReasons(reasons, "notToSpoc")) {
      return [
        `Pass the customer to ${spocAndDeputy(spoc, deputy)}, or take a message for them.`,
        "Do not deal with the matter yourself.",
        LOG_ADVICE,
        ...others,
      ];
    }
    return [
      "Tell the customer politely that this contact is outside the terms set for them and how they may contact the council, then end it: the matter is not dealt with now.",
      LOG_ADVICE,
      ...missingSpoc,
      ...others,
    ];
  }
  if (kind === "outsideTerms") {
    if (spoc && onlyReasons(reasons, "notToSpoc")) {
      return [
        `Forward it to ${spocAndDeputy(spoc, deputy)}.`,
        "Do not reply yourself.",
        LOG_ADVICE,
        ...others,
      ];
    }
    if (spoc && onlyReasons(reasons, "copiedToOthers")) {
      return [
        `Only ${spocAndDeputy(spoc, deputy)}, replies: to the customer alone, not to all.`,
        "Other officers it was sent to: do not reply; leave it to the SPOC.",
        LOG_ADVICE,
        ...others,
      ];
    }
    return [
      "Do not reply to contact outside the terms: file it.",
      LOG_ADVICE,
      ...missingSpoc,
      ...others,
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
    ...others,
    ...(significant ? [FILED_STILL_READ] : []),
    LOG_ADVICE,
  ];
}

/** Every rule a contact can break, in the order the policy lists them (5.2.3, then 5.2.5). */
function brokenRules(
  standard: Standard,
  people: CasePeople,
  input: EvaluationInput,
): readonly VerdictReason[] {
  const { contacts, contact, config } = input;
  const { terms } = standard;
  return [
    channelBlocked(terms, contact),
    premisesRestricted(terms, contact),
    channelNotAllowed(standard, contact),
    outsideContactWindow(standard, contact, config),
    ...overVolume(standard, contacts, contact, config),
    notToSpoc(terms, people, contact),
    copiedToOthers(standard, people, contact, config),
  ].filter((r): r is VerdictReason => r !== undefined);
}

function peopleOf(entry: RegisterEntry): CasePeople {
  return { spoc: entry.spoc, deputy: entry.deputy, representative: entry.representative };
}

/** 5.1: contact while an agreed arrangement is monitored, judged against the arrangement. */
function judgeAgainstArrangement(standard: Standard, input: EvaluationInput): Verdict {
  const { entry } = input;
  const { spoc, deputy } = entry;
  const reasons = brokenRules(standard, peopleOf(entry), input);
  const others = otherConditionsAdvice(standard.terms);
  const spocOnly = standard.terms.spocOnly === true && spoc;
  if (reasons.length === 0) {
    return {
      kind: "withinArrangement",
      reasons,
      advice: [
        "Within the arrangement agreed with the customer at step one (5.1): deal with it as normal.",
        ...(spocOnly
          ? [`Under the arrangement, ${spocAndDeputy(spoc, deputy)}, deals with this customer.`]
          : []),
        ...others,
        LOG_ADVICE,
      ],
    };
  }
  const redirect =
    spocOnly && onlyReasons(reasons, "notToSpoc")
      ? [`Pass it to ${spocAndDeputy(spoc, deputy)}.`]
      : spocOnly && onlyReasons(reasons, "copiedToOthers")
        ? [`Leave the reply to ${spocAndDeputy(spoc, deputy)}: do not reply to all.`]
        : [];
  return {
    kind: "outsideArrangement",
    reasons,
    advice: [
      "Outside the arrangement agreed at step one (5.1): the customer is not restricted, so deal with it as normal.",
      ...redirect,
      LOG_ADVICE,
      "The log is the monitoring evidence: if the behaviour continues, the manager can refer the case (5.2.1).",
      ...others,
    ],
  };
}

/**
 * Judges one contact against the case's terms (5.2.3, 5.2.5), or against the arrangement agreed
 * at step one while it is monitored (5.1). Every broken rule is listed, even when a blocked
 * channel already decides the verdict, so the log shows the whole picture.
 */
export function evaluateContact(input: EvaluationInput): Verdict {
  const { entry, contact, config } = input;
  const status = restrictionStatus(entry, contact.at, config);
  if (status.kind === "notInForce") {
    const arrangement = arrangementStandard(entry, contact.at, config);
    if (arrangement) return judgeAgainstArrangement(arrangement, input);
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
  const standard: Standard = {
    basis: "terms",
    terms,
    firstDay: period.start,
    bindsFrom: termsBindFrom(period, config),
  };
  const reasons = brokenRules(standard, peopleOf(bound), input);
  const kind: Exclude<VerdictKind, "notRestricted" | "withinArrangement" | "outsideArrangement"> =
    reasons.some((r) => r.code === "channelBlocked" || r.code === "premisesRestricted")
      ? "blocked"
      : reasons.length > 0
        ? "outsideTerms"
        : "withinTerms";
  return {
    kind,
    reasons,
    advice: adviceFor(kind, reasons, terms, bound, config, input.contact),
  };
}
