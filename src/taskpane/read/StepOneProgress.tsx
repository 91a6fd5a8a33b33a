/**
 * 5.1 after the concern is raised, for the managers who may refer: record that it was
 * confirmed to the customer in writing, then the customer's answer to the arrangement. The
 * use case (through the domain) refuses what is not yet possible, in words shown here.
 */
import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { FormOutcome, PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import { parseLocalDate } from "../../domain/localDate";
import type { CaseRef, LocalDate } from "../../domain/types";
import { useReadViewStyles } from "./ReadView.styles";

export function StepOneProgress(props: {
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly today: LocalDate;
  /** The case changed: check the message again. */
  readonly onRecorded: () => void;
}) {
  const { useCases, user, caseRef, today, onRecorded } = props;
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
    if (result.kind === "done") onRecorded();
  }

  function confirm() {
    const date = parseLocalDate(on);
    if (!date.ok) {
      setDateError(date.error.message);
      return;
    }
    setDateError(undefined);
    void record({ kind: "confirmInWriting", on: date.value });
  }

  return (
    <section aria-labelledby={headingId} className={styles.content}>
      <h3 id={headingId} className={styles.subheading}>
        Step one: record progress
      </h3>
      <Field
        label="Date the concern was confirmed to the customer in writing"
        validationMessage={dateError}
        validationState={dateError ? "error" : "none"}
      >
        <Input type="date" value={on} onChange={(_e, data) => setOn(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={confirm}>
          Record the written confirmation
        </Button>
      </div>
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
