/**
 * Section 6: files are kept for the restrictions plus six years, then destroyed. What is due on
 * a date is the domain's rule (dueForDestruction); destruction deletes the case from every list
 * and leaves a record that holds no personal data.
 */
import { dueForDestruction } from "../domain/deadlines";
import type { Actor, CaseEvent, CaseRef, LocalDate, Stage } from "../domain/types";
import { formatLongDate } from "../domain/wording";
import type { CaseDocuments, CaseStore, DeletedItems } from "./ports";

/** Only what the report needs: no names or addresses. */
export type DestructionCandidate = {
  readonly ref: CaseRef;
  readonly stage: Stage;
  readonly retainUntil: LocalDate;
  /** Files held in UCB Case Documents, when the report was asked to count them. */
  readonly documents?: number;
};

export type DestroyedCase = DestructionCandidate & {
  readonly deleted: DeletedItems;
  /** Files deleted from UCB Case Documents (letters and correspondence). */
  readonly documents: number;
  /** False when the destruction record could not be written; run again to write it. */
  readonly recorded: boolean;
};

export type RetentionReport = {
  /** Ended or closed cases whose last day of retention is before the date, oldest first. */
  readonly due: readonly DestructionCandidate[];
  /**
   * Cases whose RetainUntil has passed but that are not ended or closed (e.g. restrictions
   * extended after the date was set): never destroyed; they need a look.
   */
  readonly stillOpen: readonly DestructionCandidate[];
};

const FINISHED: readonly Stage[] = ["ended", "closed"];

/**
 * The cases past their last day of retention. With `documents`, each says how many files the
 * case documents library holds for it (one request per case), so the report counts them too.
 */
export async function retentionReport(
  store: CaseStore,
  asOf: LocalDate,
  documents?: CaseDocuments,
): Promise<RetentionReport> {
  const entries = await store.listRetentionExpired(asOf);
  const past = dueForDestruction(entries, asOf)
    .flatMap(({ ref, stage, retainUntil }) => (retainUntil ? [{ ref, stage, retainUntil }] : []))
    .sort((a, b) => a.retainUntil.localeCompare(b.retainUntil) || a.ref.localeCompare(b.ref));
  const counted: DestructionCandidate[] = [];
  for (const c of past) {
    counted.push(documents ? { ...c, documents: (await documents.list(c.ref)).length } : c);
  }
  return {
    due: counted.filter((c) => FINISHED.includes(c.stage)),
    stillOpen: counted.filter((c) => !FINISHED.includes(c.stage)),
  };
}

/** Ended or closed cases whose last day of retention is before `asOf`, oldest first. */
export async function casesDueForDestruction(
  store: CaseStore,
  asOf: LocalDate,
): Promise<readonly DestructionCandidate[]> {
  return (await retentionReport(store, asOf)).due;
}

/**
 * The audit record of a destruction. No CaseRef column (so it is not part of the case and is
 * never deleted with it) and nothing about the customer: the reference, the dates, who ran it
 * and how many items went from each list.
 */
export function destructionEvent(
  destroyed: DestructionCandidate & { readonly deleted: DeletedItems; readonly documents: number },
  actor: Actor,
  at: Date,
): CaseEvent {
  const total = Object.values(destroyed.deleted).reduce((sum, n) => sum + n, 0);
  const files = destroyed.documents === 1 ? "1 document" : `${destroyed.documents} documents`;
  return {
    at,
    actor,
    action: "caseDestroyed",
    summary: `Case ${destroyed.ref} destroyed: its retention period ended on ${formatLongDate(destroyed.retainUntil)} (section 6); ${total} items and ${files} deleted.`,
    detail: {
      ref: destroyed.ref,
      retainUntil: destroyed.retainUntil,
      deleted: destroyed.deleted,
      documents: destroyed.documents,
    },
  };
}

/**
 * Deletes each case's documents, then its items from all six lists, and appends a destruction
 * record per case. The documents go first and the register entry last, so a run that stops
 * halfway leaves the case due, and the next run finishes it; running again finds nothing left.
 */
export async function destroyCases(
  store: CaseStore,
  cases: readonly DestructionCandidate[],
  actor: Actor,
  now: () => Date,
  documents: CaseDocuments,
): Promise<readonly DestroyedCase[]> {
  const destroyed: DestroyedCase[] = [];
  for (const candidate of cases) {
    const files = await documents.deleteAll(candidate.ref);
    const deleted = await store.deleteCase(candidate.ref);
    const done = { ...candidate, deleted, documents: files };
    let recorded = true;
    try {
      await store.appendEvent(destructionEvent(done, actor, now()));
    } catch {
      recorded = false;
    }
    destroyed.push({ ...done, recorded });
  }
  return destroyed;
}
