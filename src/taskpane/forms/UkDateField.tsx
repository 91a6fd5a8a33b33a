/**
 * The one date field of the pane: typed as day/month/year, never the browser's date picker,
 * whose order follows the computer's locale (month first on a US-English machine). The form
 * holds "YYYY-MM-DD" (what the use cases read) or, while the text is not a date, the text.
 */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { dateFieldText, dateFieldValue, UK_DATE_HINT } from "./ukDate";

export type UkDateFieldProps = {
  readonly label: string;
  /** "YYYY-MM-DD", empty, or what was typed when it is not a date. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** Said before the format hint, e.g. "The day the letter was posted." */
  readonly hint?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
};

export function UkDateField(props: UkDateFieldProps) {
  const { value, onChange } = props;
  const [text, setText] = useState(() => dateFieldText(value));
  // A value set from outside (a reset, a default) replaces the text; one the text gives does not.
  const shown = dateFieldValue(text) === value ? text : dateFieldText(value);
  return (
    <Field
      label={props.label}
      hint={props.hint ? `${props.hint} ${UK_DATE_HINT}` : UK_DATE_HINT}
      required={props.required}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
    >
      <Input
        value={shown}
        disabled={props.disabled}
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        onChange={(_e, data) => {
          setText(data.value);
          onChange(dateFieldValue(data.value));
        }}
      />
    </Field>
  );
}
