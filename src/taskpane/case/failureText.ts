import { describeFailure, type FailureContext, failureSentence } from "../../app/errorWording";
import { isStoreError } from "../../app/ports";

/** A conflict is said the same way everywhere in the workspace, with its Reload button. */
export const CONFLICT_TEXT = "This case was changed by someone else. Reload to see the latest.";

/** A failure to read or save a case, in words (never an error dump). */
export function failureText(error: unknown, context?: FailureContext): string {
  if (isStoreError(error) && error.code === "conflict") return CONFLICT_TEXT;
  return failureSentence(describeFailure(error, context));
}
