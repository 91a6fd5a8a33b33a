/**
 * A decision with one outcome to choose and reasons to give (5.2.2, 5.2.6, 5.2.7): the frame,
 * the choice, the fields that the choice or the decision needs, then the reasons.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { FieldErrors } from "../../../app/decisions";
import { DecisionFormFrame, type DecisionFormFrameProps } from "./DecisionFormFrame";
import { StatementField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { useDecisionSubmit } from "./useDecisionSubmit";

export type OutcomeChoice<T extends string> = { readonly value: T; readonly label: string };

export type OutcomeFormProps<T extends string> = Omit<DecisionFormFrameProps, "children"> & {
  /** What the decider reads before choosing, such as the customer's grounds. */
  readonly intro?: ReactNode;
  /** "Outcome", or "Finding" for an assessment. */
  readonly choiceLabel?: string;
  readonly choices: readonly OutcomeChoice<T>[];
  readonly choice: T;
  readonly onChoose: (choice: T) => void;
  readonly reasons: string;
  readonly onReasons: (reasons: string) => void;
  /** Where the reasons go, such as "Quoted in the letter to the customer." */
  readonly reasonsHint: string;
  readonly errors: FieldErrors;
  /** Fields between the choice and the reasons. */
  readonly children?: ReactNode;
};

export function OutcomeForm<T extends string>(props: OutcomeFormProps<T>) {
  const {
    intro,
    choiceLabel,
    choices,
    choice,
    onChoose,
    reasons,
    onReasons,
    reasonsHint,
    errors,
    children,
    ...frame
  } = props;
  return (
    <DecisionFormFrame {...frame}>
      {intro}
      <Field label={choiceLabel ?? "Outcome"} required>
        <RadioGroup
          value={choice}
          onChange={(_e, d) => {
            const chosen = choices.find((c) => c.value === d.value);
            if (chosen) onChoose(chosen.value);
          }}
        >
          {choices.map((c) => (
            <Radio key={c.value} value={c.value} label={c.label} />
          ))}
        </RadioGroup>
      </Field>
      {children}
      <StatementField
        name="reasons"
        label="Reasons"
        value={reasons}
        onChange={onReasons}
        errors={errors}
        hint={reasonsHint}
      />
    </DecisionFormFrame>
  );
}

/**
 * What every outcome decision holds: the submit, the choice and the reasons. `form` is what
 * OutcomeForm takes from it; the form adds its title, choices and what it sends.
 */
export function useOutcome<T extends string>(props: DecisionFormProps, first: T) {
  const submit = useDecisionSubmit(props.onDecided);
  const [choice, setChoice] = useState<T>(first);
  const [reasons, setReasons] = useState("");
  const form = {
    ...submit,
    decider: deciderText(props.actor, props.deps.config),
    onCancel: props.onCancel,
    choice,
    onChoose: setChoice,
    reasons,
    onReasons: setReasons,
  };
  return { submit, choice, reasons, form };
}
