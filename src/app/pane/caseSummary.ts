/**
 * One case as the pane shows it beside a message: the verdict for this message, the terms in
 * words, the people, this period's contacts against the allowance and the dates that matter.
 * Pure: the checker gathers the data, this lays it out.
 */
import { describeCaseStage } from "../../domain/noticePending";
import type { PolicyConfig } from "../../domain/config";
import { evaluateContact, LOG_ADVICE } from "../../domain/contactEvaluation";
import { appealBy, reviewDue } from "../../domain/deadlines";
import { representativeOfferRecorded } from "../../domain/caseRoles";
import { awaitingNotice } from "../../domain/noticePending";
import { sameMessageId } from "../../domain/messageId";
import { restrictionStatus } from "../../domain/restrictionStatus";
import { standardAt } from "../../domain/standard";
import {
  describeTerms,
  describeTermsBriefly,
  type TermsContext,
} from "../../domain/termsDescription";
import type {
  ContactFacts,
  LocalDate,
  LoggedContact,
  ReasonableAdjustment,
  RegisterEntry,
  RestrictionTerms,
  StepOneRecord,
  Verdict,
} from "../../domain/types";
import { type AllowanceUsage, allowanceUsage } from "../../domain/volumeUsage";
import { contactUnit, formatLongDate } from "../../domain/wording";
import type { AddressEntry, SignedInUser } from "../ports";
import { meansInWords } from "../../domain/lifecycleSupport";
import { caseActionsFor } from "./actions";
import type {
  AllowanceUsageView,
  ArrangementView,
  CaseSummaryView,
  CaseVersion,
  DateView,
  StepOneView,
  VerdictView,
} from "./types";
import { ARRANGEMENT_IN_WORDS_ONLY, inForceView, notInForceView } from "./verdictWords";

/** What the checker read for one case. */
export type CaseData = {
  readonly entry: RegisterEntry;
  readonly contacts: readonly LoggedContact[];
  readonly adjustments?: readonly ReasonableAdjustment[];
  readonly adjustmentsProblem?: string;
  /** The eTags read, for recording step one's progress from this screen (8). */
  readonly version?: CaseVersion;
  /** From the case file, for the managers who read it. */
  readonly stepOne?: StepOneRecord;
};

function dateView(date: LocalDate | undefined): DateView | undefined {
  return date ? { date, text: formatLongDate(date) } : undefined;
}

function usageText(usage: AllowanceUsage): string {
  const unit = contactUnit(usage.allowance.channels, usage.max);
  const { period } = usage;
  const when =
    period.per === "day"
      ? `on ${period.label}`
      : period.per === "month"
        ? `in ${period.label}`
        : `in the ${period.label}`;
  return `${usage.used} of ${usage.max} ${unit} ${when}`;
}

export function usageViews(usage: readonly AllowanceUsage[]): readonly AllowanceUsageView[] {
  return usage.map((u) => ({
    used: u.used,
    max: u.max,
    text: usageText(u),
    usedUp: u.used >= u.max,
  }));
}

/**
 * The domain's verdict and the pane's view of it, for a message received at `facts.at` (or,
 * named by `what`, another contact being logged).
 */
export function judge(
  data: CaseData,
  facts: ContactFacts,
  config: PolicyConfig,
  what?: string,
): { verdict: Verdict; view: VerdictView } {
  const verdict = evaluateContact({
    entry: data.entry,
    contacts: data.contacts,
    contact: facts,
    config,
  });
  const status = restrictionStatus(data.entry, facts.at, config);
  // Judged against restrictions in force, or against an arrangement being monitored.
  if (status.kind === "inForce" || verdict.kind !== "notRestricted") {
    return { verdict, view: inForceView(verdict, what) };
  }
  const shown = notInForceView(data.entry, status, facts.at, config);
  // A monitored case whose arrangement is in words only: say plainly this contact is not checked.
  const unchecked = data.entry.stage === "monitoring" && !data.entry.arrangement;
  return {
    verdict,
    view: unchecked ? { ...shown, advice: [...shown.advice, ARRANGEMENT_IN_WORDS_ONLY] } : shown,
  };
}

