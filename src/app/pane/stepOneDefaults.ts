/** The step-one form's starting values; its own file, so the read view needs no more of step one. */
import type { MailItem } from "../ports";
import type { StepOneInput } from "./types";

function surnameOf(name: string): string {
  const words = name.replace(/[,"]/g, " ").trim().split(/\s+/);
  return words.length > 1 ? (words.at(-1) ?? "") : "";
}

/** The form's starting values for this message: the sender's name and address. */
export function stepOneDefaults(item: MailItem): StepOneInput {
  return {
    customerName: item.fromName ?? "",
    customerEmail: item.from ?? "",
    behaviourExamples: [],
    behaviourDetail: "",
    serviceMostImpacted: "",
    representativeOffered: false,
    representativeName: "",
    representativeEmail: "",
    spocName: "",
    spocEmail: "",
    deputyName: "",
    deputyEmail: "",
    proposedTerms: undefined,
    reasonableAdjustments: "",
    customerTitle: "",
    // A guess from the display name ("Rhys Rivers" → "Rivers"), for the officer to check.
    customerSurname: surnameOf(item.fromName ?? ""),
    customerPostalAddress: "",
    largePrint: false,
  };
}
