/** 5.2.6: the customer's request (once a period), a council review, and the outcome. */
import { useState } from "react";
import {
  type ConsultedInput,
  decideReview,
  type MeansInput,
  requestReview,
  type ReviewOutcomeInput,
  startReview,
} from "../../../app/decisions";
import { AmendedTermsFields, amendedDraft, checkedAmendedTerms } from "./AmendedTermsFields";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { ContactsChart } from "../../charts/ContactsChart";
import { ConsultedFields, DateField, MeansFields, StatementField, NEW_CONSULTED } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { type OutcomeChoice, OutcomeForm, useOutcome } from "./OutcomeForm";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function ReviewRequestForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [requestedOn, setRequestedOn] = useState<string>(view.deadlines.today);
  const [grounds, setGrounds] = useState("");
  const [receivedVia, setReceivedVia] = useState<MeansInput>({ channel: "letter" });
  return (
    <DecisionFormFrame
      title="Record the customer's request for a review (5.2.6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the request"
      {...submit}
      onSubmit={() =>
        void submit.run(() =>
          requestReview(deps, loaded, actor, { requestedOn, grounds, receivedVia }),
        )
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
      <MeansFields
        legend="How the request arrived (in writing, or as a reasonable adjustment requires)"
        field="receivedVia"
        value={receivedVia}
        onChange={setReceivedVia}
        errors={submit.errors}
      />
      <StatementField
        name="grounds"
        label="Why the customer considers a review is necessary"
        value={grounds}
        onChange={setGrounds}
        errors={submit.errors}
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
      <StatementField
        name="grounds"
        label="Why the council is reviewing the restrictions"
        hint="For example, a change in the customer's behaviour or circumstances."
        value={grounds}
        onChange={setGrounds}
        errors={submit.errors}
      />
    </DecisionFormFrame>
  );
}

type ReviewChoice = ReviewOutcomeInput["kind"];

const REVIEW_OUTCOMES: readonly OutcomeChoice<ReviewChoice>[] = [
  { value: "remove", label: "Remove the restrictions" },
  { value: "keep", label: "Keep the restrictions as they are" },
  { value: "extend", label: "Extend them for a further period" },
  { value: "amend", label: "Amend them (new or changed terms)" },
];

export function ReviewDecisionForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const { submit, choice, reasons, form } = useOutcome<ReviewChoice>(props, "keep");
  const [newEnd, setNewEnd] = useState("");
  const [amended, setAmended] = useState(() => amendedDraft(loaded.record.entry));
  const [consulted, setConsulted] = useState<readonly ConsultedInput[]>([NEW_CONSULTED]);

  const save = () => {
    let outcome: ReviewOutcomeInput;
    if (choice === "extend") outcome = { kind: "extend", newEnd };
    else if (choice === "amend") {
      const terms = checkedAmendedTerms(amended, submit.reject);
      if (!terms) return;
      outcome = { kind: "amend", ...terms };
    } else outcome = { kind: choice };
    void submit.run(() => decideReview(deps, loaded, actor, { outcome, consulted, reasons }));
  };

  return (
    <OutcomeForm
      {...form}
      title="Decide the review (5.2.6)"
      submitLabel="Record the review decision"
      onSubmit={save}
      choices={REVIEW_OUTCOMES}
      reasonsHint="Quoted in the letter to the customer."
      intro={<ContactsChart data={props.view.chart} />}
    >
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
    </OutcomeForm>
  );
}