/** The terms as sentences, leaving out conditions in words: the pane shows those on their own. */
function termSentences(terms: RestrictionTerms, context: TermsContext, config: PolicyConfig) {
  if (!hasCheckedTerms(terms)) return [];
  return describeTerms({ ...terms, otherConditions: undefined }, context, config);
}

function hasCheckedTerms(terms: RestrictionTerms): boolean {
  return describeTermsBriefly({ ...terms, otherConditions: undefined }).length > 0;
}

const NOT_CHECKED_NOTE =
  "Recorded in words only (by an earlier version of the add-in), so contact is not checked against it.";

/** The step-one arrangement while the case is at step one (proposed) or monitored (agreed). */
function arrangementView(
  data: CaseData,
  context: TermsContext,
  config: PolicyConfig,
): ArrangementView | undefined {
  const { entry, stepOne } = data;
  if (entry.stage === "monitoring" && entry.arrangement) {
    const agreed = { ...context, arrangement: true, periodStart: entry.arrangement.agreedOn };
    return {
      status: "agreed",
      sentences: termSentences(entry.arrangement.terms, agreed, config),
      checked: true,
      agreedOn: {
        date: entry.arrangement.agreedOn,
        text: formatLongDate(entry.arrangement.agreedOn),
      },
    };
  }
  if (entry.stage === "monitoring") {
    const text = stepOne?.proposedArrangement.trim();
    return {
      status: "agreed",
      sentences: text ? [text] : [],
      checked: false,
      note: NOT_CHECKED_NOTE,
    };
  }
  if (entry.stage === "stepOne" && stepOne) {
    const terms = stepOne.proposedTerms;
    // The SPOC proposed: the register names one only once the arrangement is agreed.
    const spoc = stepOne.proposedSpoc ?? context.spoc;
    const proposed = { ...context, arrangement: true, ...(spoc ? { spoc } : {}) };
    return terms
      ? { status: "proposed", sentences: termSentences(terms, proposed, config), checked: true }
      : {
          status: "proposed",
          sentences: [stepOne.proposedArrangement],
          checked: false,
          note: NOT_CHECKED_NOTE,
        };
  }
  return undefined;
}

/** The terms that apply: restrictions (in force or to come), else the arrangement monitored. */
function applicableTerms(entry: RegisterEntry): RestrictionTerms | undefined {
  if (entry.stage === "restricted") return entry.terms;
  return entry.stage === "monitoring" ? entry.arrangement?.terms : undefined;
}

/** A message already in the log is not to be logged again: the advice says it is there. */
function adviceOnceLogged(shown: VerdictView): VerdictView {
  if (!shown.advice.includes(LOG_ADVICE)) return shown;
  return {
    ...shown,
    advice: shown.advice.map((a) => (a === LOG_ADVICE ? "Already in the contact log." : a)),
  };
}

/** Step one as recorded, at step one or monitoring; the next thing to record, if any (5.1). */
export function stepOneView(entry: RegisterEntry, record: StepOneRecord): StepOneView | undefined {
  if (entry.stage !== "stepOne" && entry.stage !== "monitoring") return undefined;
  const confirmed = record.confirmedInWritingOn;
  const next =
    entry.stage !== "stepOne"
      ? "nothing"
      : confirmed === undefined
        ? "confirmInWriting"
        : record.agreement === "pending"
          ? "recordAgreement"
          : "nothing";
  return {
    raisedOn: { date: record.raisedOn, text: formatLongDate(record.raisedOn) },
    raisedBy: record.raisedBy.name,
    proposedArrangement: record.proposedArrangement,
    ...(confirmed
      ? { confirmedInWritingOn: { date: confirmed, text: formatLongDate(confirmed) } }
      : {}),
    ...(record.confirmedVia ? { confirmedVia: meansInWords(record.confirmedVia) } : {}),
    agreement: record.agreement,
    ...(record.agreementRecordedOn
      ? {
          agreementRecordedOn: {
            date: record.agreementRecordedOn,
            text: formatLongDate(record.agreementRecordedOn),
          },
        }
      : {}),
    next,
    representative: representativeInWords(record),
    offerRecorded: representativeOfferRecorded(record),
    offerRepresentative:
      record.representativeOffer?.answer !== "accepted" &&
      record.representativeOffer?.answer !== "declined",
  };
}

