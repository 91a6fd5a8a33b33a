/**
 * One letter per outcome of sections 5.2.2–5.2.7, as the council sends them: plain UK English,
 * dates like 3 March 2026, role titles from configuration, the Ombudsman and how to reach it.
 */
import type { PolicyConfig } from "../../domain/config";
import type { LetterKind } from "../decisions/types";
import {
  adjustmentsParagraph,
  appealParagraph,
  filedContactParagraph,
  letter,
  type LetterFacts,
  type LetterText,
  ombudsmanParagraph,
  periodParagraph,
  reasonsParagraph,
  reviewParagraph,
  termsParagraph,
  writeTo,
} from "./decisionParts";
import { roleInWords } from "../../domain/deputies";
import { letterDate } from "./format";
import type { LetterNoun } from "./letter";

export type { LetterFacts, LetterText } from "./decisionParts";

type Template = (facts: LetterFacts, config: PolicyConfig) => LetterText;

const POLICY = "Unreasonable Customer Behaviour Policy";

const SMALL_NUMBERS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** "six years", as a letter words it; figures from 11 on. */
function yearsInWords(years: number): string {
  const words = SMALL_NUMBERS[years - 1] ?? String(years);
  return `${words} ${years === 1 ? "year" : "years"}`;
}

/** What, why, how long, review, appeal and the Ombudsman: every notice of restrictions. */
function noticeParagraphs(facts: LetterFacts, config: PolicyConfig, why: string): string[] {
  const { entry } = facts.after;
  return [
    `What this means for you\n\n${termsParagraph(entry, config)}`,
    periodParagraph(entry),
    ...reasonsParagraph(facts, why),
    filedContactParagraph(),
    reviewParagraph(entry, config),
    appealParagraph(facts, config),
    adjustmentsParagraph(),
    ombudsmanParagraph(config),
  ];
}

