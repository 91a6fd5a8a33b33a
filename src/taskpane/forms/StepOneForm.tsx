/**
 * "Raise a step-one concern" (5.1), for a sender who is not restricted. Loaded on demand
 * (React.lazy): most opened messages never need it. The use case checks the fields; this form
 * shows each error beside its field and moves focus to the first.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import { type FormEvent, useId, useRef, useState } from "react";
import { describeBehaviour } from "../../domain/behaviour";
import type { FormOutcome, RaisedConcern, StepOneField, StepOneInput } from "../../app/pane";
import { BEHAVIOUR_EXAMPLES, type BehaviourExample } from "../../domain/types";
import { useFormStyles } from "./forms.styles";

export type StepOneFormProps = {
  /** stepOneDefaults(item): the sender's name and address. */
  readonly initial: StepOneInput;
  /** Raises the concern; never rejects. */
  readonly onSubmit: (input: StepOneInput) => Promise<FormOutcome<RaisedConcern>>;
  readonly onCancel: () => void;
};

type TextField = Exclude<StepOneField, "behaviourExamples" | "representativeOffered">;

export default function StepOneForm({ initial, onSubmit, onCancel }: StepOneFormProps) {
  const styles = useFormStyles();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<StepOneInput>(initial);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome<RaisedConcern> | null>(null);
  const errors = outcome?.kind === "invalid" ? outcome.fieldErrors : {};

  const set = <K extends StepOneField>(key: K, value: StepOneInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const toggle = (example: BehaviourExample, checked: boolean) =>
    setDraft((d) => ({
      ...d,
      behaviourExamples: checked
        ? [...d.behaviourExamples, example]
        : d.behaviourExamples.filter((e) => e !== example),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await onSubmit(draft);
    setBusy(false);
    setOutcome(result);
    // Focus what the user must read next: the first wrong field, or the result.
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      const target = invalid?.matches("fieldset")
        ? invalid.querySelector<HTMLElement>("input")
        : invalid;
      if (result.kind === "invalid" && target) target.focus();
      else resultRef.current?.focus();
    });
  }

  const text = (
    field: TextField,
    label: string,
    options: { multiline?: boolean; hint?: string; required?: boolean } = {},
  ) => (
    <Field
      label={label}
      hint={options.hint}
      required={options.required}
      validationMessage={errors[field]}
      validationState={errors[field] ? "error" : "none"}
    >
      {options.multiline ? (
        <Textarea
          value={draft[field]}
          onChange={(_e, data) => set(field, data.value)}
          resize="vertical"
        />
      ) : (
        <Input value={draft[field]} onChange={(_e, data) => set(field, data.value)} />
      )}
    </Field>
  );

  if (outcome?.kind === "done") {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          Step-one concern raised
        </h2>
        <div ref={resultRef} tabIndex={-1}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        </div>
        {outcome.value.replyProblem ? (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{outcome.value.replyProblem}</MessageBarBody>
            </MessageBar>
            <h3 className={styles.legend}>The letter, to copy into a reply</h3>
            <pre className={styles.evidence}>{outcome.value.letter}</pre>
          </>
        ) : null}
        <div className={styles.actions}>
          <Button onClick={onCancel}>Close</Button>
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
        Raise a step-one concern
      </h2>
      {text("customerName", "Customer's name", { required: true })}
      {text("customerEmail", "Customer's email address", { required: true })}
      <fieldset
        className={styles.fieldset}
        aria-invalid={errors["behaviourExamples"] ? true : undefined}
      >
        <legend className={styles.legend}>What has the customer done? (policy 4.1)</legend>
        {BEHAVIOUR_EXAMPLES.map((example) => {
          const wording = describeBehaviour(example);
          return (
            <Checkbox
              key={example}
              label={wording.label}
              title={wording.description}
              checked={draft.behaviourExamples.includes(example)}
              onChange={(_e, data) => toggle(example, data.checked === true)}
            />
          );
        })}
        {errors["behaviourExamples"] ? (
          <p className={styles.error}>{errors["behaviourExamples"]}</p>
        ) : null}
      </fieldset>
      {text("behaviourDetail", "Details of the behaviour", {
        multiline: true,
        hint: "Dates, what was said or done, and who was affected.",
      })}
      {text("serviceMostImpacted", "Service most impacted", { required: true })}
      <Checkbox
        label="A representative was offered to the customer"
        checked={draft.representativeOffered}
        onChange={(_e, data) => set("representativeOffered", data.checked === true)}
      />
      {text("representativeName", "Representative the customer already has: name")}
      {text("representativeEmail", "Representative: email address")}
      {text("spocName", "Proposed SPOC: name")}
      {text("spocEmail", "Proposed SPOC: email address")}
      {text("deputyName", "Deputy: name")}
      {text("deputyEmail", "Deputy: email address")}
      {text("proposedArrangement", "Proposed contact arrangement", {
        multiline: true,
        required: true,
        hint: "For example: one email a week to the SPOC.",
      })}
      {text("reasonableAdjustments", "Reasonable adjustments", {
        multiline: true,
        hint: "One per line: needs the customer has told the council about.",
      })}
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {outcome ? (
          <MessageBar intent="error">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? "Raising the concern…" : "Raise the concern"}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
