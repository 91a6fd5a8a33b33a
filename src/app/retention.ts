/**
 * Section 6: files are kept for the restrictions plus six years, then destroyed. What is due on
 * a date comes from the domain (dueForDestruction); destruction deletes the case from every list
 * and leaves a record that holds no personal data.
 */
import type { Actor, CaseRef, LocalDate, Stage } from "../domain/types";
import type { CaseStore, ListName } from "./ports";

/** Only what the report needs: no names or addresses. */
export type DestructionCandidate = {
  readonly ref: CaseRef;
  readonly stage: Stage;
  readonly retainUntil: LocalDate;
};

export type DestroyedCase = DestructionCandidate & {
  readonly deleted: Readonly<Record<ListName, number>>;
};

export function casesDueForDestruction(
  _store: CaseStore,
  _asOf: LocalDate,
): Promise<readonly DestructionCandidate[]> {
  throw new Error("not yet implemented");
}

/** Deletes each case from all five lists and appends a destruction event per case. Idempotent. */
export function destroyCases(
  _store: CaseStore,
  _cases: readonly DestructionCandidate[],
  _actor: Actor,
  _now: Date,
): Promise<readonly DestroyedCase[]> {
  throw new Error("not yet implemented");
}
