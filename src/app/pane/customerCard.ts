/**
 * A customer found without an email (DESIGN §5: "find any customer"): when a customer phones or
 * calls in, the officer sees what frontline staff see beside a message (the terms in plain
 * words, the SPOC and deputy, this period's allowance) and whether a call now is within the
 * terms, before the call ends. One $batch (register entry and this period's contacts), and the
 * case file beside it for managers, as for a message.
 */
import type { CaseRef, ContactFacts } from "../../domain/types";
import type { AppDeps } from "../deps";
import { describeFailure, describeFailureCode, type FailureWording } from "../errorWording";
import type { SignedInUser } from "../ports";
import { caseSummary, judge } from "./caseSummary";
import { evaluationWindowStart } from "./evaluationWindow";
import { readCaseFile, readsCaseFiles } from "./messageCheck";
import type { CaseSummaryView } from "./types";

export type CustomerCard =
  | { readonly kind: "found"; readonly view: CaseSummaryView }
  | { readonly kind: "failed"; readonly failure: FailureWording };

/** The verdict on the card is for this: a call from the customer, now. */
export const A_CALL_NOW = "a call now";

export async function customerCard(
  deps: AppDeps,
  ref: CaseRef,
  user: SignedInUser,
): Promise<CustomerCard> {
  const { config } = deps;
  const now = deps.clock.now();
  try {
    const [evaluation, fromFile] = await Promise.all([
      deps.store.getCaseForEvaluation(ref, evaluationWindowStart(now, config)),
      readsCaseFiles(user) ? readCaseFile(deps.store, ref) : Promise.resolve({}),
    ]);
    if (!evaluation) {
      return { kind: "failed", failure: describeFailureCode("notFound", undefined, { ref }) };
    }
    const { fileEtag, ...read } = fromFile as { fileEtag?: string };
    const data = {
      entry: evaluation.entry.value,
      contacts: evaluation.contacts,
      ...read,
      version: { entryEtag: evaluation.entry.etag, ...(fileEtag ? { fileEtag } : {}) },
    };
    const facts: ContactFacts = { channel: "phone", at: now, to: [], cc: [] };
    const judged = judge(data, facts, config, A_CALL_NOW);
    return {
      kind: "found",
      view: caseSummary({ data, facts, judged, user, mode: "card", config }),
    };
  } catch (e) {
    return { kind: "failed", failure: describeFailure(e, { ref }) };
  }
}
