/**
 * "Raise a step-one concern" (5.1), for a sender who is not restricted. Loaded on demand
 * (React.lazy): most opened messages never need it. The use case checks the fields; this form
 * shows each error beside its field and moves focus to the first.
 */
import { Checkbox, Field, Input, Textarea } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { describeBehaviour } from "../../domain/behaviour";
import type { LetterService } from "../../app/letters/delivery";
import type { FormOutcome, RaisedConcern, StepOneField, StepOneInput } from "../../app/pane";
import { BEHAVIOUR_EXAMPLES, type BehaviourExample } from "../../domain/types";
import { TermsFields } from "../case/decisions/TermsFields";
import { draftFromTerms, type TermsDraft, termsFromDraft } from "../case/decisions/termsDraft";
import { FieldGroup } from "./FieldGroup";
import { useFormStyles } from "./forms.styles";
import { LetterActions } from "../letters/LetterActions";
import { FormDone, PaneForm } from "./PaneFormParts";
import { usePaneFormSubmit } from "./usePaneFormSubmit";

export type StepOneFormProps = {
  /** stepOneDefaults(item): the sender's name and address. */
  readonly initial: StepOneInput;
  /** Raises the concern; never rejects. */
  readonly onSubmit: (input: StepOneInput) => Promise<FormOutcome<RaisedConcern>>;
  readonly onCancel: () => void;
  /** Printing and keeping the confirmation letter, as the user (managers). */
  readonly letters?: LetterService | undefined;
};

type TextField = Exclude<
  StepOneField,
  "behaviourExamples" | "representativeOffered" | "proposedTerms" | "largePrint"
>;

export default function StepOneForm({ initial, onSubmit, onCancel, letters }: StepOneFormProps) {
  const styles = useFormStyles();
  const headingId = useId();
  const [draft, setDraft] = useState<StepOneInput>(initial);
  // The arrangement is set out in the same terms as restrictions, so it can be checked (5.1).
  const [terms, setTerms] = useState<TermsDraft>(() => draftFromTerms(initial.proposedTerms));
  const parsed = useMemo(() => termsFromDraft(terms, false), [terms]);
  const { formRef, resultRef, busy, outcome, errors, submit } = usePaneFormSubmit(onSubmit);
  const termsError = parsed.ok ? errors["proposedTerms"] : parsed.error.message;

  const set = <K extends StepOneField>(key: K, value: StepOneInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const toggle = (example: BehaviourExample, checked: boolean) =>
    setDraft((d) => ({
      ...d,
      behaviourExamples: checked
        ? [...d.behaviourExamples, example]
        : d.behaviourExamples.filter((e) => e !== example),
    }));

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
          value={draft[field] ?? ""}
          onChange={(_e, data) => set(field, data.value)}
          resize="vertical"
        />
      ) : (
        <Input value={draft[field] ?? ""} onChange={(_e, data) => set(field, data.value)} />
      )}
    </Field>
  );

  if (outcome?.kind === "done") {
    return (
      <FormDone
        headingId={headingId}
        title="Step-one concern raised"
        resultRef={resultRef}
        message={outcome.message}
        warning={outcome.value.replyProblem}
        onClose={onCancel}
      >
        {outcome.value.keptProblem ? <p role="alert">{outcome.value.keptProblem}</p> : null}
        {outcome.value.letter.channel.kind === "post" && letters ? (
          <LetterActions letter={outcome.value.letter} letters={letters} />
        ) : null}
        {outcome.value.replyProblem || outcome.value.letter.channel.kind === "post" ? (
          <>
            <h3 className={styles.legend}>
              {outcome.value.replyProblem ? "The letter, to copy into a reply" : "The letter"}
            </h3>
            {/* Focusable: it scrolls when long, and keyboard users must be able to scroll it. */}
            <pre className={styles.evidence} tabIndex={0} aria-label="The letter">
              {outcome.value.letter.body}
            </pre>
          </>
        ) : null}
      </FormDone>
    );
  }

  return (
    <PaneForm
      headingId={headingId}
      title="Raise a step-one concern"
      formRef={formRef}
      resultRef={resultRef}
      outcome={outcome}
      busy={busy}
      submitLabel="Raise the concern"
      busyLabel="Raising the concern…"
      onSubmit={(e) =>
        void submit(e, { ...draft, proposedTerms: parsed.ok ? parsed.value : undefined })
      }
      onCancel={onCancel}
    >
      {text("customerName", "Customer's name", { required: true })}
      {text("customerEmail", "Customer's email address", { required: true })}
      <FieldGroup
        legend="What has the customer done? (policy 4.1)"
        error={errors["behaviourExamples"]}
      >
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
      </FieldGroup>
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
      <TermsFields
        value={terms}
        onChange={setTerms}
        extreme={false}
        purpose="arrangement"
        error={termsError}
      />
      {text("reasonableAdjustments", "Reasonable adjustments", {
        multiline: true,
        hint: "One per line: needs the customer has told the council about.",
      })}
      <Checkbox
        label="The customer needs letters in large print"
        checked={draft.largePrint === true}
        onChange={(_e, data) => set("largePrint", data.checked === true)}
      />
      {text("customerTitle", "Customer's title, for letters", {
        hint: "For example Mr, Ms, Mx or Dr: letters then begin “Dear Mr Rivers”.",
      })}
      {text("customerSurname", "Customer's surname, for letters")}
      {text("customerPostalAddress", "Customer's postal address", {
        multiline: true,
        hint: "One line each. Needed when letters are printed and posted.",
      })}
    </PaneForm>
  );
}
