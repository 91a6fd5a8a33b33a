import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneUseCases, PreparedReferral } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { LazyReferralForm } from "../lazyPanels";
import { Problem } from "../shell/Problem";

export type ReferralPanelProps = {
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly helpdeskTitle: string;
  readonly onClose: () => void;
};

/** Compiles the evidence for a referral (5.2.1), then shows the referral form. */
export function ReferralPanel(props: ReferralPanelProps) {
  const { useCases, user, caseRef, helpdeskTitle, onClose } = props;
  const [prepared, setPrepared] = useState<PreparedReferral | null>(null);
  useEffect(() => {
    let current = true;
    void useCases.prepareReferral(caseRef, user).then((p) => current && setPrepared(p));
    return () => {
      current = false;
    };
  }, [useCases, caseRef, user]);

  if (prepared === null) return <Spinner size="small" label="Compiling the evidence…" />;
  if (prepared.kind !== "ready") {
    return (
      <Problem title={prepared.message}>
        <Button onClick={onClose}>Close</Button>
      </Problem>
    );
  }
  return (
    <LazyReferralForm
      helpdeskTitle={helpdeskTitle}
      draft={prepared.draft}
      chart={prepared.chart}
      onSubmit={(draft) => useCases.submitReferral(draft, user)}
      onCancel={onClose}
      onKeepMessage={() => useCases.keepMessageCopy(caseRef, user)}
    />
  );
}
