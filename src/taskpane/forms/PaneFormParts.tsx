/** A pane form (heading, fields, problem, buttons) and what it shows once done. */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { FormEvent, ReactNode, RefObject } from "react";
import type { FormOutcome } from "../../app/pane";
import { ViewHeading } from "../shell/viewFocus";
import { ErrorSummary } from "./ErrorSummary";
import { useFormStyles } from "./forms.styles";

/**
 * A pane form: its heading, its fields, why it was not sent (where focus lands after a failed
 * send), then send and cancel.
 */
export function PaneForm({
  headingId,
  title,
  formRef,
  resultRef,
  outcome,
  busy,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  children,
}: {
  readonly headingId: string;
  readonly title: ReactNode;
  readonly formRef: RefObject<HTMLFormElement | null>;
  readonly resultRef: RefObject<HTMLDivElement | null>;
  readonly outcome: FormOutcome<unknown> | null;
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly onSubmit: (event: FormEvent) => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const styles = useFormStyles();
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      noValidate
    >
      <ViewHeading id={headingId} className={styles.heading}>
        {title}
      </ViewHeading>
      {children}
      <div ref={resultRef} tabIndex={-1} role="alert">
        <ErrorSummary
          message={outcome?.message}
          errors={outcome?.kind === "invalid" ? outcome.fieldErrors : undefined}
          formRef={formRef}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Button onClick={onCancel} disabledFocusable={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/**
 * The form, once done: its title, the result (where focus lands) with any warning about what
 * could not follow, anything else to show, and Close.
 */
export function FormDone({
  headingId,
  title,
  resultRef,
  message,
  warning,
  onClose,
  children,
}: {
  readonly headingId: string;
  readonly title: ReactNode;
  readonly resultRef: RefObject<HTMLDivElement | null>;
  readonly message: string;
  readonly warning?: string | undefined;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}) {
  const styles = useFormStyles();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <div ref={resultRef} tabIndex={-1}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
        {warning ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{warning}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {children}
      <div className={styles.actions}>
        <Button onClick={onClose}>Close</Button>
      </div>
    </section>
  );
}
