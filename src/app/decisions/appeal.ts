import type { PolicyConfig } from "../../domain/config";
import type { Actor, CaseRecord } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import type {
  AppealDecisionInput,
  AppealInput,
  AppealTiming,
  DecisionDeps,
  DecisionResult,
} from "./types";

export function lodgeAppeal(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: AppealInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

export function decideAppeal(
  _deps: DecisionDeps,
  _loaded: LoadedCase,
  _actor: Actor,
  _input: AppealDecisionInput,
): Promise<DecisionResult> {
  throw new Error("not yet implemented");
}

/** Synchronous: whether an appeal lodged on `lodgedOn` is in time and where it would go. */
export function appealTiming(
  _record: CaseRecord,
  _lodgedOn: string,
  _now: Date,
  _config: PolicyConfig,
): AppealTiming {
  throw new Error("not yet implemented");
}
