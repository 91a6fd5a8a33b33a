/**
 * Who a decision letter goes to: the representative when one is recorded (5.1), otherwise the
 * customer at the addresses held for the case. With no address held, the draft has no
 * recipients and is printed and posted.
 */
import type { Actor, CaseRecord, EmailAddress, LocalDate } from "../../domain/types";
import { decisionLetter } from "../letters/decisionLetters";
import type { CaseStore } from "../ports";
import type { DecisionDeps, LetterDraft, LetterKind } from "./types";

export type LetterRequest = {
  readonly kind: LetterKind;
  /** The case before and after the decision: letters say what changed. */
  readonly before: CaseRecord;
  readonly after: CaseRecord;
  readonly reasons: string;
  readonly today: LocalDate;
  /** Who signs: the decider. */
  readonly signedBy: Actor;
};

async function customerAddresses(store: CaseStore, record: CaseRecord) {
  try {
    const held = await store.listCaseAddresses(record.entry.ref);
    return held.filter((a) => a.kind === "customer").map((a) => a.address);
  } catch {
    // The decision is already saved; a letter without recipients can still be sent by hand.
    return [];
  }
}

export async function draftLetter(
  deps: DecisionDeps,
  request: LetterRequest,
): Promise<LetterDraft> {
  const { entry } = request.after;
  const representative = entry.representative;
  const to: readonly EmailAddress[] = representative
    ? [representative.email]
    : await customerAddresses(deps.store, request.after);
  const addresseeName = representative?.name ?? entry.customerName;
  const { subject, body } = decisionLetter(
    request.kind,
    { ...request, addressee: representative ? "representative" : "customer", addresseeName },
    deps.config,
  );
  return {
    kind: request.kind,
    addressee: representative ? "representative" : "customer",
    addresseeName,
    to,
    subject,
    body,
  };
}