function representativeInWords(record: StepOneRecord): string {
  const offer = record.representativeOffer;
  if (!offer)
    return record.representativeOffered
      ? "Offered when the concern was raised."
      : "Not yet offered.";
  const offered = `Offered on ${formatLongDate(offer.offeredOn)}`;
  switch (offer.answer) {
    case "pending":
      return `${offered}; no answer yet.`;
    case "accepted":
      return `${offered}; accepted${offer.representative ? `: ${offer.representative.name} acts for them` : ""}.`;
    case "declined":
      return `${offered}; declined.`;
  }
}

export function isLogged(contacts: readonly LoggedContact[], messageId: string | undefined) {
  return contacts.some((c) => sameMessageId(c.messageId, messageId));
}

/**
 * Builds the case's view; `judged` is the verdict to show (read: the message; compose: writing;
 * card: a call now, for a customer found by search, with no message and so no `match`).
 */
export function caseSummary(input: {
  readonly data: CaseData;
  readonly match?: AddressEntry;
  readonly facts: ContactFacts;
  readonly judged: { readonly verdict: Verdict; readonly view: VerdictView };
  readonly user: SignedInUser;
  readonly mode: "read" | "compose" | "card";
  readonly config: PolicyConfig;
}): CaseSummaryView {
  const { data, match, facts, judged, user, mode, config } = input;
  const { entry } = data;
  const restricted = entry.stage === "restricted";
  const inForce = restrictionStatus(entry, facts.at, config).kind === "inForce";
  const period = restricted ? entry.period : undefined;
  const context: TermsContext = {
    ...(entry.spoc ? { spoc: entry.spoc } : {}),
    ...(entry.deputy ? { deputy: entry.deputy } : {}),
    ...(period ? { periodStart: period.start } : {}),
  };
  const terms = restricted && entry.terms ? termSentences(entry.terms, context, config) : [];
  const applicable = applicableTerms(entry);
  const arrangement = arrangementView(data, context, config);
  const logged = isLogged(data.contacts, facts.messageId);
  const usage = allowanceUsage({ entry, contacts: data.contacts, at: facts.at, config });
  const review = entry.reviewDue ?? (period ? reviewDue(period, config) : undefined);
  const appeal = entry.appealBy ?? (period ? appealBy(period, config) : undefined);
  return {
    ref: entry.ref,
    customerName: entry.customerName,
    ...(match ? { matchedAddress: match.address, matchedAs: match.kind } : {}),
    stage: entry.stage,
    stageInWords: describeCaseStage(entry, config),
    restrictedNow: inForce,
    verdict: judged.verdict,
    view: logged && mode === "read" ? adviceOnceLogged(judged.view) : judged.view,
    serviceArea: entry.serviceArea,
    terms,
    termsInBrief: applicable ? describeTermsBriefly(applicable) : [],
    spocOnly: standardAt(entry, facts.at, config)?.terms.spocOnly === true,
    otherConditions: applicable?.otherConditions ?? [],
    ...(arrangement ? { arrangement } : {}),
    spoc: entry.spoc,
    deputy: entry.deputy,
    representative: entry.representative,
    adjustments: data.adjustments,
    adjustmentsProblem: data.adjustmentsProblem,
    stepOne: data.stepOne && mode !== "compose" ? stepOneView(entry, data.stepOne) : undefined,
    usage: usageViews(usage),
    restrictionStarts: dateView(period?.start),
    restrictionEnds: dateView(period?.end),
    reviewDue: restricted ? dateView(review) : undefined,
    appealBy: restricted ? dateView(appeal) : undefined,
    awaitingNotice: dateView(awaitingNotice(entry)?.decidedOn),
    alreadyLogged: logged,
    actions: caseActionsFor(user, entry, mode, config),
    ...(data.version ? { version: data.version } : {}),
  };
}
