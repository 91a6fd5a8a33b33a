/**
 * 5.1 after the concern is raised, for the managers who record it: what is recorded (raised,
 * confirmed in writing on …, the customer's answer) and only the one thing that can be
 * recorded next. The use case (through the domain) refuses what is not possible, in words
 * shown here; once it is saved, the pane's case changes bring the new state in.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { FormOutcome, PaneUseCases, StepOneView } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef, LocalDate } from "../../domain/types";
import { UkDateField } from "../forms/UkDateField";
import { parseLocalDate } from "../../domain/localDate";
import { useReadViewStyles } from "./ReadView.styles";

export type StepOneProgressProps = {
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly stepOne: StepOneView;
  readonly today: LocalDate;
};

function answerText(view: StepOneView): string {
  const on = view.agreementRecordedOn ? ` (recorded on ${view.agreementRecordedOn.text})` : "";
  switch (view.agreement) {
    case "pending":
      return view.confirmedInWritingOn ? "Awaited." : "Not asked yet: confirm in writing first.";
    case "agreed":
      return `Agreed${on}. Their contact is monitored against the arrangement.`;
    case "notAgreed":
      return `Did not agree${on}. The case can be referred (5.2.1).`;
  }
}

export function StepOneProgress(props: StepOneProgressProps) {
  const { useCases, user, caseRef, stepOne, today } = props;
  const styles = useReadViewStyles();
  const headingId = useId();
  const [on, setOn] = useState<string>(today);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();

  async function record(progress: Parameters<PaneUseCases["recordStepOneProgress"]>[1]) {
    setBusy(true);
    const result = await useCases.recordStepOneProgress(caseRef, progress, user);
    setBusy(false);
    setOutcome(result);
  }

  function confirm() {
    const date = parseLocalDate(on);
    if (!date.ok) {
      setDateError("Give the date as day/month/year, for example 24/11/2026.");
      return;
    }
    setDateError(undefined);
    void record({ kind: "confirmInWriting", on: date.value });
  }

  return (
    <section aria-labelledby={headingId} className={styles.content}>
      <h3 id={headingId} className={styles.subheading}>
        Step one (5.1)
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>Raised</dt>
        <dd className={styles.definition}>
          {stepOne.raisedOn.text} by {stepOne.raisedBy}
        </dd>
        <dt className={styles.term}>Proposed</dt>
        <dd className={styles.definition}>{stepOne.proposedArrangement}</dd>
        <dt className={styles.term}>Confirmed in writing</dt>
        <dd className={styles.definition}>
          {stepOne.confirmedInWritingOn ? stepOne.confirmedInWritingOn.text : "Not yet."}
        </dd>
        <dt className={styles.term}>Customer's answer</dt>
        <dd className={styles.definition}>{answerText(stepOne)}</dd>
      </dl>
      {stepOne.next === "confirmInWriting" ? (
        <>
          <UkDateField
            label="Date the concern was confirmed to the customer in writing"
            value={on}
            onChange={setOn}
            error={dateError}
            disabled={busy}
          />
          <div className={styles.actions}>
            <Button disabled={busy} onClick={confirm}>
              Record the written confirmation
            </Button>
          </div>
        </>
      ) : null}
      {stepOne.next === "recordAgreement" ? (
        <div className={styles.actions} role="group" aria-label="The customer's answer">
          <Button
            disabled={busy}
            onClick={() => void record({ kind: "recordAgreement", agreed: true })}
          >
            The customer agreed the arrangement
          </Button>
          <Button
            disabled={busy}
            onClick={() => void record({ kind: "recordAgreement", agreed: false })}
          >
            The customer did not agree
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {outcome ? (
          <MessageBar intent={outcome.kind === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
