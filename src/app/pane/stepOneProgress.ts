/**
 * 5.1 after the concern is raised: the manager records that it was confirmed in writing (the
 * letter was sent) and the customer's answer to the arrangement. Both through the domain's
 * commands and runCommand; the referral needs the first.
 */
import type { ConfirmInWriting, RecordAgreement } from "../../domain/lifecycleCommands";
import { MANAGER_ROLES } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { loadCase, runCommand } from "../caseCommands";
import type { AppDeps } from "../deps";
import { describeFailure, failureSentence } from "../errorWording";
import type { SignedInUser } from "../ports";
import { actorFor } from "./actions";
import type { FormOutcome } from "./types";

export type StepOneProgress = ConfirmInWriting | RecordAgreement;

export async function recordStepOneProgress(
  deps: AppDeps,
  ref: CaseRef,
  progress: StepOneProgress,
  user: SignedInUser,
): Promise<FormOutcome> {
  const actor = actorFor(user, (role) => MANAGER_ROLES.includes(role)) ?? {
    name: user.name,
    email: user.email,
    role: user.roles[0] ?? "frontline",
  };
  try {
    const loaded = await loadCase(deps.store, ref);
    if (!loaded) return { kind: "refused", message: `Case ${ref} could not be found.` };
    const result = await runCommand(deps, loaded, progress, actor);
    if (!result.ok) return { kind: "refused", message: result.refusal.message };
    return {
      kind: "done",
      message: result.events[0]?.summary ?? "Recorded.",
      value: undefined,
    };
  } catch (e) {
    const failure = describeFailure(e, { ref });
    return {
      kind: "failed",
      message: `Nothing was recorded. ${failureSentence(failure)}`,
      failure,
    };
  }
}
