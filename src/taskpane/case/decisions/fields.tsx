/** Form fields the decision forms share; each shows its error beside it. */
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { ConsultedInput, FieldErrors, MeansInput, PersonInput } from "../../../app/decisions";
import type { PolicyConfig } from "../../../domain/config";
import { WRITTEN_CHANNELS } from "../../../domain/lifecycleSupport";
import { type Channel, CHANNELS, ROLES, type Role } from "../../../domain/types";
import { channelManner } from "../../../domain/wording";
import { FieldGroup } from "../../forms/FieldGroup";
import { useFormStyles } from "../../forms/forms.styles";
import { UkDateField } from "../../forms/UkDateField";

function state(error: string | undefined) {
  return {
    validationState: error ? ("error" as const) : ("none" as const),
    validationMessage: error,
  };
}

/** What a one-value field is given; its error shows beside it. */
type ValueFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
};

export function TextField(props: ValueFieldProps & { readonly multiline?: boolean }) {
  return (
    <Field label={props.label} hint={props.hint} required={props.required} {...state(props.error)}>
      {props.multiline ? (
        <Textarea
          value={props.value}
          resize="vertical"
          onChange={(_e, d) => props.onChange(d.value)}
        />
      ) : (
        <Input value={props.value} onChange={(_e, d) => props.onChange(d.value)} />
      )}
    </Field>
  );
}

/** A calendar date, typed day/month/year; the form gets "YYYY-MM-DD", which the use cases read. */
export function DateField(props: ValueFieldProps) {
  return <UkDateField {...props} />;
}

const TIME_HINT = "On the 24-hour clock, for example 14:30.";

/**
 * A time of day as "HH:MM" (24-hour clock, UK time), typed as text: the browser's time input
 * follows the computer's locale, and a US-English one asks for AM and PM.
 */
export function TimeField(props: ValueFieldProps) {
  return (
    <Field
      label={props.label}
      hint={props.hint ? `${props.hint} ${TIME_HINT}` : TIME_HINT}
      required={props.required}
      {...state(props.error)}
    >
      <Input
        inputMode="numeric"
        autoComplete="off"
        value={props.value}
        // "9:30" is as clear as "09:30".
        onChange={(_e, d) => props.onChange(d.value.trim().replace(/^(\d):/, "0$1:"))}
      />
    </Field>
  );
}

/**
 * How something arrived (5.1, 5.2.6, 5.2.7): a channel; for anything but writing, the
 * reasonable adjustment that required it. Errors come under `field`.
 */
export function MeansFields(props: {
  readonly legend: string;
  readonly value: MeansInput;
  readonly onChange: (value: MeansInput) => void;
  readonly errors: FieldErrors;
  readonly field: string;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, field } = props;
  const written = WRITTEN_CHANNELS.includes(value.channel);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      <Field label="It arrived" required {...state(errors[`${field}.channel`])}>
        <Select
          className={styles.select}
          value={value.channel}
          onChange={(_e, d) => {
            const channel = CHANNELS.find((c) => c === d.value);
            if (channel) onChange({ ...value, channel });
          }}
        >
          {CHANNELS.map((c: Channel) => (
            <option key={c} value={c}>
              {WRITTEN_CHANNELS.includes(c)
                ? `In writing, ${channelManner(c)}`
                : `${channelManner(c)} (a reasonable adjustment)`}
            </option>
          ))}
        </Select>
      </Field>
      {written ? null : (
        <TextField
          label="The reasonable adjustment that requires this"
          value={value.adjustment ?? ""}
          onChange={(adjustment) => onChange({ ...value, adjustment })}
          error={errors[`${field}.adjustment`]}
          required
        />
      )}
    </fieldset>
  );
}

/**
 * Something written that a decision needs: the decider's reasons (quoted in letters) or the
 * grounds of a request or appeal. The use cases report its error under `name`.
 */
export function StatementField(props: {
  readonly name: "reasons" | "grounds";
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors: FieldErrors;
  readonly hint?: string;
}) {
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      value={props.value}
      onChange={props.onChange}
      error={props.errors[props.name]}
      required
      multiline
    />
  );
}

export function PersonFields(props: {
  readonly legend: string;
  readonly value: PersonInput;
  readonly onChange: (value: PersonInput) => void;
  readonly errors: FieldErrors;
  /** The field name the use case reports errors under, e.g. "spoc". */
  readonly field: string;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, field } = props;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      <TextField
        label="Name"
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        error={errors[`${field}.name`]}
      />
      <TextField
        label="Email address"
        value={value.email}
        onChange={(email) => onChange({ ...value, email })}
        error={errors[`${field}.email`]}
      />
    </fieldset>
  );
}

export function RoleSelect(props: {
  readonly label: string;
  readonly value: Role;
  readonly onChange: (role: Role) => void;
  readonly config: PolicyConfig;
  readonly roles?: readonly Role[];
  readonly error?: string | undefined;
}) {
  const styles = useFormStyles();
  const roles = props.roles ?? ROLES;
  return (
    <Field label={props.label} {...state(props.error)}>
      <Select
        className={styles.select}
        value={props.value}
        onChange={(_e, d) => {
          const role = roles.find((r) => r === d.value);
          if (role) props.onChange(role);
        }}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {props.config.roleTitles[r]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A new row for someone consulted: most often the assistant director. */
export const NEW_CONSULTED: ConsultedInput = { name: "", email: "", role: "assistantDirector" };

/**
 * Who was consulted (5.2.2, 5.2.6): one row per person, with the role they acted in, and (for
 * an assessment) the date they were consulted.
 */
export function ConsultedFields(props: {
  readonly legend: string;
  readonly value: readonly ConsultedInput[];
  readonly onChange: (value: readonly ConsultedInput[]) => void;
  readonly errors: FieldErrors;
  readonly config: PolicyConfig;
  readonly dated?: boolean;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, config } = props;
  const set = (index: number, next: ConsultedInput) =>
    onChange(value.map((p, i) => (i === index ? next : p)));
  return (
    <FieldGroup legend={props.legend} error={errors["consulted"]}>
      {value.map((person, i) => (
        <fieldset key={i} className={styles.fieldset}>
          <legend className={styles.legend}>Person {i + 1}</legend>
          <TextField
            label="Name"
            value={person.name}
            onChange={(name) => set(i, { ...person, name })}
            error={errors[`consulted.${i}.name`]}
          />
          <TextField
            label="Email address"
            value={person.email}
            onChange={(email) => set(i, { ...person, email })}
            error={errors[`consulted.${i}.email`]}
          />
          <RoleSelect
            label="Role"
            value={person.role}
            onChange={(role) => set(i, { ...person, role })}
            config={config}
            error={errors[`consulted.${i}.role`]}
          />
          {props.dated ? (
            <DateField
              label="Date consulted"
              value={person.on ?? ""}
              onChange={(on) => set(i, { ...person, on })}
              error={errors[`consulted.${i}.on`]}
              required
            />
          ) : null}
          <div className={styles.actions}>
            <Button onClick={() => onChange(value.filter((_p, j) => j !== i))}>
              Remove person {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className={styles.actions}>
        <Button onClick={() => onChange([...value, NEW_CONSULTED])}>Add someone consulted</Button>
      </div>
    </FieldGroup>
  );
}
