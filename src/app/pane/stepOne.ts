/**
 * 5.1: a service manager raises a concern about a sender who is not restricted. Checks every
 * field first (nothing is saved on bad input), opens the case through the domain, saves it, and
 * opens a reply confirming the concern in writing.
 */
import type { AppDeps } from "../deps";
import type { MailItem, SignedInUser } from "../ports";
import type { FormOutcome, RaisedConcern, StepOneInput } from "./types";

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
    proposedArrangement: "",
    reasonableAdjustments: "",
  };
}

export async function raiseConcern(
  deps: AppDeps,
  input: StepOneInput,
  user: SignedInUser,
): Promise<FormOutcome<RaisedConcern>> {
  void deps;
  void input;
  void user;
  return Promise.resolve({ kind: "refused", message: "Not implemented yet." });
}
