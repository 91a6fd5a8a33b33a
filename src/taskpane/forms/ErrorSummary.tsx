/**
 * Why a form was not sent: the message, then each wrong field as a link to it. It is an alert,
 * so it is announced as it appears whether or not focus lands on it. A field's error is found
 * by its text beside the field (Fluent links it by aria-describedby), so the summary needs no
 * list of ids and never points at a field that is not shown.
 */
import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { RefObject } from "react";
import { useFormStyles } from "./forms.styles";

export function ErrorSummary(props: {
  readonly message: string | undefined;
  readonly errors?: Readonly<Record<string, string>>;
  readonly formRef: RefObject<HTMLFormElement | null>;
}) {
  const styles = useFormStyles();
  const entries = Object.values(props.errors ?? {});
  if (!props.message) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {props.message}
        {entries.length > 0 ? (
          <ul className={styles.errorList} aria-label="Fields to correct">
            {entries.map((text, i) => (
              <li key={`${i}-${text}`}>
                <Link
                  as="button"
                  onClick={() =>
                    fieldWithError(props.formRef.current, text, nthOf(entries, i))?.focus()
                  }
                >
                  {text}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/** How many earlier entries say the same: the same words may be given for two fields. */
function nthOf(entries: readonly string[], at: number): number {
  return entries.slice(0, at).filter((t) => t === entries[at]).length;
}

/** The control described by the `nth` error with this text (a group: its first control). */
function fieldWithError(form: HTMLFormElement | null, text: string, nth: number) {
  if (!form) return null;
  const described = [...form.querySelectorAll<HTMLElement>("[aria-describedby]")].filter((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .some((id) => id !== "" && form.ownerDocument.getElementById(id)?.textContent === text),
  )[nth];
  return described?.matches("fieldset")
    ? described.querySelector<HTMLElement>("input, select, textarea, button")
    : described;
}
