/**
 * Bounded waits: whatever SharePoint does, a person gets a definite answer within
 * PERSON_WAIT_MS. Work done while someone waits runs under a deadline: the store stops at it
 * (CaseStore.withDeadline: fetches aborted, no Retry-After waited past it) and, as a backstop
 * for anything that does not stop by itself (a sign-in that never returns), the wait is raced
 * against it and ends with StoreError("timeout"). Deadlines are on the wall clock (Date.now and
 * timers), not the app's Clock, which tests fix at a moment of the policy's calendar.
 */
import { StoreError, type CaseStore, type Deadline } from "./ports";

/**
 * How old "not on the register" may be: the pane's address index reads the register's changes
 * before it answers once its last read is older than this (docs/decisions.md).
 */
export const REGISTER_STALENESS_MS = 120_000;

/** The longest anyone waits for the pane to answer: the message check, a form, a list. */
export const PERSON_WAIT_MS = 10_000;

/** What SharePoint gets of that wait, leaving time to word and draw the answer. */
export const GRAPH_BUDGET_MS = 8_000;

/**
 * One try of the outbox to store a contact: a person may be watching "Saving…", and a try cut
 * short is simply tried again later (the store is idempotent on the contact's key).
 */
export const OUTBOX_TRY_MS = 4_000;

export type DeadlineOptions = {
  /** Ends the wait early (the person moved on, or a caller's own deadline came first). */
  readonly signal?: AbortSignal;
};

export function deadlineTimeout(): StoreError {
  return new StoreError("timeout", "No answer from SharePoint before the deadline");
}

/** A deadline `budgetMs` from now (or sooner, when `signal` fires); `done` releases its timer. */
export function startDeadline(
  budgetMs: number,
  options: DeadlineOptions = {},
): { readonly deadline: Deadline; readonly done: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, Math.max(0, budgetMs));
  const outer = options.signal;
  if (outer?.aborted) abort();
  else outer?.addEventListener("abort", abort, { once: true });
  return {
    deadline: { at: Date.now() + budgetMs, signal: controller.signal },
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", abort);
    },
  };
}

/**
 * Runs `work` with a store bounded by a deadline `budgetMs` from now; rejects with
 * StoreError("timeout") when the deadline passes first.
 */
export async function withDeadline<T>(
  store: CaseStore,
  budgetMs: number,
  work: (bounded: CaseStore) => Promise<T>,
  options: DeadlineOptions = {},
): Promise<T> {
  const { deadline, done } = startDeadline(budgetMs, options);
  const expired = new Promise<never>((_, reject) => {
    if (deadline.signal.aborted) reject(deadlineTimeout());
    else deadline.signal.addEventListener("abort", () => reject(deadlineTimeout()));
  });
  try {
    return await Promise.race([work(store.withDeadline?.(deadline) ?? store), expired]);
  } finally {
    done();
  }
}
