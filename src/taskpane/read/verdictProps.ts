import type { VerdictView } from "../../app/pane";
import type { VerdictProps } from "./Verdict";

/**
 * The use case's verdict as the Verdict component's props; "Try again" only where it helps (not
 * while SharePoint has asked us to wait: the pane checks again by itself, at the time it gives).
 */
export function verdictProps(view: VerdictView, retry: () => void): VerdictProps {
  const busy = view.retry !== undefined && view.failure?.code === "throttled";
  const retryable = view.kind === "couldNotCheck" && (view.failure?.retryable ?? true) && !busy;
  const advice = view.advice.length === 0 && view.failure ? [view.failure.detail] : view.advice;
  return {
    kind: view.kind,
    intent: view.intent,
    title: view.title,
    reasons: view.reasons,
    advice,
    onRetry: retryable ? retry : undefined,
    retry: view.retry,
  };
}
