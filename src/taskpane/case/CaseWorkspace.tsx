/**
 * The deciders' view of one case (5.2.2–5.2.7, 6): its header, the records in tabs and the
 * decisions. The pane lazy-loads this module, and the decision forms load on demand from here,
 * so none of it is in the pane's initial bundle. It reads the case again whenever the case is
 * written anywhere in the pane (caseChanges), so it never contradicts the verdict beside it.
 */
import type { AppDeps } from "../../app/deps";
import type { PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { useCaseStyles } from "./case.styles";
import { CaseScreen } from "./CaseScreen";

export type CaseWorkspaceProps = {
  readonly caseRef: CaseRef;
  readonly deps: AppDeps;
  readonly useCases: Pick<PaneUseCases, "changes">;
  readonly user: SignedInUser;
};

export default function CaseWorkspace({ caseRef, deps, useCases, user }: CaseWorkspaceProps) {
  const styles = useCaseStyles();
  return (
    <section className={styles.root} aria-label="Case workspace">
      <CaseScreen deps={deps} changes={useCases.changes} caseRef={caseRef} user={user} />
    </section>
  );
}
