import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type { AssessmentInput, DecisionDeps, DecisionResult } from "./types";

export function assessReferral(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: AssessmentInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}
