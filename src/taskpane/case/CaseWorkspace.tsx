/**
 * The deciders' case workspace (5.2.2–5.2.7, 6): find a case, read it, decide. The pane shell
 * lazy-loads this module, so nothing here is in the pane's initial bundle.
 */
import { Button, Text } from "@fluentui/react-components";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";

export type CaseWorkspaceProps = {
  /** The case to open; without it the workspace starts with a search. */
  readonly caseRef?: CaseRef;
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly onClose: () => void;
};

export default function CaseWorkspace({ caseRef, onClose }: CaseWorkspaceProps) {
  return (
    <section aria-label="Case workspace">
      <Text as="p">
        {caseRef ? `Case ${caseRef}` : "Find a case by name, reference or email address"}
      </Text>
      <Button onClick={onClose}>Close</Button>
    </section>
  );
}
