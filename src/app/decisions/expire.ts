import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { decide } from "./run";
import type { DecisionDeps, DecisionResult } from "./types";

/**
 * The restriction period is over: the restrictions end on its last day, the case stops being
 * flagged, and the file is kept until that day plus six years (6).
 */
export function recordExpiry(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
): Promise<DecisionResult> {
  return decide(deps, loaded, actor, {
    commands: [{ kind: "expire" }],
    letter: () => "restrictionsEnded",
  });
}
