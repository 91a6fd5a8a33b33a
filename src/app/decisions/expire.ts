import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type { DecisionDeps, DecisionResult } from "./types";

export function recordExpiry(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}