const TEMPLATES: Readonly<Record<LetterKind, Template>> = {
  notUnreasonable: (facts, config) =>
    letter("The outcome of our assessment of your contact with the council", facts, config, [
      `Your contact with the council was referred to the ${config.roleTitles.cityHelpdeskManager} under our ${POLICY}. The information has now been assessed, in consultation with the ${config.roleTitles.assistantDirector}.`,
      "We have decided that your behaviour was not unreasonable under the policy. We will not restrict your contact with the council, and we have closed this matter.",
      ...reasonsParagraph(facts),
      "You can continue to contact the council in the usual way.",
      ombudsmanParagraph(config),
    ]),

  noRestrictions: (facts, config) =>
    letter("The outcome of our assessment of your contact with the council", facts, config, [
      `Your contact with the council was referred to the ${config.roleTitles.cityHelpdeskManager} under our ${POLICY}. The information has now been assessed, in consultation with the ${config.roleTitles.assistantDirector}.`,
      "We have decided that some of your contact with the council has been unreasonable, but we are not restricting your contact at this stage.",
      ...reasonsParagraph(facts),
      "We will keep your contact with us under review. If the behaviour continues, we may restrict how you contact the council, as the policy allows.",
      adjustmentsParagraph(),
    ]),

  restrictionNotice: (facts, config) =>
    letter("Restrictions on your contact with the council", facts, config, [
      `I am writing to tell you that the council has decided to restrict your contact with us under our ${POLICY}. We have made this decision after assessing the information referred to the ${config.roleTitles.cityHelpdeskManager}.`,
      ...noticeParagraphs(facts, config, "Why we have made this decision:"),
    ]),

  extremeNotice: (facts, config) =>
    letter("Serious restrictions on your contact with the council", facts, config, [
      `I am writing to tell you that, because of the seriousness of your behaviour, the council has decided to take the steps below, which our ${POLICY} allows in extreme cases. This decision was agreed by the ${roleInWords(facts.signedBy, config)} after reviewing the evidence.`,
      ...noticeParagraphs(facts, config, "The reasons for these sanctions are:"),
    ]),

  reviewRequestReceived: (facts, config) => {
    const review = facts.after.entry.review;
    const on = review.status === "pending" ? ` on ${letterDate(review.requestedOn)}` : "";
    return letter("Your request for a review of your restrictions", facts, config, [
      `Thank you for your request${on} for a review of the restrictions on your contact with the council.`,
      `The ${config.roleTitles.cityHelpdeskManager} will review the restrictions, in consultation with the ${config.roleTitles.assistantDirector} and/or the ${config.roleTitles.citySolicitor}. Where it is needed, the review will consider your personal circumstances and what led to the restrictions. We will write to you with the outcome.`,
      `The restrictions stay in place while we review them. You can ask for a review once during each period of restrictions, so this request uses that opportunity for the current period.`,
    ]);
  },

  reviewRemoved: (facts, config) =>
    letter("The outcome of the review of your restrictions", facts, config, [
      "We have reviewed the restrictions on your contact with the council.",
      `We have decided to remove the restrictions from ${letterDate(facts.today)}. You can now contact the council in the usual way.`,
      ...reasonsParagraph(facts),
      ombudsmanParagraph(config),
    ]),

  reviewKept: (facts, config) => {
    const end = facts.after.entry.period?.end;
    return letter("The outcome of the review of your restrictions", facts, config, [
      "We have reviewed the restrictions on your contact with the council.",
      `We have decided to keep the restrictions as they are${end ? `, until the end of ${letterDate(end)}` : ""}.`,
      `What this means for you\n\n${termsParagraph(facts.after.entry, config)}`,
      ...reasonsParagraph(facts),
      appealParagraph(facts, config),
      ombudsmanParagraph(config),
    ]);
  },

  reviewExtended: (facts, config) =>
    letter("The outcome of the review of your restrictions", facts, config, [
      `We have reviewed the restrictions on your contact with the council. We have decided to extend them for a further period, until the end of ${letterDate(facts.after.entry.period?.end ?? facts.today)}.`,
      ...noticeParagraphs(facts, config, "Why we have made this decision:"),
    ]),

  reviewAmended: (facts, config) =>
    letter("The outcome of the review of your restrictions", facts, config, [
      "We have reviewed the restrictions on your contact with the council. We have decided to change them. The new restrictions replace the previous ones.",
      ...noticeParagraphs(facts, config, "Why we have made this decision:"),
    ]),

  appealReceived: (facts, config) => {
    const appeal = facts.after.entry.appeal;
    const on = appeal.status === "lodged" ? ` on ${letterDate(appeal.lodgedOn)}` : "";
    const late =
      appeal.status === "lodged" && appeal.late
        ? ` It reached us after the ${config.appealWindowDays} days allowed, but we have decided to consider it.`
        : "";
    return letter("Your appeal against the restrictions on your contact", facts, config, [
      `Thank you for your appeal, which we received${on}, against the council's decision to restrict your contact with us.${late}`,
      `The ${config.roleTitles.cityHelpdeskManager} will pass your appeal and the information about the decision to the ${config.roleTitles.director}, who will decide whether the restrictions should be confirmed, changed or removed. We will write to you with the outcome.`,
      "The restrictions stay in place while your appeal is considered.",
    ]);
  },

  lateAppealToReview: (facts, config) => {
    const { entry } = facts.before;
    const lastDay = entry.appealBy
      ? ` The last day to appeal was ${letterDate(entry.appealBy)}.`
      : "";
    return letter("Your appeal against the restrictions on your contact", facts, config, [
      `Thank you for your appeal. Appeals must reach us within ${config.appealWindowDays} days of our decision letter, and yours reached us after that time.${lastDay}`,
      `As our ${POLICY} allows, we have treated your letter as a request for a review of the restrictions instead. The ${config.roleTitles.cityHelpdeskManager} will review the restrictions, in consultation with the ${config.roleTitles.assistantDirector} and/or the ${config.roleTitles.citySolicitor}, and will write to you with the outcome.`,
      "You can ask for a review once during each period of restrictions, so this uses that opportunity for the current period. The restrictions stay in place while we review them.",
    ]);
  },

  lateAppealReferred: (facts, config) => {
    const { entry } = facts.before;
    const lastDay = entry.appealBy
      ? ` The last day to appeal was ${letterDate(entry.appealBy)}.`
      : "";
    return letter("Your appeal against the restrictions on your contact", facts, config, [
      `Thank you for your appeal. Appeals must reach us within ${config.appealWindowDays} days of our decision letter, and yours reached us after that time.${lastDay} As our ${POLICY} allows, we will not consider it as an appeal.`,
      `Instead, you can ask us to review the restrictions. To do this, write to ${writeTo(config, entry)}, explaining why you think a review is needed. If a disability or other need means you cannot write to us, tell us and we will agree another way. The ${config.roleTitles.cityHelpdeskManager} will review the restrictions, in consultation with the ${config.roleTitles.assistantDirector} and/or the ${config.roleTitles.citySolicitor}, and will write to you with the outcome.`,
      "The restrictions stay in place in the meantime.",
    ]);
  },

  appealConfirmed: (facts, config) => {
    const end = facts.after.entry.period?.end;
    return letter("The outcome of your appeal", facts, config, [
      `The ${config.roleTitles.director} has considered your appeal against the restrictions on your contact with the council, together with the information about the original decision.`,
      `The ${config.roleTitles.director} has decided to confirm the restrictions. They stay in place${end ? ` until the end of ${letterDate(end)}` : ""}.`,
      `What this means for you\n\n${termsParagraph(facts.after.entry, config)}`,
      ...reasonsParagraph(facts),
      reviewParagraph(facts.after.entry, config),
      ombudsmanParagraph(config, true),
    ]);
  },

  appealAmended: (facts, config) =>
    letter("The outcome of your appeal", facts, config, [
      `The ${config.roleTitles.director} has considered your appeal against the restrictions on your contact with the council, and has decided to change the restrictions. The new restrictions replace the previous ones.`,
      ...noticeParagraphs(facts, config, "The reasons for this decision are:"),
    ]),

  appealRemoved: (facts, config) =>
    letter("The outcome of your appeal", facts, config, [
      `The ${config.roleTitles.director} has considered your appeal against the restrictions on your contact with the council.`,
      `The ${config.roleTitles.director} has decided to remove the restrictions from ${letterDate(facts.today)}. You can now contact the council in the usual way.`,
      ...reasonsParagraph(facts),
    ]),

  restrictionsEnded: (facts, config) => {
    const ended = facts.after.entry.endedOn ?? facts.today;
    return letter("The restrictions on your contact with the council have ended", facts, config, [
      `The restrictions on your contact with the council under our ${POLICY} ended at the end of ${letterDate(ended)}. You can now contact the council in the usual way.`,
      `We keep the records of the decisions for the duration of the restrictions plus ${yearsInWords(config.retentionYears)}, in line with the council's retention policy, and then destroy them.`,
    ]);
  },
};

/** Notices give terms (and the appeal route); acknowledgements say a request arrived. */
export function letterNoun(kind: LetterKind): LetterNoun {
  switch (kind) {
    case "restrictionNotice":
    case "extremeNotice":
    case "reviewExtended":
    case "reviewAmended":
    case "appealAmended":
      return "notice";
    case "reviewRequestReceived":
    case "appealReceived":
    case "lateAppealToReview":
      return "acknowledgement";
    case "notUnreasonable":
    case "noRestrictions":
    case "reviewRemoved":
    case "reviewKept":
    case "appealConfirmed":
    case "appealRemoved":
    case "restrictionsEnded":
    case "lateAppealReferred":
      return "letter";
  }
}

/** The letter for an outcome, ready to open in Outlook or print. */
export function decisionLetter(
  kind: LetterKind,
  facts: LetterFacts,
  config: PolicyConfig,
): LetterText {
  return TEMPLATES[kind](facts, config);
}
