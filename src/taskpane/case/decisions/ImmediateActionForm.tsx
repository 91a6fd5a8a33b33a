/**
 * Section 4: immediate action against a threat to staff, by the assistant director or the City
 * Solicitor (or deputy), without step one and without warning the customer: on this case
 * (the default export, offered in the decision panel), or opening a case for a customer the
 * council has no open case for (NewImmediateCaseForm).
 */
import { Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import {
  type DecisionResult,
  type FieldErrors,
  type ImmediateActionInput,
  openImmediateCase,
  takeImmediateAction,
} from "../../../app/decisions";
import type { AppDeps } from "../../../app/deps";
import { BLOCKABLE_CHANNELS } from "../../../domain/terms";
import {
  type Actor,
  type Channel,
  IMMEDIATE_ACTIONS,
  type ImmediateActionKind,
} from "../../../domain/types";
import { channelName, formatLongDate } from "../../../domain/wording";
import { localDateOf } from "../../../domain/zonedTime";
import { useFormStyles } from "../../forms/forms.styles";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { DateField, StatementField, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { type Decided, useDecisionSubmit } from "./useDecisionSubmit";

const ACTION_LABELS: Readonly<Record<ImmediateActionKind, string>> = {
  policeReport: "Report the matter to the police",
  legalAction: "Take legal action",
  refuseToEngage: "Refuse to engage with the customer",
  blockChannels: "Block telephone and electronic contact",
  barPremises: "Bar the customer from council premises",
};

type Draft = {
  readonly behaviour: string;
  readonly actions: readonly ImmediateActionKind[];
  readonly blockedChannels: readonly Channel[];
  readonly premises: string;
  readonly policeReference: string;
  readonly until: string;
  readonly reviewOn: string;
  readonly reasons: string;
};

function emptyDraft(): Draft {
  return {
    behaviour: "",
    actions: [],
    blockedChannels: [],
    premises: "",
    policeReference: "",
    until: "",
    reviewOn: "",
    reasons: "",
  };
}

function inputOf(draft: Draft): ImmediateActionInput {
  return {
    behaviour: draft.behaviour,
    actions: draft.actions,
    reasons: draft.reasons,
    reviewOn: draft.reviewOn,
    until: draft.until,
    ...(draft.actions.includes("blockChannels") ? { blockedChannels: draft.blockedChannels } : {}),
    premises: draft.actions.includes("barPremises") ? draft.premises : "",
    policeReference: draft.actions.includes("policeReport") ? draft.policeReference : "",
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): readonly T[] {
  return on ? [...list.filter((i) => i !== item), item] : list.filter((i) => i !== item);
}

function ImmediateActionFields(props: {
  readonly value: Draft;
  readonly onChange: (value: Draft) => void;
  readonly errors: FieldErrors;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors } = props;
  const set = (change: Partial<Draft>) => onChange({ ...value, ...change });
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          For behaviour that threatens the immediate health, safety or wellbeing of staff. The
          customer is treated as blocked from the moment this is saved, and is not warned (4).
        </MessageBarBody>
      </MessageBar>
      <StatementField
        name="reasons"
        label="Reasons for acting at once"
        value={value.reasons}
        onChange={(reasons) => set({ reasons })}
        errors={errors}
      />
      <TextField
        label="The behaviour"
        value={value.behaviour}
        onChange={(behaviour) => set({ behaviour })}
        error={errors["behaviour"]}
        required
        multiline
      />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>The action taken</legend>
        {errors["actions"] ? <p className={styles.error}>{errors["actions"]}</p> : null}
        {IMMEDIATE_ACTIONS.map((action) => (
          <Checkbox
            key={action}
            label={ACTION_LABELS[action]}
            checked={value.actions.includes(action)}
            onChange={(_e, d) =>
              set({ actions: toggle(value.actions, action, d.checked === true) })
            }
          />
        ))}
      </fieldset>
      {value.actions.includes("policeReport") ? (
        <TextField
          label="Police reference (if given)"
          value={value.policeReference}
          onChange={(policeReference) => set({ policeReference })}
          error={errors["policeReference"]}
        />
      ) : null}
      {value.actions.includes("blockChannels") ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Channels blocked (none ticked: all of them)</legend>
          {BLOCKABLE_CHANNELS.map((channel) => (
            <Checkbox
              key={channel}
              label={channelName(channel)}
              checked={value.blockedChannels.includes(channel)}
              onChange={(_e, d) =>
                set({
                  blockedChannels: toggle(value.blockedChannels, channel, d.checked === true),
                })
              }
            />
          ))}
        </fieldset>
      ) : null}
      {value.actions.includes("barPremises") ? (
        <TextField
          label="Which premises"
          value={value.premises}
          onChange={(premises) => set({ premises })}
          error={errors["premises"]}
          required
        />
      ) : null}
      <DateField
        label="Last day"
        hint="Leave blank to act until further notice (refusing to engage permanently)."
        value={value.until}
        onChange={(until) => set({ until })}
        error={errors["until"]}
      />
      <DateField
        label="Review date"
        value={value.reviewOn}
        onChange={(reviewOn) => set({ reviewOn })}
        error={errors["reviewOn"]}
        required
      />
    </>
  );
}

/** Section 4 on this case, whatever its stage. */
export default function ImmediateActionForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  return (
    <DecisionFormFrame
      title="Record immediate action against a threat to staff (4)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the immediate action"
      {...submit}
      onSubmit={() =>
        void submit.run(() => takeImmediateAction(deps, loaded, actor, inputOf(draft)))
      }
      onCancel={props.onCancel}
    >
      <ImmediateActionFields value={draft} onChange={setDraft} errors={submit.errors} />
    </DecisionFormFrame>
  );
}

