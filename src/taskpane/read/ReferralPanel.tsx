import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SignedInUser } from "../../app/ports";
import type { PolicyConfig } from "../../domain/config";
import type { CaseRef } from "../../domain/types";
import { LazyReferralForm } from "../lazyPanels";
import type { PaneApi, ReferralEvidence } from "../paneApi";
import { Problem } from "../shell/Problem";

/** Compiles the evidence for a referral (5.2.1), then shows the referral form. */
export function ReferralPanel(props: {
  readonly api: PaneApi;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly config: PolicyConfig;
  readonly onClose: () => void;
}) {
  const { api, user, caseRef, config, onClose } = props;
  const [evidence, setEvidence] = useState<ReferralEvidence | null>(null);
  useEffect(() => {
    let current = true;
    void api.referralEvidence(caseRef, user).then((e) => current && setEvidence(e));
    return () => {
      current = false;
    };
  }, [api, caseRef, user]);

  if (evidence === null) return <Spinner size="small" label="Compiling the evidence…" />;
  if (evidence.kind === "failed") {
    return (
      <Problem title={evidence.message}>
        <Button onClick={onClose}>Close</Button>
      </Problem>
    );
  }
  return (
    <LazyReferralForm
      helpdeskTitle={config.roleTitles.cityHelpdeskManager}
      evidence={evidence.sections}
      onSubmit={(note) => api.refer(caseRef, note, user)}
      onCancel={onClose}
    />
  );
}
