/** 5.2.7: record an appeal (late ones go to review), and the director's outcome. */
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import {
  type AppealOutcomeInput,
  appealTiming,
  decideAppeal,
  lodgeAppeal,
} from "../../../app/decisions";
import { formatLongDate } from "../../../domain/wording";
import { AmendedTermsFields, amendedDraft, amendedInput } from "./AmendedTermsFields";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { DateField, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
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
      <TextField
        label="Why the customer disagrees with the decision"
        value={grounds}
        onChange={setGrounds}
        error={submit.errors["grounds"]}
        required
        multiline
      />
    </DecisionFormFrame>
  );
}

type AppealChoice = AppealOutcomeInput["kind"];

export function DecideAppealForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [choice, setChoice] = useState<AppealChoice>("confirmed");
  const [amended, setAmended] = useState(() => amendedDraft(loaded.record.entry));
  const [reasons, setReasons] = useState("");
  const amendedTerms = choice === "amended" ? amendedInput(amended) : undefined;
  const appeal = loaded.record.entry.appeal;

  const save = () => {
    let outcome: AppealOutcomeInput;
    if (choice === "amended") {
      if (!amendedTerms?.ok) {
        const message = amendedTerms?.error.message ?? "Check the amended terms.";
        submit.reject({ "outcome.terms": message }, message);
        return;
      }
      outcome = { kind: "amended", ...amendedTerms.value };
    } else outcome = { kind: choice };
    void submit.run(() => decideAppeal(deps, loaded, actor, { outcome, reasons }));
  };

  return (
    <DecisionFormFrame
      title="Decide the appeal (5.2.7)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the appeal decision"
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      {appeal.status === "lodged" ? (
        <p>
          Appeal received on {formatLongDate(appeal.lodgedOn)}. The customer's grounds:{" "}
          {appeal.grounds}
        </p>
      ) : null}
      <Field label="Outcome" required>
        <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value as AppealChoice)}>
          <Radio value="confirmed" label="Confirm the conditions" />
          <Radio value="amended" label="Amend the conditions" />
          <Radio value="removed" label="Remove the conditions" />
        </RadioGroup>
      </Field>
      {choice === "amended" ? (
        <AmendedTermsFields
          value={amended}
          onChange={setAmended}
          errors={submit.errors}
          termsError={amendedTerms && !amendedTerms.ok ? amendedTerms.error.message : undefined}
          config={deps.config}
        />
      ) : null}
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
