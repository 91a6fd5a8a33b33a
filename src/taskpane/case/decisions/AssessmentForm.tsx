/** 5.2.2: is the behaviour unreasonable, are restrictions needed, who was consulted, why. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { assessReferral, type ConsultedInput } from "../../../app/decisions";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { ConsultedFields, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { useDecisionSubmit } from "./useDecisionSubmit";

type Finding = "restrict" | "monitor" | "notUnreasonable";

export default function AssessmentForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [finding, setFinding] = useState<Finding>("restrict");
  const [consulted, setConsulted] = useState<readonly ConsultedInput[]>([
    { name: "", email: "", role: "assistantDirector" },
  ]);
  const [reasons, setReasons] = useState("");

  const save = () =>
    void submit.run(() =>
      assessReferral(deps, loaded, actor, {
        unreasonable: finding !== "notUnreasonable",
        restrictionsNeeded: finding === "restrict",
        consulted,
        reasons,
      }),
    );

  return (
    <DecisionFormFrame
      title="Assess the referral (5.2.2)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the assessment"
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      <Field label="Finding" required>
        <RadioGroup value={finding} onChange={(_e, d) => setFinding(d.value as Finding)}>
          <Radio value="restrict" label="Unreasonable: restrictions are needed" />
          <Radio
            value="monitor"
            label="Unreasonable, but no restrictions: go back to monitoring the arrangement"
          />
          <Radio value="notUnreasonable" label="Not unreasonable: close the case" />
        </RadioGroup>
      </Field>
      <ConsultedFields
        legend="Who was consulted (the assistant director, and the service manager)"
        value={consulted}
        onChange={setConsulted}
        errors={submit.errors}
        config={deps.config}
      />
      <TextField
        label="Reasons"
        value={reasons}
        onChange={setReasons}
        error={submit.errors["reasons"]}
        required
        multiline
        hint="Quoted in the letter to the customer when the case is closed or goes back to monitoring."
      />
    </DecisionFormFrame>
  );
}
