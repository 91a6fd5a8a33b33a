/**
 * The paragraphs the decision letters share: how to ask for a review (5.2.6), how to appeal
 * within 28 days (5.2.7), the Ombudsman. The head, date and sign-off are every letter's
 * (./format). Role titles, the helpdesk contact and the Ombudsman come from PolicyConfig.
 */
import type { PolicyConfig } from "../../domain/config";
import { appealBy } from "../../domain/deadlines";
import { termsAllowEmail } from "../../domain/letterChannel";
import type { Actor, Addressing, CaseRecord, LocalDate, RegisterEntry } from "../../domain/types";
import { describeTermsToCustomer } from "../../domain/termsDescription";
import {
  letterDate,
  type LetterContent,
  plainLetter,
  salutation,
  signatureLines,
  valediction,
} from "./format";

/** What a decision letter is written from. */
export type LetterFacts = {
  /** The case before and after the decision. */
  readonly before: CaseRecord;
  readonly after: CaseRecord;
  /** The decider's reasons, quoted as written. */
  readonly reasons: string;
  /** The letter's date: the day of the decision. */
  readonly today: LocalDate;
  readonly addressee: "customer" | "representative";
  readonly addresseeName: string;
  /** The addressee's title, surname or salutation, when recorded ("Dear Mr Rivers"). */
  readonly addressing?: Addressing;
  readonly signedBy: Actor;
};

/** A letter as plain text (`body`, for email) and in its parts (`content`, for printing). */
export type LetterText = {
  readonly subject: string;
  readonly body: string;
  readonly content: LetterContent;
};

/** Tells a representative that "you" in the letter means the customer they act for. */
function representativeParagraph(facts: LetterFacts): string | undefined {
  if (facts.addressee !== "representative") return undefined;
  const { customerName } = facts.after.entry;
  return `We are sending this letter to you because you are the representative of ${customerName}. In this letter, "you" and "your" mean ${customerName}. Please make sure they see it.`;
}

/** The decider's reasons, introduced; blank reasons leave the paragraph out. */
export function reasonsParagraph(facts: LetterFacts, lead = "Our reasons are:"): string[] {
  const reasons = facts.reasons.trim();
  return reasons ? [`${lead}\n\n${reasons}`] : [];
}

/** The terms now in force, one per line. */
export function termsParagraph(entry: RegisterEntry, config: PolicyConfig): string {
  const sentences = entry.terms
    ? describeTermsToCustomer(
        entry.terms,
        { spoc: entry.spoc, deputy: entry.deputy, periodStart: entry.period?.start },
        config,
      )
    : [];
  return sentences.map((s) => `- ${s}`).join("\n");
}

export function periodParagraph(entry: RegisterEntry): string {
  const period = entry.period;
  if (!period) return "";
  return `These restrictions apply from ${letterDate(period.start)} until the end of ${letterDate(period.end)}.`;
}

export function filedContactParagraph(): string {
  return "We will still read everything you send us, so that we notice any new issue or any concern about someone's safety.";
}

/** Where to write: by email too only when the terms let the customer email the council. */
export function writeTo(config: PolicyConfig, entry: RegisterEntry): string {
  const h = config.helpdesk;
  const terms = entry.stage === "restricted" ? entry.terms : undefined;
  return termsAllowEmail(terms)
    ? `the ${h.title} by email to ${h.email} or by post to ${h.postalAddress}`
    : `the ${h.title} by post to ${h.postalAddress}`;
}

export function adjustmentsParagraph(): string {
  return "If you need us to communicate with you in a different way, for example because of a disability, please tell us and we will make reasonable adjustments.";
}

/** 5.2.6: the review date, and the customer's one request in the period. */
export function reviewParagraph(entry: RegisterEntry, config: PolicyConfig): string {
  const due = entry.reviewDue ? ` We will review them by ${letterDate(entry.reviewDue)}.` : "";
  const used =
    (entry.period?.customerReviewRequests.length ?? 0) >= config.customerReviewRequestsPerPeriod;
  const ask =
    config.customerReviewRequestsPerPeriod === 0 || used
      ? ""
      : ` You can also ask us to review them ${config.customerReviewRequestsPerPeriod === 1 ? "once" : `up to ${config.customerReviewRequestsPerPeriod} times`} while they are in place. To do this, write to ${writeTo(config, entry)}, explaining why you think a review is needed. If a disability or other need means you cannot write to us, tell us and we will agree another way.`;
  return `How the restrictions will be reviewed\n\n${`The council can review the restrictions at any time if things change.${due}${ask}`}`;
}

/** The last day to appeal: the recorded one, or 28 days from this letter while it is not. */
export function appealLastDay(facts: LetterFacts, config: PolicyConfig): LocalDate | undefined {
  const { entry } = facts.after;
  if (entry.appealBy) return entry.appealBy;
  if (!entry.period) return undefined;
  return appealBy({ ...entry.period, notice: { kind: "notified", on: facts.today } }, config);
}

/** 5.2.7: within 28 days, in writing to the helpdesk manager, decided by the director. */
export function appealParagraph(facts: LetterFacts, config: PolicyConfig): string {
  const lastDay = appealLastDay(facts, config);
  const counted = facts.after.entry.appealBy
    ? "after you were told of this decision"
    : "after the date of this letter";
  const deadline = lastDay
    ? ` Your appeal must reach us by ${letterDate(lastDay)}, which is ${config.appealWindowDays} days ${counted}.`
    : ` Your appeal must reach us within ${config.appealWindowDays} days.`;
  return [
    "How to appeal",
    "",
    `If you disagree with this decision, you can appeal. Please write to ${writeTo(config, facts.after.entry)}, explaining why you disagree with the decision.${deadline} If a disability or other need means you cannot write to us, tell us and we will agree another way.`,
    "",
    `The ${config.roleTitles.director} will consider your appeal and decide whether the restrictions should be confirmed, changed or removed. We will write to you with the outcome. We may not consider an appeal that reaches us after ${config.appealWindowDays} days; we may treat it as a request for a review instead.`,
  ].join("\n");
}

export function ombudsmanParagraph(config: PolicyConfig, afterAppeal = false): string {
  const o = config.ombudsman;
  const when = afterAppeal
    ? "This is the end of the council's own process. If you are still unhappy,"
    : "If you are still unhappy after using our review and appeal process,";
  return `${when} you can ask the ${o.name} to look into it. The Ombudsman is independent of the council and its service is free. You can contact the Ombudsman through its website, ${o.website}, or by telephone on ${o.phone}.`;
}

/** The shared head, salutation and signature (./format) around the letter's own paragraphs. */
export function letter(
  subject: string,
  facts: LetterFacts,
  config: PolicyConfig,
  body: readonly string[],
): LetterText {
  const { ref } = facts.after.entry;
  const content: LetterContent = {
    ref,
    date: facts.today,
    salutation: salutation(facts.addresseeName, facts.addressing),
    paragraphs: [representativeParagraph(facts), ...body].filter(
      (p): p is string => p !== undefined && p.trim() !== "",
    ),
    closing: valediction(facts.addresseeName.trim() !== ""),
    signature: signatureLines(facts.signedBy, config),
  };
  return {
    subject: `${subject} (our reference ${ref})`,
    body: `${plainLetter(content, config)}\n`,
    content,
  };
}
