/** One case for a decider: header, the overdue-review flag, the records in tabs, the decisions. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { lazy, Suspense, useId, useState } from "react";
import type { CaseView } from "../../app/caseView";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { useCaseStyles } from "./case.styles";
import { CaseHistory } from "./CaseHistory";
import { ReferralRecord, StepOneRecord } from "./CaseFileRecords";
import { CaseSummary } from "./CaseSummary";
import { ContactLog } from "./ContactLog";
import { DecisionPanel } from "./decisions/DecisionPanel";
import { useCaseView } from "./useCaseView";

const LettersAndDocuments = lazy(() => import("../letters/LettersAndDocuments"));

export type CaseScreenProps = {
  readonly deps: AppDeps;
  readonly caseRef: CaseRef;
  readonly user: SignedInUser;
};

type TabKey = "decisions" | "summary" | "history" | "contacts" | "stepOne" | "referral" | "letters";

export function CaseScreen({ deps, caseRef, user }: CaseScreenProps) {
  const { state, reload } = useCaseView(deps, caseRef, user);
  const styles = useCaseStyles();
  switch (state.kind) {
    case "loading":
      return <Spinner size="small" label="Reading the case…" />;
    case "notFound":
      return <p role="alert">No case {caseRef} is held.</p>;
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {state.message}
            <div className={styles.actions}>
              <Button onClick={() => void reload()}>Try again</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
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
  const { entry, deadlines } = view;
  const config = deps.config;

  const tabs: readonly (readonly [TabKey, string])[] = [
    ["decisions", "Decisions"],
    ["summary", "Summary"],
    ["history", "History"],
    ["contacts", `Contact log (${view.contacts.length})`],
    ...(view.file
      ? ([
          ["stepOne", "Step one"],
          ["referral", "Referral"],
          ["letters", "Letters and documents"],
        ] as const)
      : []),
  ];

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <header className={styles.section}>
        <h2 id={headingId} className={styles.heading}>
          {entry.customerName}
        </h2>
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
      {deadlines.notice ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Restrictions decided; the customer has not yet been told. Until they are, their contact
            is judged as before (5.2.4).
            {deadlines.notice === "prepared" ? " The notice has been prepared." : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view.fileWithheld ? (
        <p className={styles.muted}>Only managers can read this case's file and history.</p>
      ) : null}

      <TabList
        selectedValue={tab}
        onTabSelect={(_e, d) => setTab(d.value as TabKey)}
        size="small"
        aria-label="Parts of the case"
      >
        {tabs.map(([key, label]) => (
          <Tab key={key} value={key} aria-controls={panelId}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-label={tabs.find(([k]) => k === tab)?.[1]}>
        {tab === "decisions" ? (
          <DecisionPanel deps={deps} view={view} onReload={props.onReload} />
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
