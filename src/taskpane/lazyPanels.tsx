/**
 * The parts of the pane that the first verdict does not need, each in its own chunk: the
 * step-one, referral and other-contact forms, the referral's panel, the deciders' case
 * workspace (src/taskpane/case), the work queues and the customer search. A chunk is named like
 * its use case's in src/app/pane/index.ts, so webpack puts both in one chunk: opening the view
 * fetches both.
 *
 * Beside the verdict, and fetched only once it is on screen (afterTheVerdict): the case's
 * details, the log form and "Keep a copy" (one chunk, "case-details"), and step one's progress
 * (managers only).
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { isWaiting } from "../app/pane";
import type { CaseWorkspaceProps } from "./case/CaseWorkspace";
import type { CustomerCardProps } from "./find/CustomerCard";
import type { FindCustomerProps } from "./find/FindCustomer";
import type { ReferralFormProps } from "./forms/ReferralForm";
import type { StepOneFormProps } from "./forms/StepOneForm";
import type { ComposeViewProps } from "./compose/ComposeView";
import type { KeepMessageCopyProps } from "./letters/KeepMessageCopy";
import type { OutboxStatusProps } from "./outbox/OutboxStatus";
import type { CaseDetailsProps } from "./read/CaseDetails";
import type { LogContactProps } from "./read/LogContact";
import type { OtherContactFormProps } from "./read/OtherContactForm";
import type { ReferralPanelProps } from "./read/ReferralPanel";
import type { StepOneProgressProps } from "./read/StepOneProgress";
import { afterTheVerdict } from "./shell/afterTheVerdict";
import type { MyWorkProps } from "./work/MyWork";

const StepOneForm = lazy(() => import(/* webpackChunkName: "step-one" */ "./forms/StepOneForm"));
const ReferralForm = lazy(() => import(/* webpackChunkName: "referral" */ "./forms/ReferralForm"));
const CaseWorkspace = lazy(() => import("./case/CaseWorkspace"));
const OtherContactForm = lazy(
  () => import(/* webpackChunkName: "other-contact" */ "./read/OtherContactForm"),
);
const ReferralPanel = lazy(() =>
  import(/* webpackChunkName: "referral" */ "./read/ReferralPanel").then((m) => ({
    default: m.ReferralPanel,
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

export function LazyReferralPanel(props: ReferralPanelProps) {
  return (
    <Suspense fallback={<Spinner size="small" label="Compiling the evidence…" />}>
      <ReferralPanel {...props} />
    </Suspense>
  );
}

export const LazyStepOneProgress = afterTheVerdict<StepOneProgressProps>(
  async () =>
    (await import(/* webpackChunkName: "step-one-progress" */ "./read/StepOneProgress"))
      .StepOneProgress,
  <Spinner size="small" label="Loading step one's progress…" />,
);

export const LazyCaseDetails = afterTheVerdict<CaseDetailsProps>(
  async () =>
    (await import(/* webpackChunkName: "case-details" */ "./read/CaseDetails")).CaseDetails,
  <Spinner size="small" label="Loading the case's details…" />,
);

const OutboxStatus = lazy(async () => ({
  default: (await import(/* webpackChunkName: "outbox-status" */ "./outbox/OutboxStatus"))
    .OutboxStatus,
}));

/**
 * Contacts still waiting to be logged (kept on this computer). Most sessions have none, so the
 * list's chunk loads only once one is waiting, never before a verdict.
 */
export function LazyOutboxStatus({ outbox }: OutboxStatusProps) {
  const [shown, setShown] = useState(() => outbox.entries().some(isWaiting));
  useEffect(() => outbox.subscribe(() => setShown(outbox.entries().some(isWaiting))), [outbox]);
  return shown ? (
    <Suspense fallback={null}>
      <OutboxStatus outbox={outbox} />
    </Suspense>
  ) : null;
}

/** The recipients of a message being written, each with their terms, beside the verdict. */
export const LazyComposeView = afterTheVerdict<ComposeViewProps>(
  async () => (await import(/* webpackChunkName: "compose" */ "./compose/ComposeView")).ComposeView,
  <Spinner size="small" label="Loading the recipients' terms…" />,
);

export const LazyLogContact = afterTheVerdict<LogContactProps>(
  async () => (await import(/* webpackChunkName: "case-details" */ "./read/LogContact")).LogContact,
);

export const LazyKeepMessageCopy = afterTheVerdict<KeepMessageCopyProps>(
  async () =>
    (await import(/* webpackChunkName: "case-details" */ "./letters/KeepMessageCopy"))
      .KeepMessageCopy,
);

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
