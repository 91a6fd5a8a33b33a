/**
 * The parts of the pane that the first verdict does not need, each in its own chunk: the
 * step-one and referral forms, and the deciders' case workspace (src/taskpane/case).
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { CaseWorkspaceProps } from "./case/CaseWorkspace";
import type { ReferralFormProps } from "./forms/ReferralForm";
import type { StepOneFormProps } from "./forms/StepOneForm";
import type { OtherContactFormProps } from "./read/OtherContactForm";

const StepOneForm = lazy(() => import("./forms/StepOneForm"));
const ReferralForm = lazy(() => import("./forms/ReferralForm"));
const CaseWorkspace = lazy(() => import("./case/CaseWorkspace"));
const OtherContactForm = lazy(() => import("./read/OtherContactForm"));

export function LazyStepOneForm(props: StepOneFormProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
      <StepOneForm {...props} />
    </Suspense>
  );
}

export function LazyReferralForm(props: ReferralFormProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
      <ReferralForm {...props} />
    </Suspense>
  );
}

export function LazyCaseWorkspace(props: CaseWorkspaceProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the case…" />}>
      <CaseWorkspace {...props} />
    </Suspense>
  );
}

export function LazyOtherContactForm(props: OtherContactFormProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
      <OtherContactForm {...props} />
    </Suspense>
  );
}
