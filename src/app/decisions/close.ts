import type { CloseOutcome } from "../../domain/lifecycleCommands";
import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { decide } from "./run";
import type { DecisionDeps, DecisionResult } from "./types";
import { Form } from "./validation";

export type CloseCaseInput = { readonly outcome: CloseOutcome; readonly reasons: string };

/**
 * Closes a case without restrictions (resolved, not unreasonable, withdrawn) at step one,
 * monitoring, referral or assessment, so that it gets its retention date (6). No letter: the
 * person closing it tells the customer as the case needs.
 */
export function closeCase(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: CloseCaseInput,
): Promise<DecisionResult> {
  const form = new Form();
  const reasons = form.text("reasons", input.reasons, "Give the reasons for closing the case.");
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [{ kind: "closeCase", reasons, outcome: input.outcome }],
  });
}
