/**
 * The deciders' case workspace (5.2.2–5.2.7, 6): find a case, read it, decide. The pane shell
 * lazy-loads this module, and the decision forms load on demand from here, so none of it is in
 * the pane's initial bundle.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { useCaseStyles } from "./case.styles";
import { CaseScreen } from "./CaseScreen";
import { CaseSearch } from "./CaseSearch";

export type CaseWorkspaceProps = {
  /** The case to open (e.g. the sender's); without it the workspace starts with a search. */
  readonly caseRef?: CaseRef;
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly onClose: () => void;
};

export default function CaseWorkspace({ caseRef, deps, user, onClose }: CaseWorkspaceProps) {
  const styles = useCaseStyles();
  const [open, setOpen] = useState<CaseRef | undefined>(caseRef);
  return (
    <section className={styles.root} aria-label="Case workspace">
      <div className={styles.actions}>
        {open ? <Button onClick={() => setOpen(undefined)}>Find another case</Button> : null}
        <Button onClick={onClose}>Close the case workspace</Button>
      </div>
      {open ? (
        <CaseScreen key={open} deps={deps} caseRef={open} user={user} />
      ) : (
        <CaseSearch deps={deps} user={user} onOpen={setOpen} />
      )}
    </section>
  );
}
