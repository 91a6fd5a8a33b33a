import type { VerdictView } from "../../app/pane";
import type { VerdictProps } from "./Verdict";

/** The use case's verdict as the Verdict component's props; "Try again" only where it helps. */
export function verdictProps(view: VerdictView, retry: () => void): VerdictProps {
  const retryable = view.kind === "couldNotCheck" && (view.failure?.retryable ?? true);
  const advice = view.advice.length === 0 && view.failure ? [view.failure.detail] : view.advice;
  return {
    kind: view.kind,
    intent: view.intent,
    title: view.title,
    reasons: view.reasons,
    advice,
    onRetry: retryable ? retry : undefined,
  };
}
