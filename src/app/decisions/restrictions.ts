import type { PolicyConfig } from "../../domain/config";
import type { Actor, CaseRecord } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type {
  DecisionDeps,
  DecisionResult,
  LetterDraft,
  NoticeInput,
  RestrictionsInput,
  RestrictionsPreview,
} from "./types";

export function imposeRestrictions(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: RestrictionsInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

export function recordNotice(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: NoticeInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

/** Synchronous: errors, adjustment warnings and the terms in words while the form is filled. */
export function previewRestrictions(
  _record: CaseRecord,
  _input: RestrictionsInput,
  _config: PolicyConfig,
): RestrictionsPreview {
  throw new Error("not yet implemented");
}

/** The notice of the current period again (e.g. to send it by post later). */
export function redraftNotice(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
): Promise<LetterDraft | undefined> {
  throw new Error("not yet implemented");
}
