/** 5.2.7: record an appeal (late ones go to review), and the director's outcome. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import {
  type AppealOutcomeInput,
  appealTiming,
  decideAppeal,
  lodgeAppeal,
} from "../../../app/decisions";
import { formatLongDate } from "../../../domain/wording";
import { AmendedTermsFields, amendedDraft, checkedAmendedTerms } from "./AmendedTermsFields";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { DateField, StatementField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { type OutcomeChoice, OutcomeForm, useOutcome } from "./OutcomeForm";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function LodgeAppealForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [lodgedOn, setLodgedOn] = useState<string>(view.deadlines.today);
  const [grounds, setGrounds] = useState("");
  const timing = appealTiming(loaded.record, lodgedOn, deps.clock.now(), deps.config);
  const late = timing.route === "review";
  return (
    <DecisionFormFrame
      title="Record an appeal (5.2.7)"
      decider={deciderText(actor, deps.config)}
      submitLabel={late ? "Send the late appeal to review" : "Record the appeal"}
      {...submit}
      onSubmit={() =>
        void submit.run(() => lodgeAppeal(deps, loaded, actor, { lodgedOn, grounds }))
      }
      onCancel={props.onCancel}
    >
      <p>
        {timing.appealBy
          ? `Appeals are in time up to ${formatLongDate(timing.appealBy)} (28 days from the notice).`
          : "The notice is not yet recorded, so an appeal now is in time."}
      </p>
      <DateField
        label="Date the appeal was received"
        value={lodgedOn}
        onChange={setLodgedOn}
        error={submit.errors["lodgedOn"]}
        required
      />
      {late ? (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            Late appeal: it was received after the 28 days. The council may refer it to the review
            process instead (5.2.7); recording it does so. {timing.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {timing.route === "refused" && lodgedOn.trim() !== "" ? (
        <MessageBar intent="error" layout="multiline" role="status">
          <MessageBarBody>{timing.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <StatementField
        name="grounds"
        label="Why the customer disagrees with the decision"
        value={grounds}
        onChange={setGrounds}
        errors={submit.errors}
      />
    </DecisionFormFrame>
  );
}

type AppealChoice = AppealOutcomeInput["kind"];

const APPEAL_OUTCOMES: readonly OutcomeChoice<AppealChoice>[] = [
  { value: "confirmed", label: "Confirm the conditions" },
  { value: "amended", label: "Amend the conditions" },
  { value: "removed", label: "Remove the conditions" },
];

export function DecideAppealForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const { submit, choice, reasons, form } = useOutcome<AppealChoice>(props, "confirmed");
  const [amended, setAmended] = useState(() => amendedDraft(loaded.record.entry));
  const appeal = loaded.record.entry.appeal;

  const save = () => {
    let outcome: AppealOutcomeInput;
    if (choice === "amended") {
      const terms = checkedAmendedTerms(amended, submit.reject);
      if (!terms) return;
      outcome = { kind: "amended", ...terms };
    } else outcome = { kind: choice };
    void submit.run(() => decideAppeal(deps, loaded, actor, { outcome, reasons }));
  };

  return (
    <OutcomeForm
      {...form}
      title="Decide the appeal (5.2.7)"
      submitLabel="Record the appeal decision"
      onSubmit={save}
      intro={
        appeal.status === "lodged" ? (
          <p>
            Appeal received on {formatLongDate(appeal.lodgedOn)}. The customer's grounds:{" "}
            {appeal.grounds}
          </p>
        ) : null
      }
      choices={APPEAL_OUTCOMES}
      reasonsHint="Quoted in the letter to the customer."
    >
      {choice === "amended" ? (
        <AmendedTermsFields
          value={amended}
          onChange={setAmended}
          errors={submit.errors}
          config={deps.config}
        />
      ) : null}
    </OutcomeForm>
  );
}
