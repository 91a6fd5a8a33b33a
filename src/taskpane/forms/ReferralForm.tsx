/**
 * "Refer to the city helpdesk manager" (5.2.1), for a case at step one or under monitoring.
 * Shows the evidence the use case compiled from the case file and the contact log, in fields
 * the manager may complete or correct, then refers and opens the message to the helpdesk
 * manager. Loaded on demand.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { type FormEvent, useId, useRef, useState } from "react";
import type { FormOutcome, ReferralDraft, ReferralField, ReferralSent } from "../../app/pane";
import { useFormStyles } from "./forms.styles";

export type ReferralFormProps = {
  /** The helpdesk manager's title, from the policy configuration. */
  readonly helpdeskTitle: string;
  /** prepareReferral's draft: the evidence compiled, editable before it is sent (its
   * `sections` repeat the same text, so the fields alone show it). */
  readonly draft: ReferralDraft;
  readonly onSubmit: (draft: ReferralDraft) => Promise<FormOutcome<ReferralSent>>;
  readonly onCancel: () => void;
};

type TextField = Exclude<ReferralField, "contactCount">;

const FIELDS: readonly { field: TextField; label: string; hint?: string }[] = [
  { field: "behaviour", label: "The behaviour" },
  { field: "workUndertaken", label: "What has been done to resolve it" },
  { field: "arrangement", label: "The arrangement that was agreed or proposed" },
  { field: "correspondence", label: "Correspondence", hint: "One item per line." },
  { field: "monitoringEvidence", label: "Monitoring evidence from the contact log" },
];

export default function ReferralForm(props: ReferralFormProps) {
  const styles = useFormStyles();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<ReferralDraft>(props.draft);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome<ReferralSent> | null>(null);
  const errors = outcome?.kind === "invalid" ? outcome.fieldErrors : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await props.onSubmit(draft);
    setBusy(false);
    setOutcome(result);
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      if (result.kind === "invalid" && invalid) invalid.focus();
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
          {outcome.value.messageProblem ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{outcome.value.messageProblem}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        <div className={styles.actions}>
          <Button onClick={props.onCancel}>Close</Button>
        </div>
      </section>
    );
  }

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={headingId} className={styles.heading}>
        Refer {draft.customerName} ({draft.ref}) to the {props.helpdeskTitle}
      </h2>
      <p>Contacts logged since step one: {draft.contactCount}</p>
      {FIELDS.map(({ field, label, hint }) => (
        <Field
          key={field}
          label={label}
          hint={hint}
          validationMessage={errors[field]}
          validationState={errors[field] ? "error" : "none"}
        >
          <Textarea
            rows={Math.min(12, Math.max(3, draft[field].split("\n").length + 1))}
            value={draft[field]}
            onChange={(_e, data) => setDraft((d) => ({ ...d, [field]: data.value }))}
            resize="vertical"
          />
        </Field>
      ))}
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {outcome ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
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
