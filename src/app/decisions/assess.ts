import type { Actor } from "../../domain/types";
import type { LoadedCase } from "../caseCommands";
import { decide } from "./run";
import type { AssessmentInput, DecisionDeps, DecisionResult } from "./types";
import { Form } from "./validation";

/**
 * 5.2.2: the city helpdesk manager decides, in consultation with the assistant director and
 * the appropriate service manager (each recorded with the date), whether the behaviour is
 * unreasonable and whether restrictions are needed. Not unreasonable closes the case with a letter giving the reasons; unreasonable
 * without restrictions returns it to monitoring with a letter; restrictions needed waits for
 * imposeRestrictions, whose notice is the letter.
 */
export function assessReferral(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  input: AssessmentInput,
): Promise<DecisionResult> {
  const form = new Form();
  const consulted = form.consulted(
    "consulted",
    input.consulted,
    "Record who was consulted: the assistant director of corporate services and the appropriate service manager, each with the date (5.2.2).",
    true,
  );
  const reasons = form.text("reasons", input.reasons, "Give the reasons for the decision (5.2.2).");
  if (!form.valid) return Promise.resolve(form.failure());
  return decide(deps, loaded, actor, {
    commands: [
      {
        kind: "assess",
        consulted,
        unreasonable: input.unreasonable,
        restrictionsNeeded: input.unreasonable && input.restrictionsNeeded,
        reasons,
      },
    ],
    reasons,
    letter: (saved) => {
      if (saved.entry.stage === "closed") return "notUnreasonable";
      if (saved.entry.stage === "monitoring") return "noRestrictions";
      return undefined;
    },
  });
}
