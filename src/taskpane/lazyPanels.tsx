/**
 * The parts of the pane that the first verdict does not need, each in its own chunk: the
 * step-one, referral and other-contact forms, step one's progress (managers only), the
 * deciders' case workspace (src/taskpane/case), the work queues and the customer search. A
 * chunk is named like its use case's in src/app/pane/index.ts, so webpack puts both in one
 * chunk: opening the view fetches both.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { CaseWorkspaceProps } from "./case/CaseWorkspace";
import type { CustomerCardProps } from "./find/CustomerCard";
import type { FindCustomerProps } from "./find/FindCustomer";
import type { ReferralFormProps } from "./forms/ReferralForm";
import type { StepOneFormProps } from "./forms/StepOneForm";
import type { OtherContactFormProps } from "./read/OtherContactForm";
import type { StepOneProgressProps } from "./read/StepOneProgress";
import type { MyWorkProps } from "./work/MyWork";

const StepOneForm = lazy(() => import(/* webpackChunkName: "step-one" */ "./forms/StepOneForm"));
const ReferralForm = lazy(() => import(/* webpackChunkName: "referral" */ "./forms/ReferralForm"));
const CaseWorkspace = lazy(() => import("./case/CaseWorkspace"));
const OtherContactForm = lazy(
  () => import(/* webpackChunkName: "other-contact" */ "./read/OtherContactForm"),
);
const StepOneProgress = lazy(() =>
  import(/* webpackChunkName: "step-one-progress" */ "./read/StepOneProgress").then((m) => ({
    default: m.StepOneProgress,
  })),
);
const MyWork = lazy(() => import(/* webpackChunkName: "my-work" */ "./work/MyWork"));
const FindCustomer = lazy(() => import(/* webpackChunkName: "find" */ "./find/FindCustomer"));
const CustomerCard = lazy(() => import(/* webpackChunkName: "find" */ "./find/CustomerCard"));

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

export function LazyStepOneProgress(props: StepOneProgressProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Loading step one's progress…" />}>
      <StepOneProgress {...props} />
    </Suspense>
  );
}

export function LazyMyWork(props: MyWorkProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening your work…" />}>
      <MyWork {...props} />
    </Suspense>
  );
}

export function LazyFindCustomer(props: FindCustomerProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the search…" />}>
      <FindCustomer {...props} />
    </Suspense>
  );
}

export function LazyCustomerCard(props: CustomerCardProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the customer…" />}>
      <CustomerCard {...props} />
    </Suspense>
  );
}
