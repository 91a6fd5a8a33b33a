import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type {
  DecisionDeps,
  DecisionResult,
  ReviewDecisionInput,
  ReviewRequestInput,
  StartReviewInput,
} from "./types";

export function requestReview(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: ReviewRequestInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

export function startReview(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: StartReviewInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

export function decideReview(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: ReviewDecisionInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}
