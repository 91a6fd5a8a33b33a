/**
 * A group of fields with one error for the group (no behaviour ticked, nobody consulted): the
 * error is the group's description, so it is read on entering the group, and it is announced
 * when it appears. The group is marked invalid, which is where focus goes after a failed send.
 */
import { type ReactNode, useId } from "react";
import { useFormStyles } from "./forms.styles";

export function FieldGroup(props: {
  readonly legend: ReactNode;
  readonly error?: string | undefined;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}) {
  const styles = useFormStyles();
  const errorId = useId();
  const { error } = props;
  return (
    <fieldset
      className={props.className ?? styles.fieldset}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={styles.legend}>{props.legend}</legend>
      {error ? (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}
