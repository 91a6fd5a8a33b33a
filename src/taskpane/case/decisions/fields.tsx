/** Form fields the decision forms share; each shows its error beside it. */
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { ConsultedInput, FieldErrors, PersonInput } from "../../../app/decisions";
import type { PolicyConfig } from "../../../domain/config";
import { ROLES, type Role } from "../../../domain/types";
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
  const roles = props.roles ?? ROLES;
  return (
    <Field label={props.label} {...state(props.error)}>
      <Select
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

/** Who was consulted (5.2.2, 5.2.6): one row per person, with the role they acted in. */
export function ConsultedFields(props: {
  readonly legend: string;
  readonly value: readonly ConsultedInput[];
  readonly onChange: (value: readonly ConsultedInput[]) => void;
  readonly errors: FieldErrors;
  readonly config: PolicyConfig;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, config } = props;
  const set = (index: number, next: ConsultedInput) =>
    onChange(value.map((p, i) => (i === index ? next : p)));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      {errors["consulted"] ? <p className={styles.error}>{errors["consulted"]}</p> : null}
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
    </fieldset>
  );
}
