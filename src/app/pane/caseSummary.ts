/**
 * One case as the pane shows it beside a message: the verdict for this message, the terms in
 * words, the people, this period's contacts against the allowance and the dates that matter.
 * Pure: the checker gathers the data, this lays it out.
 */
import type { PolicyConfig } from "../../domain/config";
import { evaluateContact } from "../../domain/contactEvaluation";
import { appealBy, reviewDue } from "../../domain/deadlines";
import { describeStage } from "../../domain/lifecycleRules";
import { restrictionStatus } from "../../domain/restrictionStatus";
import { describeTerms } from "../../domain/termsDescription";
import type {
  ContactFacts,
  LocalDate,
  LoggedContact,
  ReasonableAdjustment,
  RegisterEntry,
  StepOneRecord,
  Verdict,
} from "../../domain/types";
import { type AllowanceUsage, allowanceUsage } from "../../domain/volumeUsage";
import { contactUnit, formatLongDate } from "../../domain/wording";
import type { AddressEntry, SignedInUser } from "../ports";
import { caseActionsFor } from "./actions";
import type {
  AllowanceUsageView,
  CaseSummaryView,
  DateView,
  StepOneView,
  VerdictView,
} from "./types";
import { inForceView, notInForceView } from "./verdictWords";

/** What the checker read for one case. */
export type CaseData = {
  readonly entry: RegisterEntry;
  readonly contacts: readonly LoggedContact[];
  readonly adjustments?: readonly ReasonableAdjustment[];
  readonly adjustmentsProblem?: string;
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
  const shown =
    status.kind === "inForce"
      ? inForceView(verdict, what)
      : notInForceView(data.entry, status, facts.at, config);
  return { verdict, view: shown };
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
  };
}

export function isLogged(contacts: readonly LoggedContact[], messageId: string | undefined) {
  return messageId !== undefined && contacts.some((c) => c.messageId === messageId);
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
  const terms =
    restricted && entry.terms
      ? describeTerms(
          entry.terms,
          {
            ...(entry.spoc ? { spoc: entry.spoc } : {}),
            ...(entry.deputy ? { deputy: entry.deputy } : {}),
            ...(period ? { periodStart: period.start } : {}),
          },
          config,
        )
      : [];
  const usage = allowanceUsage({ entry, contacts: data.contacts, at: facts.at, config });
  const review = entry.reviewDue ?? (period ? reviewDue(period, config) : undefined);
  const appeal = entry.appealBy ?? (period ? appealBy(period, config) : undefined);
  return {
    ref: entry.ref,
    customerName: entry.customerName,
    ...(match ? { matchedAddress: match.address, matchedAs: match.kind } : {}),
    stage: entry.stage,
    stageInWords: describeStage(entry.stage, config),
    restrictedNow: inForce,
    verdict: judged.verdict,
    view: judged.view,
    serviceArea: entry.serviceArea,
    terms,
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
    alreadyLogged: isLogged(data.contacts, facts.messageId),
    actions: caseActionsFor(user, entry, mode),
  };
}
