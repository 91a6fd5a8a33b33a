/**
 * One case for a decider: header, the overdue-review flag, the records in tabs, the decisions.
 * A decision form replaces the tabs while it is open: the header stays, to say which case.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import type { CaseChanges } from "../../app/caseChanges";
import type { CaseView } from "../../app/caseView";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { ViewHeading } from "../shell/viewFocus";
import { useCaseStyles } from "./case.styles";
import { CaseHistory } from "./CaseHistory";
import { ReferralRecord, StepOneRecord } from "./CaseFileRecords";
import { CaseSummary } from "./CaseSummary";
import { type CaseTab, CaseTabs } from "./CaseTabs";
import { ContactLog } from "./ContactLog";
import { DecisionPanel } from "./decisions/DecisionPanel";
import { useCaseView } from "./useCaseView";

const LettersAndDocuments = lazy(() => import("../letters/LettersAndDocuments"));

export type CaseScreenProps = {
  readonly deps: AppDeps;
  readonly changes: CaseChanges;
  readonly caseRef: CaseRef;
  readonly user: SignedInUser;
};

type TabKey = "decisions" | "summary" | "history" | "contacts" | "stepOne" | "referral" | "letters";

export function CaseScreen({ deps, changes, caseRef, user }: CaseScreenProps) {
  const { state, reload } = useCaseView(deps, caseRef, user, changes);
  const styles = useCaseStyles();
  switch (state.kind) {
    case "loading":
      return <Spinner size="small" label="Reading the case…" />;
    case "notFound":
      return (
        <>
          <ViewHeading className={styles.heading}>Case {caseRef}</ViewHeading>
          <p role="alert">No case {caseRef} is held.</p>
        </>
      );
    case "failed":
      return (
        <>
          <ViewHeading className={styles.heading}>Case {caseRef}</ViewHeading>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              {state.message}
              <div className={styles.actions}>
                <Button onClick={() => void reload()}>Try again</Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        </>
      );
    case "loaded":
      return <LoadedCase deps={deps} view={state.view} onReload={reload} />;
  }
}

function LoadedCase(props: {
  readonly deps: AppDeps;
  readonly view: CaseView;
  readonly onReload: () => Promise<void>;
}) {
  const { deps, view } = props;
  const styles = useCaseStyles();
  const headingId = useId();
  const panelId = useId();
  // Someone with nothing to decide starts on the summary.
  const [tab, setTab] = useState<TabKey>(() =>
    view.offered.length > 0 || view.heldBack.length > 0 || view.subjectAccessActor
      ? "decisions"
      : "summary",
  );
  const [formOpen, setFormOpen] = useState(false);
  const { entry, deadlines } = view;
  const config = deps.config;

  const tabs: readonly CaseTab<TabKey>[] = [
    { key: "decisions", label: "Decisions" },
    { key: "summary", label: "Summary" },
    { key: "contacts", label: `Contact log (${view.contacts.length})` },
    { key: "history", label: "History" },
    ...(view.file
      ? [
          { key: "stepOne" as const, label: "Step one" },
          { key: "referral" as const, label: "Referral" },
          { key: "letters" as const, label: "Letters and documents" },
        ]
      : []),
  ];

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <header className={styles.section}>
        <ViewHeading id={headingId} className={styles.heading}>
          {entry.customerName}
        </ViewHeading>
        <dl className={styles.facts}>
          <dt className={styles.term}>Reference</dt>
          <dd className={styles.definition}>{entry.ref}</dd>
          <dt className={styles.term}>Stage</dt>
          <dd className={styles.definition}>This case is {view.stageInWords}.</dd>
        </dl>
      </header>

      {view.flagOverdueReview && deadlines.reviewDue ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Review overdue: it was due on {formatLongDate(deadlines.reviewDue)} (
            {deadlines.daysOverdue === 1 ? "1 day" : `${deadlines.daysOverdue} days`} ago) and no
            review is under way (5.2.6).
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {deadlines.notice && !formOpen ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Restrictions decided; the customer has not yet been told. Until they are, their contact
            is judged as before (5.2.4).
            {deadlines.notice === "prepared" ? " The notice has been prepared." : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view.fileWithheld && !formOpen ? (
        <p className={styles.muted}>Only managers can read this case's file and history.</p>
      ) : null}

      {formOpen ? null : (
        <CaseTabs tabs={tabs} selected={tab} onSelect={setTab} panelId={panelId} />
      )}
      <div
        role={formOpen ? undefined : "tabpanel"}
        id={panelId}
        aria-label={formOpen ? undefined : tabs.find((t) => t.key === tab)?.label}
      >
        {tab === "decisions" ? (
          <DecisionPanel
            deps={deps}
            view={view}
            onReload={props.onReload}
            onFormOpen={setFormOpen}
          />
        ) : null}
        {tab === "summary" ? <CaseSummary view={view} config={config} /> : null}
        {tab === "history" ? <CaseHistory view={view} config={config} /> : null}
        {tab === "contacts" ? <ContactLog view={view} config={config} /> : null}
        {tab === "stepOne" && view.file ? <StepOneRecord file={view.file} config={config} /> : null}
        {tab === "referral" && view.file ? (
          <ReferralRecord file={view.file} config={config} />
        ) : null}
        {tab === "letters" && view.loaded ? (
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <LettersAndDocuments
              deps={deps}
              loaded={view.loaded}
              actor={view.subjectAccessActor ?? view.seniorActor ?? view.offered[0]?.actor}
              onSaved={props.onReload}
            />
          </Suspense>
        ) : null}
      </div>
    </article>
  );
}
