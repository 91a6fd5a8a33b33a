/** 5.2.2: is the behaviour unreasonable, are restrictions needed, who was consulted, why. */
import { useState } from "react";
import { assessReferral, type ConsultedInput } from "../../../app/decisions";
import { ConsultedFields, NEW_CONSULTED } from "./fields";
import type { DecisionFormProps } from "./formProps";
import { type OutcomeChoice, OutcomeForm, useOutcome } from "./OutcomeForm";

type Finding = "restrict" | "monitor" | "notUnreasonable";

const FINDINGS: readonly OutcomeChoice<Finding>[] = [
  { value: "restrict", label: "Unreasonable: restrictions are needed" },
  {
    value: "monitor",
    label: "Unreasonable, but no restrictions: go back to monitoring the arrangement",
  },
  { value: "notUnreasonable", label: "Not unreasonable: close the case" },
];

export default function AssessmentForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const { submit, choice: finding, reasons, form } = useOutcome<Finding>(props, "restrict");
  // 5.2.2 names both: the assistant director and the appropriate service manager.
  const [consulted, setConsulted] = useState<readonly ConsultedInput[]>([
    NEW_CONSULTED,
    { ...NEW_CONSULTED, role: "serviceManager" },
  ]);

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
    <OutcomeForm
      {...form}
      title="Assess the referral (5.2.2)"
      submitLabel="Record the assessment"
      onSubmit={save}
      choiceLabel="Finding"
      choices={FINDINGS}
      reasonsHint="Quoted in the letter to the customer when the case is closed or goes back to monitoring."
    >
      <ConsultedFields
        legend="Who was consulted, and when (the assistant director and the service manager)"
        value={consulted}
        onChange={setConsulted}
        errors={submit.errors}
        config={deps.config}
        dated
      />
    </OutcomeForm>
  );
}
