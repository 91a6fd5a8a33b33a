/**
 * 5.1: the letter that confirms a step-one concern in writing. It explains the council's
 * concerns, proposes a way forward (the arrangement, a single point of contact), offers a
 * representative, names the reasonable adjustments the council holds, asks for agreement, and
 * says plainly what happens if the matter cannot be resolved.
 */
import { describeBehaviour } from "../../domain/behaviour";
import type { PolicyConfig } from "../../domain/config";
import { privacyNoticeOf } from "../../domain/privacyNotice";
import { describeTermsToCustomer } from "../../domain/termsDescription";
import type { CaseRecord, Actor, LocalDate, Person, StepOneRecord } from "../../domain/types";
import type { LetterText } from "./decisionParts";
import { bulletList, type LetterContent, plainLetter, salutation, signatureLines } from "./format";

export type StepOneLetterFacts = {
  readonly record: CaseRecord;
  readonly signedBy: Actor;
  readonly today: LocalDate;
  readonly deputy?: Person;
};

function spocParagraph(
  spoc: Person | undefined,
  deputy: Person | undefined,
  only: boolean,
): string | undefined {
  if (!spoc) return undefined;
  const absence = deputy
    ? ` When ${spoc.name} is away, ${deputy.name} (${deputy.email}) will deal with your contact instead.`
    : "";
  const through = only ? " We ask that you contact the council only through them." : "";
  return `We propose that ${spoc.name} (${spoc.email}) becomes your single point of contact with the council, so that your enquiries are handled consistently by one person who knows your case.${through}${absence}`;
}

/**
 * The way forward as the customer reads it: the proposed terms in the letter's own words (the
 * SPOC has a paragraph of their own), or the words an earlier record holds.
 */
function wayForward(stepOne: StepOneRecord, config: PolicyConfig): string {
  const terms = stepOne.proposedTerms;
  if (!terms) return stepOne.proposedArrangement.trim();
  const withoutSpoc = { ...terms, spocOnly: stepOne.proposedSpoc ? false : terms.spocOnly };
  const sentences = describeTermsToCustomer(withoutSpoc, {}, config);
  return sentences.length > 0
    ? bulletList(sentences)
    : "- One person at the council deals with your contact, as set out below.";
}

export const STEP_ONE_SUBJECT = "Your contact with the council";

/** The step-one letter (5.1), to the customer, as plain text and in its parts for printing. */
export function stepOneLetter(facts: StepOneLetterFacts, config: PolicyConfig): LetterText {
  const { entry, file } = facts.record;
  const stepOne = file.stepOne;
  if (!stepOne) throw new Error("stepOneLetter: the case has no step-one record");
  const examples = stepOne.behaviourExamples.map((e) => describeBehaviour(e).description);
  const detail = stepOne.behaviourDetail.trim();
  const adjustments = file.reasonableAdjustments.map((a) => a.description);
  const body = [
    `I am writing about your contact with ${config.councilName}'s ${stepOne.serviceMostImpacted} service. We value hearing from you and want to help with your enquiries, but we are concerned about the way some of your recent contact with us has been made, and I would like to agree with you a way forward.`,
    `Our concerns are:\n${bulletList(examples)}`,
    detail && `In particular: ${detail}`,
    "This kind of contact takes a great deal of staff time, which means we have less time to help you and other residents.",
    `To manage this, we propose the following way forward:\n${wayForward(stepOne, config)}`,
    spocParagraph(stepOne.proposedSpoc, facts.deputy, stepOne.proposedTerms?.spocOnly === true),
    entry.representative
      ? `We understand that ${entry.representative.name} represents you, and we will also send them a copy of our correspondence about this.`
      : stepOne.representativeOffered
        ? "If you would like someone to contact the council on your behalf, such as a relative, friend, advocate or councillor, you are welcome to appoint a representative. Please let me know their name and how to contact them."
        : undefined,
    adjustments.length > 0
      ? `We have recorded the following reasonable adjustments, and any arrangement will continue to make room for them:\n${bulletList(adjustments)}`
      : "If you need us to make any reasonable adjustment, for example communicating with you in a different format, please let me know and we will take it into account.",
    "Please let me know whether you agree to this arrangement. I am happy to discuss it with you.",
    `If we cannot reach an agreement, or if the behaviour described above continues, the council will refer the matter to the ${config.roleTitles.cityHelpdeskManager} under our Unreasonable Customer Behaviour Policy, and may place restrictions on how you contact the council.`,
    // Article 13: the first letter is where the customer learns the record exists.
    privacyNoticeOf(config),
  ];
  const content: LetterContent = {
    ref: entry.ref,
    date: facts.today,
    salutation: salutation(entry.customerName, file.letterDetails?.customer),
    paragraphs: body.filter((p): p is string => typeof p === "string" && p.trim() !== ""),
    closing: "Yours sincerely,",
    signature: signatureLines(facts.signedBy, config),
  };
  return {
    subject: `${STEP_ONE_SUBJECT} (our reference ${entry.ref})`,
    body: plainLetter(content, config),
    content,
  };
}
