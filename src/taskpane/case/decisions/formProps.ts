import type { LoadedCase } from "../../../app/caseCommands";
import type { CaseView } from "../../../app/caseView";
import type { AppDeps } from "../../../app/deps";
import type { PolicyConfig } from "../../../domain/config";
import { actorInWords } from "../../../domain/deputies";
import type { Actor } from "../../../domain/types";
import type { Decided } from "./useDecisionSubmit";

/** What every decision form is given by the panel. */
export type DecisionFormProps = {
  readonly deps: AppDeps;
  readonly view: CaseView;
  /** The case as read, with its eTags: a decision on a stale read comes back as a conflict. */
  readonly loaded: LoadedCase;
  /** The user in the role the domain lets them take this decision in. */
  readonly actor: Actor;
  readonly onDecided: (decided: Decided) => void;
  readonly onCancel: () => void;
};

export function deciderText(actor: Actor, config: PolicyConfig): string {
  return `Recorded as decided by ${actorInWords(actor, config)}.`;
}