export type NewImmediateCaseFormProps = {
  readonly deps: AppDeps;
  /** The assistant director or City Solicitor (or deputy) taking the action. */
  readonly actor: Actor;
  /** From a message: its sender, as the customer. */
  readonly customer?: { readonly name: string; readonly email: string };
  readonly onDecided: (decided: Decided) => void;
  readonly onCancel: () => void;
};

/** Section 4 for a customer with no open case: the case opens under the action. */
export function NewImmediateCaseForm(props: NewImmediateCaseFormProps) {
  const { deps, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [customerName, setCustomerName] = useState(props.customer?.name ?? "");
  const [customerEmail, setCustomerEmail] = useState(props.customer?.email ?? "");
  const [serviceArea, setServiceArea] = useState("");
  const open = (): Promise<DecisionResult> =>
    openImmediateCase(deps, actor, {
      ...inputOf(draft),
      customerName,
      customerEmail,
      serviceArea,
    });
  const today = formatLongDate(localDateOf(deps.clock.now(), deps.config.timeZone));
  return (
    <DecisionFormFrame
      title="Record immediate action against a threat to staff (4)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Open the case with the immediate action"
      {...submit}
      onSubmit={() => void submit.run(open)}
      onCancel={props.onCancel}
    >
      <p>
        This opens a case dated {today} without step one: the customer goes on the register at once.
      </p>
      <TextField
        label="Customer's name"
        value={customerName}
        onChange={setCustomerName}
        error={submit.errors["customerName"]}
        required
      />
      <TextField
        label="Customer's email address"
        hint="Leave blank if none is known: their contact is then logged by name."
        value={customerEmail}
        onChange={setCustomerEmail}
        error={submit.errors["customerEmail"]}
      />
      <TextField
        label="Service whose staff were threatened"
        value={serviceArea}
        onChange={setServiceArea}
        error={submit.errors["serviceArea"]}
        required
      />
      <ImmediateActionFields value={draft} onChange={setDraft} errors={submit.errors} />
    </DecisionFormFrame>
  );
}
