/**
 * Section 6: files are kept for the restrictions plus six years, then destroyed. What is due on
 * a date is the domain's rule (dueForDestruction); destruction deletes the case from every list
 * and leaves a record that holds no personal data.
 */
import { dueForDestruction } from "../domain/deadlines";
import type { Actor, CaseEvent, CaseRef, LocalDate, Stage } from "../domain/types";
import { formatLongDate } from "../domain/wording";
import type { CaseStore, DeletedItems } from "./ports";

/** Only what the report needs: no names or addresses. */
export type DestructionCandidate = {
  readonly ref: CaseRef;
  readonly stage: Stage;
  readonly retainUntil: LocalDate;
};

export type DestroyedCase = DestructionCandidate & {
  readonly deleted: DeletedItems;
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

export async function retentionReport(store: CaseStore, asOf: LocalDate): Promise<RetentionReport> {
  const entries = await store.listRetentionExpired(asOf);
  const past = dueForDestruction(entries, asOf)
    .flatMap(({ ref, stage, retainUntil }) => (retainUntil ? [{ ref, stage, retainUntil }] : []))
    .sort((a, b) => a.retainUntil.localeCompare(b.retainUntil) || a.ref.localeCompare(b.ref));
  return {
    due: past.filter((c) => FINISHED.includes(c.stage)),
    stillOpen: past.filter((c) => !FINISHED.includes(c.stage)),
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
  destroyed: DestructionCandidate & { readonly deleted: DeletedItems },
  actor: Actor,
  at: Date,
): CaseEvent {
  const total = Object.values(destroyed.deleted).reduce((sum, n) => sum + n, 0);
  return {
    at,
    actor,
    action: "caseDestroyed",
    summary: `Case ${destroyed.ref} destroyed: its retention period ended on ${formatLongDate(destroyed.retainUntil)} (section 6); ${total} items deleted.`,
    detail: {
      ref: destroyed.ref,
      retainUntil: destroyed.retainUntil,
      deleted: destroyed.deleted,
    },
  };
}

/**
 * Deletes each case from all five lists and appends a destruction record per case. Running it
 * again finds nothing left to delete for cases already destroyed, since their register entries
 * are gone; a case interrupted halfway still has its register entry and is finished.
 */
export async function destroyCases(
  store: CaseStore,
  cases: readonly DestructionCandidate[],
  actor: Actor,
  now: () => Date,
): Promise<readonly DestroyedCase[]> {
  const destroyed: DestroyedCase[] = [];
  for (const candidate of cases) {
    const deleted = await store.deleteCase(candidate.ref);
    let recorded = true;
    try {
      await store.appendEvent(destructionEvent({ ...candidate, deleted }, actor, now()));
    } catch {
      recorded = false;
    }
    destroyed.push({ ...candidate, deleted, recorded });
  }
  return destroyed;
}
