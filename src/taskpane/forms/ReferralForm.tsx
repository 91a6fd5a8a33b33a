/**
 * "Refer to the city helpdesk manager" (5.2.1), for a case at step one or under monitoring.
 * Shows the evidence the referral will carry (compiled by the use case from the case file and
 * the contact log), takes a note, then refers and opens the message. Loaded on demand.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { type FormEvent, useId, useRef, useState } from "react";
import type { FormOutcome } from "./formOutcome";
import { useFormStyles } from "./forms.styles";

export type ReferralFormProps = {
  /** The helpdesk manager's title, from the policy configuration. */
  readonly helpdeskTitle: string;
  /** The evidence, as sections of plain text; never HTML. */
  readonly evidence: readonly { readonly title: string; readonly text: string }[];
  readonly onSubmit: (note: string) => Promise<FormOutcome>;
  readonly onCancel: () => void;
};

export default function ReferralForm(props: ReferralFormProps) {
  const styles = useFormStyles();
  const headingId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const noteError = outcome?.kind === "invalid" ? outcome.fieldErrors["note"] : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await props.onSubmit(note);
    setBusy(false);
    setOutcome(result);
    requestAnimationFrame(() => {
      if (result.kind === "invalid" && result.fieldErrors["note"]) noteRef.current?.focus();
      else resultRef.current?.focus();
    });
  }

  if (outcome?.kind === "done") {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          Referred to the {props.helpdeskTitle}
        </h2>
        <div ref={resultRef} tabIndex={-1}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        </div>
        <div className={styles.actions}>
          <Button onClick={props.onCancel}>Close</Button>
        </div>
      </section>
    );
  }

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={headingId} className={styles.heading}>
        Refer to the {props.helpdeskTitle}
      </h2>
      {props.evidence.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3 className={styles.legend}>{section.title}</h3>
          <pre className={styles.evidence}>{section.text}</pre>
        </section>
      ))}
      <Field
        label="Note for the referral"
        hint="What has been tried, and why the arrangement is not working."
        validationMessage={noteError}
        validationState={noteError ? "error" : "none"}
      >
        <Textarea
          ref={noteRef}
          value={note}
          onChange={(_e, data) => setNote(data.value)}
          resize="vertical"
        />
      </Field>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {outcome ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {outcome.kind === "failed"
                ? outcome.message
                : (outcome.message ?? Object.values(outcome.fieldErrors).join(" "))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? "Referring…" : "Refer and open the message"}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
