/** 5.2.6: the customer's request (once a period), a council review, and the outcome. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import {
  type ConsultedInput,
  decideReview,
  requestReview,
  type ReviewOutcomeInput,
  startReview,
} from "../../../app/decisions";
import { AmendedTermsFields, amendedDraft, amendedInput } from "./AmendedTermsFields";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { ConsultedFields, DateField, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function ReviewRequestForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [requestedOn, setRequestedOn] = useState<string>(view.deadlines.today);
  const [grounds, setGrounds] = useState("");
  return (
    <DecisionFormFrame
      title="Record the customer's request for a review (5.2.6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the request"
      {...submit}
      onSubmit={() =>
        void submit.run(() => requestReview(deps, loaded, actor, { requestedOn, grounds }))
      }
      onCancel={props.onCancel}
    >
      <p>The customer can request one review in each restriction period.</p>
      <DateField
        label="Date the request was received"
        value={requestedOn}
        onChange={setRequestedOn}
        error={submit.errors["requestedOn"]}
        required
      />
      <TextField
        label="Why the customer considers a review is necessary"
        value={grounds}
        onChange={setGrounds}
        error={submit.errors["grounds"]}
        required
        multiline
      />
    </DecisionFormFrame>
  );
}

export function StartReviewForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [grounds, setGrounds] = useState("");
  return (
    <DecisionFormFrame
      title="Start a council review (5.2.6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Start the review"
      {...submit}
      onSubmit={() => void submit.run(() => startReview(deps, loaded, actor, { grounds }))}
      onCancel={props.onCancel}
    >
      <TextField
        label="Why the council is reviewing the restrictions"
        hint="For example, a change in the customer's behaviour or circumstances."
        value={grounds}
        onChange={setGrounds}
        error={submit.errors["grounds"]}
        required
        multiline
      />
    </DecisionFormFrame>
  );
}

type ReviewChoice = ReviewOutcomeInput["kind"];

export function ReviewDecisionForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [choice, setChoice] = useState<ReviewChoice>("keep");
  const [newEnd, setNewEnd] = useState("");
  const [amended, setAmended] = useState(() => amendedDraft(loaded.record.entry));
  const [consulted, setConsulted] = useState<readonly ConsultedInput[]>([
    { name: "", email: "", role: "assistantDirector" },
  ]);
  const [reasons, setReasons] = useState("");
  const amendedTerms = choice === "amend" ? amendedInput(amended) : undefined;

  const save = () => {
    let outcome: ReviewOutcomeInput;
    if (choice === "extend") outcome = { kind: "extend", newEnd };
    else if (choice === "amend") {
      if (!amendedTerms?.ok) {
        const message = amendedTerms?.error.message ?? "Check the amended terms.";
        submit.reject({ "outcome.terms": message }, message);
        return;
      }
      outcome = { kind: "amend", ...amendedTerms.value };
    } else outcome = { kind: choice };
    void submit.run(() => decideReview(deps, loaded, actor, { outcome, consulted, reasons }));
  };

  return (
    <DecisionFormFrame
      title="Decide the review (5.2.6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the review decision"
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      <Field label="Outcome" required>
        <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value as ReviewChoice)}>
          <Radio value="remove" label="Remove the restrictions" />
          <Radio value="keep" label="Keep the restrictions as they are" />
          <Radio value="extend" label="Extend them for a further period" />
          <Radio value="amend" label="Amend them (new or changed terms)" />
        </RadioGroup>
      </Field>
      {choice === "extend" ? (
        <DateField
          label="New last day"
          value={newEnd}
          onChange={setNewEnd}
          error={submit.errors["outcome.newEnd"]}
          required
        />
      ) : null}
      {choice === "amend" ? (
        <AmendedTermsFields
          value={amended}
          onChange={setAmended}
          errors={submit.errors}
          termsError={amendedTerms && !amendedTerms.ok ? amendedTerms.error.message : undefined}
          config={deps.config}
        />
      ) : null}
      <ConsultedFields
        legend="Who was consulted (the assistant director and/or the City Solicitor)"
        value={consulted}
        onChange={setConsulted}
        errors={submit.errors}
        config={deps.config}
      />
      <TextField
        label="Reasons"
        hint="Quoted in the letter to the customer."
        value={reasons}
        onChange={setReasons}
        error={submit.errors["reasons"]}
        required
        multiline
      />
    </DecisionFormFrame>
  );
}
