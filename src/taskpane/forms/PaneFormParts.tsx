/** The end of a pane form (its problem and buttons) and what it shows once done. */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode, RefObject } from "react";
import type { FormOutcome } from "../../app/pane";
import { useFormStyles } from "./forms.styles";

/** Why the form was not sent, where focus lands, then send and cancel. */
export function FormFooter({
  resultRef,
  outcome,
  busy,
  submitLabel,
  busyLabel,
  onCancel,
}: {
  readonly resultRef: RefObject<HTMLDivElement | null>;
  readonly outcome: FormOutcome<unknown> | null;
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly onCancel: () => void;
}) {
  const styles = useFormStyles();
  return (
    <>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {outcome ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </>
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
