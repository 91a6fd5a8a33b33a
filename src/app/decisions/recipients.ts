/**
 * Who a decision letter goes to and how: the representative when one is recorded (5.1),
 * otherwise the customer at the addresses held; by email or as a printed letter, as the terms
 * and reasonable adjustments allow (domain letterChannel).
 */
import type { Actor, CaseRecord, LocalDate } from "../../domain/types";
import { decisionLetter, letterNoun } from "../letters/decisionLetters";
import { completeLetter, recipientOf } from "../letters/letter";
import type { CaseStore } from "../ports";
import type { DecisionDeps, LetterDraft, LetterKind } from "./types";

export type LetterRequest = {
  readonly kind: LetterKind;
  /** The case before and after the decision: letters say what changed. */
  readonly before: CaseRecord;
  readonly after: CaseRecord;
  readonly reasons: string;
  readonly today: LocalDate;
  /** Who signs: the decider (or, for a copy of a notice, who gave the decision). */
  readonly signedBy: Actor;
};

async function customerAddresses(store: CaseStore, record: CaseRecord) {
  try {
    const held = await store.listCaseAddresses(record.entry.ref);
    return held.filter((a) => a.kind === "customer").map((a) => a.address);
  } catch {
    // The decision is already saved; without an address the letter is printed and posted.
    return [];
  }
}

export async function draftLetter(
  deps: DecisionDeps,
  request: LetterRequest,
): Promise<LetterDraft> {
  const recipient = recipientOf(
    request.after,
    request.after.entry.representative ? [] : await customerAddresses(deps.store, request.after),
  );
  const text = decisionLetter(
    request.kind,
    {
      ...request,
      addressee: recipient.addressee,
      addresseeName: recipient.name,
      ...(recipient.addressing ? { addressing: recipient.addressing } : {}),
    },
    deps.config,
  );
  const letter = completeLetter(
    text,
    request.kind,
    request.after,
    recipient,
    letterNoun(request.kind),
  );
  return { ...letter, kind: request.kind };
}
