import { type RefObject, useEffect, useRef, useState } from "react";
import type { DecisionResult, DecisionSuccess, FieldErrors } from "../../../app/decisions";
import { GRAPH_BUDGET_MS } from "../../../app/deadline";
import { isStoreError } from "../../../app/ports";
import { useFocusAfterRender } from "../../shell/viewFocus";
import { failureText } from "../failureText";

/** What the panel hears from a form: a saved decision, or someone else's change (reload). */
export type Decided =
  { readonly kind: "saved"; readonly result: DecisionSuccess } | { readonly kind: "conflict" };

export type FormProblem = { readonly errors: FieldErrors; readonly message: string };

/**
 * How long a save runs before the form says it is still saving in the background. A decision
 * is several writes guarded by the case's version: one cut short after the case file is written
 * could not be repeated (it would meet its own change as a conflict), so the writes are not cut
 * at a deadline; the person's wait is (docs/decisions.md, "A decision that outlasts the wait").
 */
export const SLOW_SAVE_MS = GRAPH_BUDGET_MS;

/**
 * Runs a decision from a form. Wrong fields and refusals stay in the form (nothing was saved);
 * a saved decision or a conflict goes to the panel. Focus moves to the first wrong field, or to
 * the message, so a screen-reader user hears what to do next.
 */
export function useDecisionSubmit(onDecided: (decided: Decided) => void) {
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const formRef: RefObject<HTMLFormElement | null> = useRef<HTMLFormElement>(null);
  const messageRef: RefObject<HTMLDivElement | null> = useRef<HTMLDivElement>(null);

  const focusLater = useFocusAfterRender();
  // After the problem is drawn (its fields marked), not on a timer.
  function focusProblem() {
    focusLater(
      () =>
        formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']") ?? messageRef.current,
    );
  }

  // A save still running when it is past SLOW_SAVE_MS says so, and keeps going.
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_SAVE_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);

  async function run(call: () => Promise<DecisionResult>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await call();
      if (result.ok) onDecided({ kind: "saved", result });
      else if (result.kind === "conflict") onDecided({ kind: "conflict" });
      else {
        setProblem({
          errors: result.kind === "invalid" ? result.errors : {},
          message: result.message,
        });
        focusProblem();
      }
    } catch (e) {
      if (isStoreError(e) && e.code === "conflict") onDecided({ kind: "conflict" });
      else {
        setProblem({ errors: {}, message: failureText(e) });
        focusProblem();
      }
    } finally {
      setBusy(false);
    }
  }

  /** Errors found in the form itself, before anything is sent. */
  function reject(errors: FieldErrors, message: string) {
    setProblem({ errors, message });
    focusProblem();
  }

  return { busy, slow, problem, errors: problem?.errors ?? {}, run, reject, formRef, messageRef };
}
